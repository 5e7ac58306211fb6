package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.NoteForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tasks whose outcome is a follow-up note: once completed, the note is written to the register
 * after a text named after the task ({@code followUp.<task id>} in the messages).
 */
@Component("recordFollowUpNote")
public class FollowUpNoteListener implements TaskListener {

  private final ComplaintHandling handling;
  private final CurrentUser currentUser;
  private final NoteForm noteForm;

  public FollowUpNoteListener(ComplaintHandling handling, CurrentUser currentUser, NoteForm noteForm) {
    this.handling = handling;
    this.currentUser = currentUser;
    this.noteForm = noteForm;
  }

  @Override
  public void notify(DelegateTask task) {
    handling.note(OrderNumber.of(task), currentUser.id(),
        "followUp." + task.getTaskDefinitionKey(), TaskNote.take(task, noteForm));
  }
}
