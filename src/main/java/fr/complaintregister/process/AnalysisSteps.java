package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.Markdown;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.improvement.AnalysisForm;
import fr.complaintregister.improvement.SourceAnalysis;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners of an analysis that may lead to corrective actions ("Analyser les dysfonctionnements", "Examiner
 * l'avis"): the task opens with what was found and the choices of the row's agency, and its completion records the
 * conclusion.
 */
@Configuration
class AnalysisSteps {

  /** Whether the quality manager has one more action to decide or link: the process loops back to the task. */
  static final String ANOTHER = "anotherAnalysis";
  static final String FINDINGS = "analysisFindings";
  static final String OPEN_ACTIONS = "openActions";

  private final SourceAnalysis analysis;
  private final AnalysisForm form;
  private final ComplaintRegister register;
  private final ChoiceLists choiceLists;
  private final Messages messages;

  AnalysisSteps(SourceAnalysis analysis, AnalysisForm form, ComplaintRegister register, ChoiceLists choiceLists,
                Messages messages) {
    this.analysis = analysis;
    this.form = form;
    this.register = register;
    this.choiceLists = choiceLists;
    this.messages = messages;
  }

  /** On creation: the findings as plain text, and the form's choice lists, as of now. */
  @Bean
  TaskListener showAnalysisChoices() {
    return this::showChoices;
  }

  private void showChoices(DelegateTask task) {
    RegisterEntry row = register.get(OrderNumber.of(task));
    if (row.dysfunctions() != null) {
      task.setVariableLocal(FINDINGS, messages.get("analysis.dysfunctions", Markdown.literal(row.dysfunctions())));
    }
    task.setVariableLocal(OPEN_ACTIONS, ChoiceLists.of(analysis.openActions(row.agency()).stream()
        .map(action -> ChoiceLists.choice(messages.get("analysis.openAction", action.orderNumber(), action.subject()),
            action.orderNumber()))
        .toList()));
    task.setVariableLocal(ChoiceLists.PEOPLE_IN_CHARGE, choiceLists.peopleInCharge(row.agency()));
  }

  @Bean
  TaskListener sourceAnalysed() {
    return this::analysed;
  }

  private void analysed(DelegateTask task) {
    AnalysisForm.Analysis submitted = InvalidForm.refusedAsFormError(() -> form.read(task.getVariables()));
    InvalidForm.refusedAsFormError(() -> analysis.conclude(OrderNumber.of(task), submitted.outcome()));
    AnalysisForm.FIELDS.forEach(task.getExecution()::removeVariable);
    task.getExecution().setVariable(ANOTHER, submitted.another());
  }
}
