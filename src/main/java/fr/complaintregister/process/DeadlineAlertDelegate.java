package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.DeadlineAlert;
import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMailing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A deadline timer fired: the register gets a follow-up entry, and an overdue mark when late;
 * staff are told by mail once this commits.
 */
@Component("deadlineAlert")
public class DeadlineAlertDelegate implements JavaDelegate {

  /** Input parameter naming the {@link DeadlineAlert}. */
  static final String ALERT = "alert";

  private final ComplaintHandling handling;
  private final StaffMailing staffMailing;

  public DeadlineAlertDelegate(ComplaintHandling handling, StaffMailing staffMailing) {
    this.handling = handling;
    this.staffMailing = staffMailing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineAlert alert = DeadlineAlert.valueOf((String) execution.getVariableLocal(ALERT));
    handling.alert(OrderNumber.of(execution), alert);
    staffMailing.mailAfterCommit(StaffAlert.of(alert), OrderNumber.of(execution), execution.getTenantId());
  }
}
