package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.WebappLogin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Setting a task's follow-up and due dates through the engine REST APIs, as Tasklist does (it
 * sends the whole task back): allowed to those who work on the task, for the dates only.
 */
class TaskDateUpdateTests extends ComplaintTestSupport {

  private static final String FOLLOW_UP = "2030-01-07T09:00:00.000+0100";
  private static final String DUE = "2030-01-10T18:00:00.000+0100";

  @Autowired TestRestTemplate http;
  @Autowired TaskSettings settings;

  private ProcessInstance complaint;
  private Task acknowledgement;

  @BeforeEach
  void recordAComplaint() {
    complaint = receivedOn(DEMO_AGENCY, LocalDate.now(PARIS).toString());
    acknowledgement = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
  }

  @Test
  void aHandlerSetsTheFollowUpAndDueDatesOfTheTaskAsTasklistSendsIt() {
    RegisterEntry before = row(complaint);
    List<Date> timersBefore = timerDueDates();

    ResponseEntity<String> response = putOnEngineRest("bruno", tasklistUpdate("bruno", FOLLOW_UP, DUE));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    Task task = currentTask();
    assertThat(task.getFollowUpDate()).isEqualTo(engineDate(FOLLOW_UP));
    assertThat(task.getDueDate()).isEqualTo(engineDate(DUE));
    assertThat(task.getAssignee()).as("nobody took it").isNull();
    RegisterEntry after = row(complaint);
    assertThat(after.acknowledgementDueDate()).as("the legal deadline stays").isEqualTo(before.acknowledgementDueDate());
    assertThat(after.answerDueDate()).isEqualTo(before.answerDueDate());
    assertThat(timerDueDates()).as("the timers stay").isEqualTo(timersBefore);
  }

  @Test
  void theWebappsEngineApiTakesTheSameUpdateInTheUsersSession() {
    HttpHeaders session = WebappLogin.logIn(http, "tasklist", "bruno");

    ResponseEntity<String> response = http.exchange("/camunda/api/engine/engine/default/task/" + acknowledgement.getId(),
        HttpMethod.PUT, new HttpEntity<>(tasklistUpdate("bruno", FOLLOW_UP, null).toString(), session), String.class);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    assertThat(currentTask().getFollowUpDate()).isEqualTo(engineDate(FOLLOW_UP));
  }

  @Test
  void anUpdateThatHandsTheTaskToSomeoneIsRefusedAndChangesNothing() {
    ObjectNode update = tasklistUpdate("bruno", FOLLOW_UP, null).put("assignee", "alice");

    ResponseEntity<String> response = putOnEngineRest("bruno", update);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("Seules la date de suivi et la date d'échéance");
    assertThat(currentTask().getAssignee()).isNull();
    assertThat(currentTask().getFollowUpDate()).isNull();
  }

  @Test
  void whoeverDoesNotWorkOnTheTaskMayNotChangeItsDates() {
    ResponseEntity<String> reception = putOnEngineRest("alice", tasklistUpdate("bruno", FOLLOW_UP, null));
    ResponseEntity<String> otherAgency = putOnEngineRest("claire", tasklistUpdate("bruno", FOLLOW_UP, null));

    assertThat(reception.getStatusCode().value()).isEqualTo(403);
    assertThat(reception.getBody()).contains("Seules les personnes qui travaillent sur cette tâche");
    assertThat(otherAgency.getStatusCode().value()).isEqualTo(403);
    assertThat(otherAgency.getBody()).contains("agence dont vous n'êtes pas membre");
    assertThat(currentTask().getFollowUpDate()).isNull();
  }

  @Test
  void onceAColleagueTookTheTaskOnlyTheyMayChangeItsDates() {
    taskService.claim(acknowledgement.getId(), "bruno");

    ResponseEntity<String> signatory = putOnEngineRest("sophie", tasklistUpdate("sophie", FOLLOW_UP, DUE));

    assertThat(signatory.getStatusCode().value()).isEqualTo(403);
    assertThat(signatory.getBody()).contains("Seules les personnes qui travaillent sur cette tâche");
    assertThat(currentTask().getDueDate()).isEqualTo(acknowledgement.getDueDate());
    assertThat(currentTask().getFollowUpDate()).isNull();
    assertThat(putOnEngineRest("bruno", tasklistUpdate("bruno", FOLLOW_UP, DUE)).getStatusCode().value())
        .as("the one who took it").isEqualTo(204);
  }

  @Test
  void aTasksDueDateMovesButIsNotRemoved() {
    ObjectNode removal = tasklistUpdate("bruno", FOLLOW_UP, null).putNull("due");

    ResponseEntity<String> response = putOnEngineRest("bruno", removal);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("La date d'échéance d'une tâche ne peut pas être retirée");
    assertThat(currentTask().getDueDate()).isEqualTo(acknowledgement.getDueDate());
    assertThat(currentTask().getFollowUpDate()).isNull();
  }

  @Test
  void whereTheOrganisationFixesDueDatesOnlyTheFollowUpDateMoves() {
    TaskDates fixedDueDates = new TaskDates(processEngine, new TaskSettings(false));
    ObjectNode update = tasklistUpdate("bruno", FOLLOW_UP, DUE);

    assertThatThrownBy(() -> as("bruno", () -> {
      fixedDueDates.update(acknowledgement.getId(), update);
      return null;
    })).isInstanceOfSatisfying(TaskUpdateRefused.class,
        refused -> assertThat(refused.reason).isEqualTo(TaskUpdateRefused.Reason.DUE_DATE_FIXED));
    as("bruno", () -> {
      fixedDueDates.update(acknowledgement.getId(), tasklistUpdate("bruno", FOLLOW_UP, null));
      return null;
    });

    assertThat(currentTask().getFollowUpDate()).isEqualTo(engineDate(FOLLOW_UP));
    assertThat(currentTask().getDueDate()).isEqualTo(acknowledgement.getDueDate());
    assertThat(settings.dueDateChangeable()).as("allowed by default").isTrue();
  }

  /** The task as the user reads it from the engine REST API, its dates changed, as Tasklist sends it back. */
  private ObjectNode tasklistUpdate(String user, String followUp, String due) {
    ObjectNode task = (ObjectNode) http.withBasicAuth(user, user)
        .getForObject("/engine-rest/task/" + acknowledgement.getId(), JsonNode.class);
    assertThat(task.has("camundaFormRef")).as("the field the engine REST API cannot read back").isTrue();
    task.put("followUp", followUp);
    if (due != null) {
      task.put("due", due);
    }
    return task;
  }

  private ResponseEntity<String> putOnEngineRest(String user, ObjectNode body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/engine-rest/task/" + acknowledgement.getId(), HttpMethod.PUT,
        new HttpEntity<>(body.toString(), headers), String.class);
  }

  private Task currentTask() {
    return taskService.createTaskQuery().taskId(acknowledgement.getId()).singleResult();
  }

  private List<Date> timerDueDates() {
    return managementService.createJobQuery().processInstanceId(complaint.getId()).timers().orderByJobDuedate().asc()
        .list().stream().map(Job::getDuedate).toList();
  }

  private static Date engineDate(String text) {
    return Date.from(OffsetDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX")).toInstant());
  }
}
