package fr.complaintregister.process;

import static fr.complaintregister.testing.Uploads.form;
import static fr.complaintregister.testing.Uploads.part;
import static fr.complaintregister.testing.DecisionTableUploads.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer task goes only to people qualified for the complaint's category, as the quality
 * manager's qualification table says; a new version of the table applies without a restart.
 */
class QualificationTableTests extends ComplaintTestSupport {

  /** Only signatories (and the direction) know the training products; handlers answer the rest. */
  private static final String TRAINING_FOR_SIGNATORIES_ONLY = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                   id="Definitions_Qualification" name="Qualification" namespace="https://complaintregister.fr/dmn">
        <decision id="qualification" name="Personnes qualifiées pour répondre" camunda:historyTimeToLive="1827">
          <decisionTable id="DecisionTable_Qualification" hitPolicy="COLLECT">
            <input id="Input_ProductCategory"><inputExpression id="InputExpression_ProductCategory" typeRef="string"><text>productCategory</text></inputExpression></input>
            <output id="Output_CandidateGroups" name="candidateGroups" typeRef="string" />
            <output id="Output_CandidateUsers" name="candidateUsers" typeRef="string" />
            <rule id="Rule_Training">
              <inputEntry id="InputEntry_Training"><text>"FORMATION"</text></inputEntry>
              <outputEntry id="OutputEntry_TrainingGroups"><text>"signataires"</text></outputEntry>
              <outputEntry id="OutputEntry_TrainingUsers"><text></text></outputEntry>
            </rule>
            <rule id="Rule_Others">
              <inputEntry id="InputEntry_Others"><text>not("FORMATION")</text></inputEntry>
              <outputEntry id="OutputEntry_OtherGroups"><text>"gestionnaires"</text></outputEntry>
              <outputEntry id="OutputEntry_OtherUsers"><text></text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Autowired RepositoryService repositoryService;
  @Autowired TestRestTemplate http;
  @Autowired Messages messages;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void restoreTheShippedTable() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void byDefaultTheAgencysHandlersAndTheLevelsAboveAnswerButNotReception() {
    clockAt("2026-02-02T09:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-02-02");
    acknowledge(complaint);
    Task answer = task(complaint);

    assertThat(candidateGroups(answer)).containsExactlyInAnyOrder("gestionnaires", "signataires", "direction");
    assertThatThrownBy(() -> completeAs("alice", answer, accepted())).isInstanceOf(AuthorizationException.class);
    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
  }

  @Test
  void aNewVersionOfTheTableAppliesToNewAnswerTasksWithoutARestart() {
    clockAt("2026-02-02T09:00");
    String agency = newAgency();
    ProcessInstance before = receivedOn(agency, "2026-02-02");
    acknowledge(before);

    publishAsQualityManager(TRAINING_FOR_SIGNATORIES_ONLY);
    ProcessInstance after = receivedOn(agency, "2026-02-02");
    acknowledge(after);
    Task answer = task(after);

    assertThat(candidateGroups(answer)).containsExactlyInAnyOrder("signataires", "direction");
    assertThat(answer.getAssignee()).as("who acknowledged is not qualified: the task is not theirs").isNull();
    assertThatThrownBy(() -> completeAs("bruno", answer, accepted())).as("not offered to a handler")
        .isInstanceOf(AuthorizationException.class);
    taskService.setAssignee(answer.getId(), "bruno");
    assertThatThrownBy(() -> completeAs("bruno", answer, accepted())).as("not even when handed to him")
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageStartingWith("Vous n'êtes pas qualifié(e) pour répondre aux réclamations de la catégorie « FORMATION »");
    Map<String, Object> withForgedQualification = new HashMap<>(accepted());
    withForgedQualification.put("qualifiedHandlers", List.of(Map.of("candidateUsers", "bruno")));
    assertThatThrownBy(() -> completeAs("bruno", answer, withForgedQualification))
        .as("nor by sending a qualification table of his own").isInstanceOf(FormFieldValidationException.class);
    assertThat(row(after).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);

    taskService.setAssignee(answer.getId(), null);
    completeAs("sophie", answer, accepted());
    assertThat(after).isEnded();
    assertThat(row(after).handler()).isEqualTo("sophie");

    completeAs("bruno", task(before), accepted());
    assertThat(before).as("a task created before the change keeps its candidates").isEnded();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("qualification").count())
        .as("every version stays in Camunda's history").isEqualTo(2);
  }

  @Test
  void whenTheTableNamesReceptionTheDeskAnswersAtOnceAndTheComplaintIsClosed() {
    publishAsQualityManager(TRAINING_FOR_SIGNATORIES_ONLY.replace("<text>\"signataires\"</text>", "<text>\"accueil\"</text>"));
    clockAt("2026-02-02T09:00");
    Map<String, Object> form = complaintForm(newAgency(), "2026-02-02");
    form.put("answeredAtOnce", true);
    form.putAll(accepted());

    String orderNumber = as("alice", () -> complaints.record(form).orderNumber());

    assertThat(register.get(orderNumber).status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(register.get(orderNumber).handler()).isEqualTo("alice");
    assertThat(register.get(orderNumber).acknowledgementDate()).isEqualTo(date("2026-02-02"));
  }

  @Test
  void theQualityManagerMayNoLongerDeployThroughTheEngineRestApi() {
    long versionsBefore = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("qualification").count();

    ResponseEntity<Map> response = http.withBasicAuth("quentin", "quentin").postForEntity("/engine-rest/deployment/create",
        form(part("data", TRAINING_FOR_SIGNATORIES_ONLY, "qualification.dmn")), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).containsEntry("message", messages.get("error.access.engine"));
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("qualification").count())
        .isEqualTo(versionsBefore);
  }

  /** As the quality manager does with the table saved from Camunda Modeler. */
  private void publishAsQualityManager(String table) {
    ResponseEntity<List<Map<String, Object>>> response = publish(http, "quentin", table);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    deployments.add((String) response.getBody().get(0).get("deploymentId"));
  }

  private static Map<String, Object> accepted() {
    return Map.of("outcome", "ACCEPTED", "answerText", "La leçon annulée vous est rendue.");
  }

}
