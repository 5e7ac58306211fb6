package fr.complaintregister.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The free-text note a user leaves when completing a task. It lives on the task, so the form of
 * the next task starts empty instead of showing the previous note.
 */
final class TaskNote {

  static final String VARIABLE = "followUpNote";

  private TaskNote() {
  }

  static void open(DelegateTask task) {
    task.setVariableLocal(VARIABLE, null);
  }

  static String read(DelegateTask task) {
    return (String) task.getVariableLocal(VARIABLE);
  }
}
