package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.NoteForm;
import fr.complaintregister.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The "inform the client" task: once completed, what the handler tells the client goes to the register and in a letter. */
@Component("informClient")
public class InformClientListener implements TaskListener {

  private final ComplaintHandling handling;
  private final CurrentUser currentUser;
  private final NoteForm noteForm;
  private final Letters letters;

  public InformClientListener(ComplaintHandling handling, CurrentUser currentUser, NoteForm noteForm, Letters letters) {
    this.handling = handling;
    this.currentUser = currentUser;
    this.noteForm = noteForm;
    this.letters = letters;
  }

  @Override
  public void notify(DelegateTask task) {
    String orderNumber = OrderNumber.of(task);
    String news = TaskNote.takeRequired(task, noteForm);
    handling.note(orderNumber, currentUser.id(), "followUp." + task.getTaskDefinitionKey(), news);
    InvalidForm.refusedAsFormError(() -> letters.issueInterimNews(orderNumber, currentUser.id(), news));
  }
}
