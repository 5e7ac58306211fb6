package fr.complaintregister.process;

import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Markdown;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.improvement.ActionDecision;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.AnalysisForm;
import fr.complaintregister.improvement.CorrectiveAction;
import fr.complaintregister.improvement.CorrectiveActions;
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

  private final CorrectiveActions actions;
  private final ActionRegister register;
  private final AnalysisForm form;
  private final ChoiceLists choiceLists;
  private final Messages messages;

  ActionSteps(CorrectiveActions actions, ActionRegister register, AnalysisForm form, ChoiceLists choiceLists,
              Messages messages) {
    this.actions = actions;
    this.register = register;
    this.form = form;
    this.choiceLists = choiceLists;
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

  /** Only the decision names a person in charge: the directory is read for that task alone. */
  @Bean
  TaskListener showPeopleInCharge() {
    return this::showPeopleInCharge;
  }

  private void showPeopleInCharge(DelegateTask task) {
    task.setVariableLocal(ChoiceLists.PEOPLE_IN_CHARGE,
        choiceLists.peopleInCharge(register.get(OrderNumber.of(task)).agency()));
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
    ActionDecision decision = InvalidForm.refusedAsFormError(() -> form.readDecision(task.getVariables()));
    InvalidForm.refusedAsFormError(() -> actions.decidedAgain(OrderNumber.of(task), decision));
  }

  /** A note read once: removed, so that the next round of the loop does not show it again. */
  private static String taken(DelegateTask task, String name) {
    String note = (String) task.getVariable(name);
    task.getExecution().removeVariable(name);
    return note;
  }
}
