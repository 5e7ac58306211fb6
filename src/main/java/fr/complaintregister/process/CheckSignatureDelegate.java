package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Markdown;
import fr.complaintregister.complaint.Signature;
import fr.complaintregister.complaint.SignatureForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the signature in the transaction that completes the signature task: the signatory must
 * hold the required level, and a refusal must say why. A refused answer goes back to its author
 * with that reason.
 */
@Component("checkSignature")
public class CheckSignatureDelegate implements JavaDelegate {

  private final SigningAuthority signingAuthority;
  private final SignatureForm form;
  private final ComplaintHandling handling;
  private final CurrentUser currentUser;

  public CheckSignatureDelegate(SigningAuthority signingAuthority, SignatureForm form, ComplaintHandling handling,
                                CurrentUser currentUser) {
    this.signingAuthority = signingAuthority;
    this.form = form;
    this.handling = handling;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvalidForm.refusedAsFormError(() -> signingAuthority.checkCurrentUser(
        (String) execution.getVariable(ProcessVariables.REQUIRED_SIGNING_GROUP)));
    Signature signature = InvalidForm.refusedAsFormError(() -> form.read(execution.getVariables()));
    // The next signature form starts empty; the reason of a refusal stays on the answer form.
    execution.removeVariable(ProcessVariables.SIGNATURE_DECISION);
    execution.removeVariable(ProcessVariables.SIGNATURE_COMMENT);
    if (signature.signed()) {
      execution.removeVariable(ProcessVariables.SIGNATURE_REFUSAL);
    } else {
      execution.setVariable(ProcessVariables.SIGNATURE_REFUSAL, Markdown.literal(signature.comment()));
      handling.refuseSignature(OrderNumber.of(execution), currentUser.id(),
          signature.comment());
    }
    execution.setVariable(ProcessVariables.ANSWER_SIGNED, signature.signed());
  }
}
