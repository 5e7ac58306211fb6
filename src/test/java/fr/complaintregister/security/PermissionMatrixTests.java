package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What each role may do, tried for real through the engine REST API and the domain API with the
 * demo users of agencies 1601 and 1602, on complaints of agency 1601 (and 1602 for the last but
 * one line). A refusal is a French 4xx and changes nothing.
 */
class PermissionMatrixTests extends ComplaintTestSupport {

  private static final String MATRIX = """
      action              alice  bruno  sophie  diane  quentin  audrey  claire
      record              yes    yes    yes     yes    yes      no      no
      claim               no     yes    yes     yes    no       no      no
      acknowledge         no     yes    yes     yes    no       no      no
      answer              no     yes    yes     yes    no       no      no
      sign2000Euros       no     no     no      yes    no       no      no
      readRegisterRow     yes    yes    yes     yes    yes      yes     no
      readHistory         no     yes    yes     yes    yes      yes     no
      readAgency1602Row   no     no     no      yes    yes      yes     yes
      writeFollowUp       yes    yes    yes     yes    yes      no      no
      readIndicators      no     no     no      yes    yes      yes     no
      """;
  private static final String AGENCY = "1601";
  private static final String OTHER_AGENCY = "1602";

  @Autowired TestRestTemplate http;

  static Stream<Arguments> matrix() {
    List<String[]> lines = MATRIX.lines().map(String::strip).map(line -> line.split("\\s+")).toList();
    String[] users = lines.get(0);
    return lines.stream().skip(1).flatMap(line -> Arrays.stream(users).skip(1).map(user -> Arguments.of(
        line[0], user, "yes".equals(line[Arrays.asList(users).indexOf(user)]))));
  }

  @ParameterizedTest(name = "{1} {0}: {2}")
  @MethodSource("matrix")
  void eachRoleMayDoExactlyWhatItsRoleAndAgencyAllow(String action, String user, boolean allowed) {
    ProcessInstance complaint = complaintReadyFor(action);
    String activityBefore = currentActivity(complaint);
    int followUpsBefore = complaint == null ? 0 : followUpTexts(complaint).size();
    long rowsBefore = rowsOf(AGENCY);

    Outcome outcome = perform(action, user, complaint);

    assertThat(outcome.allowed()).as("%s %s (HTTP %s: %s)", user, action, outcome.status(), outcome.body())
        .isEqualTo(allowed);
    if (!allowed) {
      assertThat(outcome.status()).as("a refusal is the caller's matter, never a 500: %s", outcome.body()).isBetween(200, 499);
      assertThat(currentActivity(complaint)).as("nothing moved").isEqualTo(activityBefore);
      assertThat(complaint == null ? 0 : followUpTexts(complaint).size()).as("no follow-up written").isEqualTo(followUpsBefore);
      assertThat(rowsOf(AGENCY)).as("no complaint recorded").isEqualTo(rowsBefore);
      assertThat(outcome.body()).as("told why, in French").doesNotContain("does not have", "belongs to no");
    }
  }

  private record Outcome(int status, String body, boolean allowed) {
  }

  private ProcessInstance complaintReadyFor(String action) {
    return switch (action) {
      case "record" -> null;
      case "readAgency1602Row" -> recordedIn(OTHER_AGENCY);
      case "answer" -> acknowledged(recordedIn(AGENCY));
      case "sign2000Euros" -> answeredWithGesture(acknowledged(recordedIn(AGENCY)), 2000);
      default -> recordedIn(AGENCY);
    };
  }

  private Outcome perform(String action, String user, ProcessInstance complaint) {
    return switch (action) {
      case "record" -> engine(user, "/process-definition/key/complaint/submit-form",
          Map.of("variables", typed(complaintForm(AGENCY, today()))));
      case "claim" -> engine(user, "/task/" + task(complaint).getId() + "/claim", Map.of("userId", user));
      case "acknowledge" -> engine(user, "/task/" + task(complaint).getId() + "/complete", Map.of("variables", Map.of()));
      case "answer" -> engine(user, "/task/" + task(complaint).getId() + "/submit-form", Map.of("variables",
          typed(Map.of("outcome", "ACCEPTED", "answerText", "La leçon annulée vous est rendue."))));
      case "sign2000Euros" -> engine(user, "/task/" + task(complaint).getId() + "/submit-form",
          Map.of("variables", typed(Map.of("signatureDecision", "SIGNED"))));
      case "readRegisterRow", "readAgency1602Row" -> call(user, HttpMethod.GET, "/api/complaints/" + complaint.getBusinessKey(), null);
      case "readHistory" -> history(user, complaint);
      case "writeFollowUp" -> call(user, HttpMethod.POST, "/api/complaints/" + complaint.getBusinessKey() + "/follow-ups",
          Map.of("text", "Client rappelé."));
      case "readIndicators" -> call(user, HttpMethod.GET, "/api/indicators?agency=" + AGENCY, null);
      default -> throw new IllegalArgumentException(action);
    };
  }

  /** History queries do not refuse: they leave out what the caller may not read. */
  private Outcome history(String user, ProcessInstance complaint) {
    ResponseEntity<List> response = http.withBasicAuth(user, user)
        .getForEntity("/engine-rest/history/process-instance?processInstanceId={id}", List.class, complaint.getId());
    return new Outcome(response.getStatusCode().value(), String.valueOf(response.getBody()),
        response.getStatusCode().is2xxSuccessful() && response.getBody().size() == 1);
  }

  private Outcome engine(String user, String path, Map<String, Object> body) {
    return call(user, HttpMethod.POST, "/engine-rest" + path, body);
  }

  private Outcome call(String user, HttpMethod method, String path, Object body) {
    ResponseEntity<String> response = http.withBasicAuth(user, user)
        .exchange(path, method, body == null ? null : new HttpEntity<>(body), String.class);
    return new Outcome(response.getStatusCode().value(), String.valueOf(response.getBody()),
        response.getStatusCode().is2xxSuccessful());
  }

  /** The engine REST API's way of writing variables. */
  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> typed = new HashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return typed;
  }

  private ProcessInstance recordedIn(String agency) {
    return record(complaintForm(agency, today()), agency.equals(AGENCY) ? "alice" : "camille");
  }

  private ProcessInstance acknowledged(ProcessInstance complaint) {
    acknowledge(complaint);
    return complaint;
  }

  private ProcessInstance answeredWithGesture(ProcessInstance complaint, int euros) {
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED", "answerText", "Nous vous remboursons.",
        "commercialGesture", "Remboursement", "commercialGestureAmount", euros));
    return complaint;
  }

  private String currentActivity(ProcessInstance complaint) {
    if (complaint == null) {
      return null;
    }
    Task task = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
    return task == null ? "ended" : task.getTaskDefinitionKey() + " assigned to " + task.getAssignee();
  }

  private long rowsOf(String agency) {
    return listed(agency, null, null).page().totalElements();
  }

  private static String today() {
    return LocalDate.now(PARIS).toString();
  }
}
