package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The answer waits for a signatory: the register says so, and at which level. */
@Component("awaitSignature")
public class AwaitSignatureListener implements TaskListener {

  private final ComplaintHandling handling;
  private final SigningAuthority signingAuthority;

  public AwaitSignatureListener(ComplaintHandling handling, SigningAuthority signingAuthority) {
    this.handling = handling;
    this.signingAuthority = signingAuthority;
  }

  @Override
  public void notify(DelegateTask task) {
    handling.awaitSignature(OrderNumber.of(task),
        (String) task.getVariable(ProcessVariables.ANSWERED_BY),
        signingAuthority.levelName((String) task.getVariable(ProcessVariables.REQUIRED_SIGNING_GROUP)));
  }
}
