package fr.complaintregister.process;

import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails an alert to one person: a failure rolls back and leaves this person's job to its retries. */
@Component("mailAlert")
class MailAlertDelegate implements JavaDelegate {

  private final StaffMail staffMail;

  MailAlertDelegate(StaffMail staffMail) {
    this.staffMail = staffMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    staffMail.sendAlert(StaffAlert.valueOf((String) execution.getVariable(StaffMailVariables.ALERT)),
        OrderNumber.of(execution), (String) execution.getVariable(StaffMailVariables.RECIPIENT));
  }
}
