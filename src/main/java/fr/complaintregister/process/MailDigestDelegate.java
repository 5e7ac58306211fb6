package fr.complaintregister.process;

import fr.complaintregister.notification.StaffMail;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails one person's digest: a failure rolls back and leaves this person's job to its retries. */
@Component("mailDigest")
class MailDigestDelegate implements JavaDelegate {

  private final StaffMail staffMail;

  MailDigestDelegate(StaffMail staffMail) {
    this.staffMail = staffMail;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String recipient = (String) execution.getVariable(StaffMailVariables.RECIPIENT);
    Map<String, List<String>> digests = (Map<String, List<String>>) execution.getVariable(StaffMailVariables.DIGEST_TASKS);
    staffMail.sendDigest(recipient, digests.get(recipient),
        LocalDate.parse((String) execution.getVariable(StaffMailVariables.DIGEST_DAY)));
  }
}
