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
 * the answered-at-once letter when the answer given at the desk goes straight out (not once it waited for a
 * signature, nor after it was sent back).
 */
@Component("recordAnswer")
public class RecordAnswerDelegate implements JavaDelegate {

  private final AnswerForm form;
  private final ComplaintHandling handling;
  private final CurrentUser currentUser;
  private final Letters letters;
  private final DeskAnswer deskAnswer;

  public RecordAnswerDelegate(AnswerForm form, ComplaintHandling handling, CurrentUser currentUser, Letters letters,
                              DeskAnswer deskAnswer) {
    this.form = form;
    this.handling = handling;
    this.currentUser = currentUser;
    this.letters = letters;
    this.deskAnswer = deskAnswer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Answer answer = InvalidForm.refusedAsFormError(() -> form.read(execution.getVariables()));
    String orderNumber = OrderNumber.of(execution);
    handling.answer(orderNumber, answer, (String) execution.getVariable(ProcessVariables.ANSWERED_BY), currentUser.id());
    boolean givenAtOnce = deskAnswer.waitsForItsCheck(execution);
    InvalidForm.refusedAsFormError(() -> letters.issueAnswer(orderNumber, givenAtOnce, currentUser.id()));
  }
}
