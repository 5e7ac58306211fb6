package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.NoteForm;
import fr.complaintregister.letter.LetterKind;
import fr.complaintregister.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The acknowledgement task: once completed, its date, handler and note go to the register, and the letter is issued. */
@Component("acknowledgeComplaint")
public class AcknowledgeComplaintListener implements TaskListener {

  private final ComplaintHandling handling;
  private final CurrentUser currentUser;
  private final NoteForm noteForm;
  private final Letters letters;

  public AcknowledgeComplaintListener(ComplaintHandling handling, CurrentUser currentUser, NoteForm noteForm,
                                      Letters letters) {
    this.handling = handling;
    this.currentUser = currentUser;
    this.noteForm = noteForm;
    this.letters = letters;
  }

  @Override
  public void notify(DelegateTask task) {
    String orderNumber = OrderNumber.of(task);
    handling.acknowledge(orderNumber, currentUser.id(), TaskNote.take(task, noteForm));
    InvalidForm.refusedAsFormError(() -> letters.issue(orderNumber, LetterKind.ACKNOWLEDGEMENT, currentUser.id()));
  }
}
