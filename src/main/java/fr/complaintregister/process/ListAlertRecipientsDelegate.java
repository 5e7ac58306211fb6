package fr.complaintregister.process;

import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists whom an alert tells, for the mail step to write to each in a job of its own. */
@Component("listAlertRecipients")
class ListAlertRecipientsDelegate implements JavaDelegate {

  private final StaffMail staffMail;

  ListAlertRecipientsDelegate(StaffMail staffMail) {
    this.staffMail = staffMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(StaffMailVariables.RECIPIENTS, staffMail.alertRecipients(
        StaffAlert.valueOf((String) execution.getVariable(StaffMailVariables.ALERT)), OrderNumber.of(execution)));
  }
}
