package fr.complaintregister.process;

import fr.complaintregister.complaint.NoteForm;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The free-text note a user leaves when completing a task. Taken off the process once read, so
 * the form of the next task starts empty instead of showing the previous note; Camunda history
 * keeps it all the same.
 */
final class TaskNote {

  private TaskNote() {
  }

  /** @throws org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException when the note is refused */
  static String take(DelegateTask task, NoteForm form) {
    return take(task, form::read);
  }

  /** A note that must be written, as the one a letter carries. */
  static String takeRequired(DelegateTask task, NoteForm form) {
    return take(task, form::readRequired);
  }

  private static String take(DelegateTask task, Function<Map<String, Object>, String> reading) {
    String note = InvalidForm.refusedAsFormError(() -> reading.apply(task.getVariables()));
    task.removeVariable(NoteForm.NOTE);
    return note;
  }
}
