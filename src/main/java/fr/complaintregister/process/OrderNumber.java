package fr.complaintregister.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A complaint's order number, as the process's delegates and listeners must read it: from the
 * business key, set once at recording. The {@code orderNumber} variable is only for display
 * (Tasklist's column): any task completion may overwrite a variable, and a handler could then
 * write to another agency's register row.
 */
final class OrderNumber {

  private OrderNumber() {
  }

  static String of(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  static String of(DelegateTask task) {
    return of(task.getExecution());
  }
}
