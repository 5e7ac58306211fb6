package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintSummary;
import fr.complaintregister.complaint.RegisterEntry;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the register's summary of the complaint on a new task, for its form to show, and copies of
 * its order number, client and subject for the task card: on the task itself, so that whoever may
 * read the task sees them, the front desk included, who may not read the process.
 */
@Component("showComplaintSummary")
public class ShowComplaintSummaryListener implements TaskListener {

  static final String SUMMARY = "complaintSummary";

  private final ComplaintRegister register;
  private final ComplaintSummary summary;

  public ShowComplaintSummaryListener(ComplaintRegister register, ComplaintSummary summary) {
    this.register = register;
    this.summary = summary;
  }

  @Override
  public void notify(DelegateTask task) {
    RegisterEntry entry = register.get(OrderNumber.of(task));
    task.setVariablesLocal(Map.of(
        SUMMARY, summary.of(entry),
        ProcessVariables.ORDER_NUMBER, entry.orderNumber(),
        ProcessVariables.CLIENT_NAME, entry.clientName(),
        ProcessVariables.SUBJECT, entry.subject()));
  }
}
