package fr.complaintregister.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.LinkedAction;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Complaints received on 2 March 2026 and answered on 10 March by bruno, who names a dysfunction. */
class DysfunctionAnalysisTests extends ComplaintTestSupport {

  private static final String DYSFUNCTION = "Planning des moniteurs non mis à jour <b>depuis</b> janvier";

  @Autowired CorrectiveActions actions;

  private String agency;
  private ProcessInstance complaint;

  @BeforeEach
  void complaintAnsweredWithADysfunction() {
    clockAt("2026-03-02T10:00");
    agency = newAgency();
    complaint = answered(DYSFUNCTION);
  }

  @Test
  void theQualityManagerTurnsTheDysfunctionIntoACorrectiveAction() {
    assertThat(complaint).as("the complaint closes on its answer day").isEnded();
    ProcessInstance analysis = analysisOf(complaint);
    Task task = task("Task_AnalyseDysfunctions", analysis);
    assertThat(task).hasName("Analyser les dysfonctionnements").hasCandidateGroup("qualite");
    assertThat(String.valueOf(taskService.getVariableLocal(task.getId(), "analysisFindings")))
        .as("the handler's words, as plain text").contains("Planning des moniteurs non mis à jour \\<b\\>depuis");
    assertThat(String.valueOf(taskService.getVariableLocal(task.getId(), "peopleInCharge")))
        .contains("bruno").doesNotContain("audrey");

    clockAt("2026-03-11T09:00");
    completeAs("quentin", task, newAction("Mettre à jour le planning chaque vendredi", "bruno", "2026-03-31"));

    assertThat(analysis).isEnded();
    List<LinkedAction> linked = as("quentin", () -> complaints.detail(complaint.getBusinessKey())).actions();
    assertThat(linked).extracting(LinkedAction::subject).containsExactly("Mettre à jour le planning chaque vendredi");
    String action = linked.get(0).orderNumber();
    assertThat(action).as("the complaint's agency, next number").isEqualTo("26." + agency + ".002");
    ActionDetail detail = as("quentin", () -> actions.detail(action));
    assertThat(detail.sources()).containsExactly(complaint.getBusinessKey());
    assertThat(detail.action().decidedBy()).isEqualTo("quentin");
    assertThat(detail.action().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(task("Task_CarryOutAction", actionProcess(action))).isAssignedTo("bruno");
  }

  @Test
  void anAnswerWithoutDysfunctionsAsksForNoAnalysis() {
    ProcessInstance quiet = answered(null);

    assertThat(quiet).isEnded();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("dysfunctionAnalysis")
        .processInstanceBusinessKey(quiet.getBusinessKey()).count()).isZero();
  }

  @Test
  void oneActionAnswersTwoComplaintsAndAnotherRoundRecordsWhyNothingMoreIsNeeded() {
    completeAs("quentin", task(analysisOf(complaint)), newAction("Mettre à jour le planning", "bruno", "2026-03-31"));
    String action = as("quentin", () -> complaints.detail(complaint.getBusinessKey())).actions().get(0).orderNumber();
    ProcessInstance second = answered("Même planning pas à jour");
    ProcessInstance analysis = analysisOf(second);

    Map<String, Object> link = new HashMap<>(Map.of("analysisChoice", "EXISTING_ACTION", "existingAction", action,
        "anotherAction", true));
    assertThat(String.valueOf(taskService.getVariableLocal(task(analysis).getId(), "openActions"))).contains(action);
    completeAs("quentin", task(analysis), link);

    Task again = task("Task_AnalyseDysfunctions", analysis);
    assertThat(taskService.getVariables(again.getId())).as("the next round starts blank")
        .doesNotContainKeys("analysisChoice", "existingAction");
    completeAs("quentin", again, Map.of("analysisChoice", "NO_ACTION",
        "noActionReason", "L'action en cours couvre les deux réclamations."));

    assertThat(analysis).isEnded();
    assertThat(as("quentin", () -> actions.detail(action)).sources())
        .containsExactly(complaint.getBusinessKey(), second.getBusinessKey());
    assertThat(as("quentin", () -> complaints.detail(second.getBusinessKey())).actions())
        .extracting(LinkedAction::orderNumber).containsExactly(action);
    assertThat(followUpTexts(second)).containsSubsequence("Rattachée à l'action corrective " + action + ".",
        "Analyse du responsable qualité : aucune action corrective n'est nécessaire. "
            + "Motif : L'action en cours couvre les deux réclamations.");
  }

  @Test
  void theOpenActionsOfferedAreThoseOfTheMomentTheTaskIsClaimed() {
    Task task = task(analysisOf(complaint));
    String decidedSince = as("quentin", () -> actions.record(new NewAction("Former les moniteurs au planning", "bruno",
        date("2026-04-30"), null, agency, List.of()))).action().orderNumber();
    assertThat(String.valueOf(taskService.getVariableLocal(task.getId(), "openActions"))).doesNotContain(decidedSince);

    as("quentin", () -> {
      taskService.claim(task.getId(), "quentin");
      return null;
    });

    assertThat(String.valueOf(taskService.getVariableLocal(task.getId(), "openActions"))).contains(decidedSince);
  }

  @Test
  void anIncompleteOrWrongAnalysisIsRefusedInFrenchAndRecordsNothing() {
    Task task = task(analysisOf(complaint));

    assertThatThrownBy(() -> completeAs("quentin", task, Map.of("analysisChoice", "NO_ACTION")))
        .hasStackTraceContaining(FormFieldValidationException.class.getName())
        .hasMessageContaining("« Pourquoi aucune action n'est nécessaire » est obligatoire");
    assertThatThrownBy(() -> completeAs("quentin", task, newAction("Former les moniteurs", "camille", "2026-03-31")))
        .hasStackTraceContaining(FormFieldValidationException.class.getName())
        .hasMessageContaining("« camille » n'est pas un utilisateur de l'agence " + agency);
    assertThatThrownBy(() -> completeAs("quentin", task, Map.of("analysisChoice", "EXISTING_ACTION",
        "existingAction", "26." + agency + ".999")))
        .hasStackTraceContaining(FormFieldValidationException.class.getName())
        .hasMessageContaining("Aucune action corrective ne porte le numéro d'ordre « 26." + agency + ".999 »");
    assertThatThrownBy(() -> completeAs("quentin", task, Map.of("analysisChoice", 3)))
        .hasStackTraceContaining(FormFieldValidationException.class.getName())
        .hasMessageContaining("Suite donnée");

    assertThat(task("Task_AnalyseDysfunctions", analysisOf(complaint))).isNotNull();
    assertThat(as("quentin", () -> complaints.detail(complaint.getBusinessKey())).actions()).isEmpty();
    assertThat(as("quentin", () -> complaints.record(complaintForm(agency, "2026-03-10")).orderNumber()))
        .as("no order number was used").isEqualTo("26." + agency + ".002");
  }

  @Test
  void onlyTheQualityManagerOrTheDirectionAnalyses() {
    Task task = task(analysisOf(complaint));

    assertThatThrownBy(() -> completeAs("bruno", task, newAction("Former les moniteurs", "bruno", "2026-03-31")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> completeAs("audrey", task, Map.of("analysisChoice", "NO_ACTION",
        "noActionReason", "Rien.")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(followUpTexts(complaint)).noneMatch(line -> line.startsWith("Analyse"));
  }

  /** Received on the day, acknowledged and answered by bruno, who may sign an answer without gesture himself. */
  private ProcessInstance answered(String dysfunctions) {
    ProcessInstance received = receivedOn(agency, "2026-03-02");
    acknowledge(received);
    Map<String, Object> answer = new HashMap<>(Map.of("outcome", "ACCEPTED",
        "answerText", "Votre leçon est reprogrammée."));
    if (dysfunctions != null) {
      answer.put("dysfunctions", dysfunctions);
    }
    clockAt("2026-03-10T15:00");
    completeAs("bruno", task(received), answer);
    return received;
  }

  private static Map<String, Object> newAction(String subject, String personInCharge, String dueDate) {
    return Map.of("analysisChoice", "NEW_ACTION", "actionSubject", subject, "personInCharge", personInCharge,
        "dueDate", dueDate);
  }

  private static ProcessInstance analysisOf(ProcessInstance complaint) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("dysfunctionAnalysis")
        .processInstanceBusinessKey(complaint.getBusinessKey()).singleResult();
  }

  private static ProcessInstance actionProcess(String orderNumber) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("correctiveAction")
        .processInstanceBusinessKey(orderNumber).singleResult();
  }
}
