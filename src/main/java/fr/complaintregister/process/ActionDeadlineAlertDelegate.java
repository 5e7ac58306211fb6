package fr.complaintregister.process;

import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMailing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A corrective action's deadline timer fired: a follow-up line, an overdue mark when late, and mail to staff after commit. */
@Component("actionDeadlineAlert")
class ActionDeadlineAlertDelegate implements JavaDelegate {

  /** Input parameter: true for the escalation, false for the reminder. */
  static final String LATE = "late";

  private final CorrectiveActions actions;
  private final StaffMailing staffMailing;

  ActionDeadlineAlertDelegate(CorrectiveActions actions, StaffMailing staffMailing) {
    this.actions = actions;
    this.staffMailing = staffMailing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean late = (Boolean) execution.getVariableLocal(LATE);
    actions.alert(OrderNumber.of(execution), late);
    staffMailing.mailAfterCommit(StaffAlert.ofAction(late), OrderNumber.of(execution), execution.getTenantId());
  }
}
