package fr.complaintregister.process;

import fr.complaintregister.complaint.Answer;
import fr.complaintregister.complaint.AnswerForm;
import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the checked answer and writes it to the register, signed by whoever completes it: its
 * author when their authorisation suffices, the signatory otherwise; the answer letter goes with it,
 * the answered-at-once letter when the answer was given at the desk.
 */
@Component("recordAnswer")
public class RecordAnswerDelegate implements JavaDelegate {

  private final AnswerForm form;
  private final ComplaintHandling handling;
  private final CurrentUser currentUser;
  private final Letters letters;

  public RecordAnswerDelegate(AnswerForm form, ComplaintHandling handling, CurrentUser currentUser, Letters letters) {
    this.form = form;
    this.handling = handling;
    this.currentUser = currentUser;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Answer answer = InvalidForm.refusedAsFormError(() -> form.read(execution.getVariables()));
    String orderNumber = OrderNumber.of(execution);
    handling.answer(orderNumber, answer, (String) execution.getVariable(ProcessVariables.ANSWERED_BY), currentUser.id());
    InvalidForm.refusedAsFormError(() -> letters.issueAnswer(orderNumber, currentUser.id()));
  }
}
