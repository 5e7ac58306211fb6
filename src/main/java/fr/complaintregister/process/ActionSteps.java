package fr.complaintregister.process;

import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Markdown;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.improvement.ActionDecision;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.CorrectiveAction;
import fr.complaintregister.improvement.CorrectiveActions;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners of the corrective action process: each task shows the action's summary when
 * it opens, and writes what its form says to the action's row when it completes.
 */
@Configuration
class ActionSteps {

  static final String SUMMARY = "actionSummary";
  static final String REPORT = "carryOutReport";
  static final String FINDING = "effectivenessFinding";
  static final String EFFECTIVE = "effective";
  static final String DECIDED_SUBJECT = "actionSubject";
  static final String PERSON_IN_CHARGE = "personInCharge";
  static final String DUE_DATE = "dueDate";
  static final String CHECK_DATE = "checkDate";

  private final CorrectiveActions actions;
  private final ActionRegister register;
  private final Messages messages;

  ActionSteps(CorrectiveActions actions, ActionRegister register, Messages messages) {
    this.actions = actions;
    this.register = register;
    this.messages = messages;
  }

  /** On every task's creation: the summary its form opens with, as plain text. */
  @Bean
  TaskListener showActionSummary() {
    return this::showSummary;
  }

  private void showSummary(DelegateTask task) {
    CorrectiveAction action = register.get(OrderNumber.of(task));
    task.setVariableLocal(SUMMARY, Markdown.literal(messages.get("action.summary", action.orderNumber(),
        action.subject(), action.personInCharge(), action.dueDate().format(FrenchDate.FORMAT),
        action.checkDate().format(FrenchDate.FORMAT), String.join(", ", register.sources(action.orderNumber())))));
    task.setVariablesLocal(Map.of(ProcessVariables.ORDER_NUMBER, action.orderNumber(),
        ProcessVariables.SUBJECT, action.subject()));
  }

  @Bean
  TaskListener actionStarted() {
    return this::started;
  }

  private void started(DelegateTask task) {
    actions.started(OrderNumber.of(task));
  }

  @Bean
  TaskListener actionCarriedOut() {
    return this::carriedOut;
  }

  private void carriedOut(DelegateTask task) {
    actions.carriedOut(OrderNumber.of(task), taken(task, REPORT));
  }

  @Bean
  TaskListener effectivenessChecked() {
    return this::check;
  }

  private void check(DelegateTask task) {
    actions.effectivenessChecked(OrderNumber.of(task), Boolean.TRUE.equals(task.getVariable(EFFECTIVE)),
        taken(task, FINDING));
  }

  @Bean
  TaskListener actionDecidedAgain() {
    return this::decidedAgain;
  }

  private void decidedAgain(DelegateTask task) {
    actions.decidedAgain(OrderNumber.of(task), new ActionDecision((String) task.getVariable(DECIDED_SUBJECT),
        (String) task.getVariable(PERSON_IN_CHARGE), date(task, DUE_DATE), date(task, CHECK_DATE)));
  }

  /** A note read once: removed, so that the next round of the loop does not show it again. */
  private static String taken(DelegateTask task, String name) {
    String note = (String) task.getVariable(name);
    task.getExecution().removeVariable(name);
    return note;
  }

  private static LocalDate date(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
  }
}
