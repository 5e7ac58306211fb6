package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.Uploads;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Through the real engine REST API: another agency's objects are refused with a French 403 (the
 * engine itself answers a 500 for them), an auditor writes nothing, and a variable of the wrong
 * type cannot take a complaint out of its agency.
 */
class EngineRefusalsTests extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  static Stream<Arguments> otherAgencyCalls() {
    return Stream.of(
        call(HttpMethod.GET, "/task/{task}/variables", null),
        call(HttpMethod.PUT, "/task/{task}/variables/note", Map.of("value", "x", "type", "String")),
        call(HttpMethod.GET, "/task/{task}/form-variables", null),
        call(HttpMethod.GET, "/task/{task}/deployed-form", null),
        call(HttpMethod.GET, "/task/{task}/identity-links", null),
        call(HttpMethod.POST, "/task/{task}/identity-links", Map.of("groupId", "gestionnaires", "type", "candidate")),
        call(HttpMethod.GET, "/process-instance/{instance}/variables", null),
        call(HttpMethod.PUT, "/process-instance/{instance}/variables/note", Map.of("value", "x", "type", "String")),
        call(HttpMethod.PUT, "/job/{job}/duedate", Map.of("duedate", "2031-01-01T00:00:00.000+0100")),
        call(HttpMethod.PUT, "/process-instance/{instance}/suspended", Map.of("suspended", true)),
        call(HttpMethod.POST, "/process-instance/{instance}/modification",
            Map.of("instructions", new Object[] {Map.of("type", "cancel", "activityId", "Task_AcknowledgeComplaint")})),
        call(HttpMethod.DELETE, "/process-instance/{instance}", null),
        call(HttpMethod.POST, "/task/{task}/claim", Map.of("userId", "claire")),
        call(HttpMethod.POST, "/task/{task}/comment/create", Map.of("message", "Vu.")),
        call(HttpMethod.POST, "/task/{task}/complete", Map.of("variables", Map.of())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("otherAgencyCalls")
  void anotherAgencysComplaintIsRefusedInFrenchAndLeftUntouched(HttpMethod method, String path, Object body) {
    ProcessInstance complaint = record(complaintForm(DEMO_AGENCY, today()));
    Task task = task(complaint);
    String jobId = managementService.createJobQuery().processInstanceId(complaint.getId()).list().get(0).getId();

    ResponseEntity<String> response = engine("claire", method, path
        .replace("{task}", task.getId()).replace("{instance}", complaint.getId()).replace("{job}", jobId), body);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(400, 403, 404);
    assertThat(response.getBody()).doesNotContain("ENGINE-", "belongs to no", "does not have");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(complaint.getId()).active().count())
        .as("still running, not suspended").isEqualTo(1);
    assertThat(runtimeService.getVariable(complaint.getId(), "note")).isNull();
    assertThat(taskService.getVariable(task.getId(), "note")).isNull();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(taskService.getTaskComments(task.getId())).isEmpty();
  }

  @Test
  void anAuditorCanNeitherCommentNorAttachAndAHandlerCan() {
    ProcessInstance complaint = record(complaintForm(DEMO_AGENCY, today()));
    String task = task(complaint).getId();

    assertRefusedInFrench(engine("audrey", HttpMethod.POST, "/task/" + task + "/comment/create", Map.of("message", "Vu.")));
    assertRefusedInFrench(attach("audrey", task));
    assertThat(taskService.getTaskComments(task)).isEmpty();
    assertThat(taskService.getTaskAttachments(task)).isEmpty();

    assertThat(engine("bruno", HttpMethod.POST, "/task/" + task + "/comment/create", Map.of("message", "Client rappelé."))
        .getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(taskService.getTaskComments(task)).hasSize(1);
  }

  @Test
  void noCommentOnAnotherAgencysTaskEvenThroughTheJavaApi() {
    ProcessInstance complaint = record(complaintForm(DEMO_AGENCY, today()));
    String task = task(complaint).getId();

    assertThatThrownBy(() -> as("claire", () -> taskService.createComment(task, complaint.getId(), "Vu.")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(taskService.getTaskComments(task)).isEmpty();
  }

  @Test
  void anAgencyTypedAsANumberCannotTakeAComplaintOutOfItsAgency() {
    Map<String, Object> variables = new java.util.HashMap<>();
    complaintForm(DEMO_AGENCY, today()).forEach((field, value) -> variables.put(field, Map.of("value", value)));
    variables.put("agency", Map.of("value", 1601, "type", "Integer"));
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

    ResponseEntity<String> response = engine("alice", HttpMethod.POST, "/process-definition/key/complaint/submit-form",
        Map.of("variables", variables));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("« Agence » doit être un texte");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyNotIn(List.of("staffDigest", "personalDataRetention")).withoutTenantId().count())
        .as("no instance without an agency but the nightly and daily ones that serve every agency").isZero();
  }

  private static void assertRefusedInFrench(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).contains("Action refusée : votre rôle ne le permet pas").doesNotContain("ENGINE-");
  }

  private ResponseEntity<String> attach(String user, String task) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("attachment-name", "note.txt");
    parts.add("url", "https://example.org/note.txt");
    return http.withBasicAuth(user, user).exchange("/engine-rest/task/" + task + "/attachment/create", HttpMethod.POST,
        Uploads.form(parts), String.class);
  }

  private ResponseEntity<String> engine(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/engine-rest" + path, method,
        body == null ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers), String.class);
  }

  private static Arguments call(HttpMethod method, String path, Object body) {
    return Arguments.of(method, path, body);
  }

  private static String today() {
    return LocalDate.now(PARIS).toString();
  }
}
