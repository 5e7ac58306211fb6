package fr.complaintregister.process;

import fr.complaintregister.improvement.CorrectiveActions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A corrective action's deadline timer fired: a follow-up line, and an overdue mark when late. */
@Component("actionDeadlineAlert")
class ActionDeadlineAlertDelegate implements JavaDelegate {

  /** Input parameter: true for the escalation, false for the reminder. */
  static final String LATE = "late";

  private final CorrectiveActions actions;

  ActionDeadlineAlertDelegate(CorrectiveActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.alert(OrderNumber.of(execution), (Boolean) execution.getVariableLocal(LATE));
  }
}
