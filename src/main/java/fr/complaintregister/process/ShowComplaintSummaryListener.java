package fr.complaintregister.process;

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

  private final ComplaintCopies copies;

  ShowComplaintSummaryListener(ComplaintCopies copies) {
    this.copies = copies;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariablesLocal(copies.of(OrderNumber.of(task)));
  }
}
