package fr.complaintregister.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The free-text note a user leaves when completing a task. Taken off the process once read, so
 * the form of the next task starts empty instead of showing the previous note; Camunda history
 * keeps it all the same.
 */
final class TaskNote {

  static final String VARIABLE = "followUpNote";

  private TaskNote() {
  }

  static String take(DelegateTask task) {
    String note = (String) task.getVariable(VARIABLE);
    task.removeVariable(VARIABLE);
    return note;
  }
}
