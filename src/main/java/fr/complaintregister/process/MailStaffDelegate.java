package fr.complaintregister.process;

import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The send task of an alert's mail to staff: a failure rolls back and leaves the job to its retries. */
@Component("mailStaff")
class MailStaffDelegate implements JavaDelegate {

  private final StaffMail staffMail;

  MailStaffDelegate(StaffMail staffMail) {
    this.staffMail = staffMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    staffMail.sendAlert(StaffAlert.valueOf((String) execution.getVariable(CamundaStaffMailing.ALERT)),
        OrderNumber.of(execution));
  }
}
