package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.NoteForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The acknowledgement task: once completed, its date, handler and note go to the register. */
@Component("acknowledgeComplaint")
public class AcknowledgeComplaintListener implements TaskListener {

  private final ComplaintHandling handling;
  private final CurrentUser currentUser;
  private final NoteForm noteForm;

  public AcknowledgeComplaintListener(ComplaintHandling handling, CurrentUser currentUser, NoteForm noteForm) {
    this.handling = handling;
    this.currentUser = currentUser;
    this.noteForm = noteForm;
  }

  @Override
  public void notify(DelegateTask task) {
    handling.acknowledge(OrderNumber.of(task), currentUser.id(),
        TaskNote.take(task, noteForm));
  }
}
