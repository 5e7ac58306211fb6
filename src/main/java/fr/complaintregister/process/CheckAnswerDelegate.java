package fr.complaintregister.process;

import fr.complaintregister.complaint.Answer;
import fr.complaintregister.complaint.AnswerForm;
import fr.complaintregister.complaint.CurrentUser;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the submitted answer in the transaction that completes the answer task, so that a
 * refusal leaves the task open and nothing written: a rejection without recourse options, or an
 * author not qualified for the complaint's category. A delegate, not a task listener: the engine
 * wraps a task listener's exception, and only a bare {@code FormFieldValidationException}
 * reaches the user as a 400 with its message.
 */
@Component("checkAnswer")
public class CheckAnswerDelegate implements JavaDelegate {

  private final AnswerForm form;
  private final Qualification qualification;
  private final ComplaintFacts facts;
  private final CurrentUser currentUser;

  public CheckAnswerDelegate(AnswerForm form, Qualification qualification, ComplaintFacts facts,
                             CurrentUser currentUser) {
    this.form = form;
    this.qualification = qualification;
    this.facts = facts;
    this.currentUser = currentUser;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Answer answer = InvalidForm.refusedAsFormError(() -> form.read(execution.getVariables()));
    InvalidForm.refusedAsFormError(() -> qualification.checkCurrentUser(
        (List<Map<String, Object>>) execution.getVariable(ProcessVariables.QUALIFIED_HANDLERS),
        facts.productCategory(execution)));
    execution.setVariable(ProcessVariables.ANSWERED_BY, currentUser.id());
    execution.setVariable(ProcessVariables.GESTURE_AMOUNT,
        answer.commercialGestureAmount() == null ? 0.0 : answer.commercialGestureAmount().doubleValue());
  }
}
