package fr.complaintregister.process;

import fr.complaintregister.notification.StaffMail;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists today's digests once: who gets one, and which tasks each tells of. */
@Component("listDigestRecipients")
class ListDigestRecipientsDelegate implements JavaDelegate {

  private final StaffMail staffMail;

  ListDigestRecipientsDelegate(StaffMail staffMail) {
    this.staffMail = staffMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffMail.Digests digests = staffMail.digests();
    execution.setVariable(StaffMailVariables.DIGEST_DAY, digests.day().toString());
    execution.setVariable(StaffMailVariables.DIGEST_TASKS, digests.taskIds());
    execution.setVariable(StaffMailVariables.RECIPIENTS, new ArrayList<>(digests.taskIds().keySet()));
  }
}
