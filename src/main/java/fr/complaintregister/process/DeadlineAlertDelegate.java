package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.DeadlineAlert;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A deadline timer fired: the register gets a follow-up entry, and an overdue mark when late. */
@Component("deadlineAlert")
public class DeadlineAlertDelegate implements JavaDelegate {

  /** Input parameter naming the {@link DeadlineAlert}. */
  static final String ALERT = "alert";

  private final ComplaintHandling handling;

  public DeadlineAlertDelegate(ComplaintHandling handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.alert(OrderNumber.of(execution),
        DeadlineAlert.valueOf((String) execution.getVariableLocal(ALERT)));
  }
}
