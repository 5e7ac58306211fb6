package fr.complaintregister.process;

import fr.complaintregister.complaint.Answer;
import fr.complaintregister.complaint.AnswerForm;
import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the submitted answer to the register. It runs in the transaction that completes the
 * answer task, so an answer refused here (a rejection without recourse options) leaves the task
 * open and the register untouched. A delegate, not a task listener: the engine wraps a task
 * listener's exception, and only a bare {@code FormFieldValidationException} reaches the user as
 * a 400 with its message.
 */
@Component("recordAnswer")
public class RecordAnswerDelegate implements JavaDelegate {

  private final AnswerForm form;
  private final ComplaintHandling handling;
  private final CurrentUser currentUser;

  public RecordAnswerDelegate(AnswerForm form, ComplaintHandling handling, CurrentUser currentUser) {
    this.form = form;
    this.handling = handling;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Answer answer = InvalidForm.refusedAsFormError(() -> form.read(execution.getVariables()));
    handling.answer((String) execution.getVariable(ProcessVariables.ORDER_NUMBER), answer, currentUser.id());
  }
}
