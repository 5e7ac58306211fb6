package fr.complaintregister.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Whether the answer sub-process starts with an answer written in the recording form. A transient
 * mark, set by the recording step and gone at the first wait state: a variable that any task
 * completion could also send (a persistent {@code answerFromDesk}) never counts, so nobody can
 * slip an answer past the answer task later.
 */
@Component("deskAnswer")
public class DeskAnswer {

  static void mark(DelegateExecution execution, boolean answeredAtOnce) {
    execution.removeVariable(ProcessVariables.ANSWER_FROM_DESK);
    execution.setVariable(ProcessVariables.ANSWER_FROM_DESK, Variables.booleanValue(answeredAtOnce, true));
  }

  public boolean waitsForItsCheck(DelegateExecution execution) {
    TypedValue mark = execution.getVariableTyped(ProcessVariables.ANSWER_FROM_DESK);
    return mark != null && mark.isTransient() && Boolean.TRUE.equals(mark.getValue());
  }
}
