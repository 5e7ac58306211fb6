package fr.complaintregister.history;

import static fr.complaintregister.testing.ApiAnswers.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who reads a complaint's history through the domain API: its agency's followers and the auditors, nobody else. */
class HistoryApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;

  private String complaint;

  @BeforeEach
  void aComplaintOfAgency1601() {
    complaint = receivedOn(DEMO_AGENCY, LocalDate.now(PARIS).toString()).getBusinessKey();
  }

  @Test
  void anAuditorReadsTheHistoryWithItsDiagramVersionStepsAndRegisterRow() {
    ResponseEntity<Map<String, Object>> answer = history("audrey", complaint);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) answer.getBody().get("processDefinitionId")).startsWith("complaint:");
    assertThat((List<?>) answer.getBody().get("steps")).isNotEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> register = (Map<String, Object>) answer.getBody().get("register");
    assertThat(register).containsEntry("orderNumber", complaint).containsKeys("followUps", "letters", "documents");
  }

  @Test
  void aHandlerOfAnotherAgencyIsToldWhatAnUnknownNumberIsTold() {
    ResponseEntity<Map<String, Object>> answer = history("claire", complaint);
    String unknown = complaint.substring(0, complaint.lastIndexOf('.') + 1) + "999999";

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(errors(answer).get(0).get("message"))
        .isEqualTo("Aucune réclamation ni action corrective ne porte le numéro d'ordre « " + complaint + " ».");
    assertThat(errors(history("claire", unknown)).get(0).get("message"))
        .isEqualTo("Aucune réclamation ni action corrective ne porte le numéro d'ordre « " + unknown + " ».");
  }

  @Test
  void theFrontDeskDoesNotReadTheHistory() {
    ResponseEntity<Map<String, Object>> answer = history("alice", complaint);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(answer).get(0).get("message"))
        .isEqualTo("Votre rôle ne permet pas de consulter l'historique du traitement des réclamations.");
  }

  @Test
  void anUnknownOrderNumberIsNotFound() {
    ResponseEntity<Map<String, Object>> answer = history("audrey", "26.1601.999999");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(errors(answer).get(0).get("message"))
        .isEqualTo("Aucune réclamation ni action corrective ne porte le numéro d'ordre « 26.1601.999999 ».");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("changes")
  void anAuditorChangesNothingThroughTheEngine(HttpMethod method, String path, Object body) {
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(complaint)
        .processDefinitionKey("complaint").singleResult();
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    String job = managementService.createJobQuery().processInstanceId(instance.getId()).list().get(0).getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> answer = http.withBasicAuth("audrey", "audrey").exchange("/engine-rest" + path
            .replace("{instance}", instance.getId()).replace("{task}", task).replace("{job}", job), method,
        new HttpEntity<>(body, headers), String.class);

    assertThat(answer.getStatusCode().is4xxClientError()).as("%s: %s", path, answer.getBody()).isTrue();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).active().count())
        .as("still running, not suspended").isOne();
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(HttpMethod.POST, "/task/{task}/claim", Map.of("userId", "audrey")),
        Arguments.of(HttpMethod.POST, "/task/{task}/assignee", Map.of("userId", "audrey")),
        Arguments.of(HttpMethod.POST, "/task/{task}/complete", Map.of()),
        Arguments.of(HttpMethod.PUT, "/process-instance/{instance}/suspended", Map.of("suspended", true)),
        Arguments.of(HttpMethod.POST, "/process-instance/{instance}/variables",
            Map.of("modifications", Map.of("outcome", Map.of("value", "REJECTED")))),
        Arguments.of(HttpMethod.PUT, "/job/{job}/retries", Map.of("retries", 3)),
        Arguments.of(HttpMethod.DELETE, "/process-instance/{instance}", Map.of()));
  }

  private ResponseEntity<Map<String, Object>> history(String user, String orderNumber) {
    return http.withBasicAuth(user, user).exchange("/api/history/" + orderNumber, HttpMethod.GET, null, JSON);
  }
}
