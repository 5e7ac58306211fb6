package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintSummary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the register's summary of the complaint on a new task, for its form to show. */
@Component("showComplaintSummary")
public class ShowComplaintSummaryListener implements TaskListener {

  static final String SUMMARY = "complaintSummary";

  private final ComplaintSummary summary;

  public ShowComplaintSummaryListener(ComplaintSummary summary) {
    this.summary = summary;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(SUMMARY, summary.of(OrderNumber.of(task)));
  }
}
