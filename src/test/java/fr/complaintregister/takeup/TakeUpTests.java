package fr.complaintregister.takeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.testing.ApiAnswers;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.RegisterSheetUploads;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Last year's tracking sheet imported with rows still open: someone takes each up, and its process carries it on. */
class TakeUpTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired TestRestTemplate http;
  @Autowired TakeUps takeUps;
  @Autowired ActionRegister actions;
  @Autowired PlatformTransactionManager transactions;

  private String agency;

  @BeforeEach
  void agencyOfItsOwn() {
    agency = newAgency();
  }

  @Test
  void anImportedComplaintAwaitingAcknowledgementGoesToItsAgencysHandlers() {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusDays(2), 1, "FS", "", "", ""));

    ResponseEntity<Map<String, Object>> takenUp = takeUp("bruno", "complaints", orderNumber);

    assertThat(takenUp.getStatusCode()).as("%s", takenUp.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = instanceOf(orderNumber);
    assertThat(instance.getTenantId()).isEqualTo(agency);
    assertThat(instance).isWaitingAt("Task_AcknowledgeComplaint");
    assertThat(candidateGroups(task(instance))).contains("gestionnaires");
    assertThat(takenUp.getBody()).containsEntry("processInstanceId", instance.getId())
        .containsEntry("status", "AWAITING_ACKNOWLEDGEMENT");
    assertThat(register.get(orderNumber).processInstanceId()).isEqualTo(instance.getId());
    assertThat(followUps.of(orderNumber)).last().extracting(FollowUp::author, FollowUp::text)
        .containsExactly("bruno", "Traitement repris dans l'outil : la ligne importée suit désormais son processus.");
    assertThat(as("bruno", () -> taskService.createTaskQuery().taskCandidateUser("bruno")
        .processInstanceBusinessKey(orderNumber).count())).as("in bruno's Tasklist").isEqualTo(1);
  }

  @Test
  void anImportedComplaintInProgressAndLateGoesToItsAnswerAndIsEscalatedWhenItsTimerRuns() {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusMonths(3), 1, "FS", "bruno", "", "En cours d'instruction"));

    assertThat(takeUp("quentin", "complaints", orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);

    ProcessInstance instance = instanceOf(orderNumber);
    assertThat(instance).isWaitingAt("Task_AnswerComplaint");
    Task answer = task("Task_AnswerComplaint", instance);
    assertThat(answer).isAssignedTo("bruno");
    assertThat(timer(instance, "Timer_AnswerEscalation").getDuedate())
        .isEqualTo(parisTime(register.get(orderNumber).answerDueDate().plusDays(1) + "T00:00"));

    fireDueTimers(instance);

    assertThat(instance).isWaitingAt("Task_AnswerComplaint", "Task_HandleLateAnswer");
    assertThat(register.get(orderNumber).overdue()).isTrue();
    assertThat(followUps.of(orderNumber)).extracting(FollowUp::text)
        .anyMatch(text -> text.startsWith("Retard : la réponse n'a pas été apportée"));
  }

  @Test
  void anImportedAnswerAwaitingItsSignatureIsWrittenAgainInTheToolAsTheSheetKeepsNoSignature() {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusDays(20), 1, "FS", "bruno", "",
        "En attente de signature"));

    assertThat(takeUp("sophie", "complaints", orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(instanceOf(orderNumber)).isWaitingAt("Task_AnswerComplaint");
    assertThat(register.get(orderNumber).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
  }

  @Test
  void anImportedReviewToExamineGoesToTheQualityManager() {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusDays(5), 1, "QS", "", "", "Avis à examiner"));

    assertThat(takeUp("bruno", "complaints", orderNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(takeUp("quentin", "complaints", orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);

    ProcessInstance instance = instanceOf(orderNumber);
    assertThat(instance).isWaitingAt("Task_ExamineReview");
    assertThat(candidateGroups(task(instance))).containsExactly("qualite");
  }

  @Test
  void anImportedOpenActionGoesToItsPersonInChargeOrWhenTheSheetNamesSomeoneElseToTheQualityManager() {
    LocalDate decided = LocalDate.now(PARIS).minusMonths(1);
    String byUser = imported(line(decided, 1, "PA", "bruno", decided.plusMonths(2).format(FRENCH), ""));
    String byName = imported(line(decided, 2, "PA", "Bruno Lefèvre", decided.plusMonths(2).format(FRENCH), ""));
    String checking = imported(line(decided, 3, "PA", "bruno", decided.plusDays(10).format(FRENCH),
        "Vérification de l'efficacité"));

    assertThat(takeUp("audrey", "actions", byUser).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(takeUp("bruno", "actions", byUser).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> takenUp = takeUp("quentin", "actions", byUser);
    assertThat(takeUp("diane", "actions", byName).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(takeUp("quentin", "actions", checking).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(takenUp.getStatusCode()).as("%s", takenUp.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(takenUp.getBody()).containsEntry("processInstanceId", instanceOf(byUser).getId());
    assertThat(instanceOf(byUser).getTenantId()).isEqualTo(agency);
    assertThat(task("Task_CarryOutAction", instanceOf(byUser))).isAssignedTo("bruno");
    assertThat(actions.get(byUser).status()).hasToString("IN_PROGRESS");
    Task toTheGroup = task("Task_CarryOutAction", instanceOf(byName));
    assertThat(toTheGroup.getAssignee()).isNull();
    assertThat(candidateGroups(toTheGroup)).containsExactly("qualite");
    assertThat(instanceOf(checking)).isWaitingAt("Task_CheckEffectiveness");
    assertThat(actions.log().of(byName)).last().extracting(FollowUp::author).isEqualTo("diane");
  }

  @Test
  void aRowThatIsClosedHasAProcessOrIsAnotherAgencysIsNotTakenUpAndNothingStarts() {
    LocalDate day = LocalDate.now(PARIS).minusDays(20);
    String closed = imported(line(day, 1, "FS", "bruno", "", "").replace(";;\r\n", ";" + day.plusDays(5).format(FRENCH)
        + ";Répondue\r\n"));
    String open = imported(line(day, 2, "FS", "", "", ""));
    String recorded = receivedOn(agency, day.toString()).getBusinessKey();
    long instances = runtimeService().createProcessInstanceQuery().count();

    assertRefused(takeUp("bruno", "complaints", closed), HttpStatus.BAD_REQUEST, "est close");
    assertRefused(takeUp("bruno", "complaints", recorded), HttpStatus.BAD_REQUEST, "déjà suivie par son processus");
    assertRefused(takeUp("audrey", "complaints", open), HttpStatus.FORBIDDEN, "consulter le registre");
    assertRefused(takeUp("alice", "complaints", open), HttpStatus.FORBIDDEN, "reprendre le traitement");
    assertRefused(takeUp("claire", "complaints", open), HttpStatus.FORBIDDEN, "n'êtes pas membre de l'agence");
    assertRefused(takeUp("bruno", "complaints", "26.1601.999"), HttpStatus.NOT_FOUND, "26.1601.999");
    assertRefused(takeUp("quentin", "actions", "26.1601.999"), HttpStatus.NOT_FOUND, "26.1601.999");

    assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(register.get(open).processInstanceId()).isNull();
    assertThat(followUps.of(open)).extracting(FollowUp::text).noneMatch(text -> text.startsWith("Traitement repris"));
  }

  @Test
  void anActionRecordedInTheToolHasItsProcessAndIsNotTakenUp() {
    String source = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();
    Map<String, Object> action = Map.of("subject", "Former l'accueil", "personInCharge", "bruno",
        "dueDate", LocalDate.now(PARIS).plusMonths(1).toString(), "agency", agency, "sources", List.of(source));
    String orderNumber = (String) http.withBasicAuth("quentin", "quentin")
        .exchange("/api/actions", HttpMethod.POST, new HttpEntity<>(action), JSON).getBody().get("orderNumber");

    assertThat(actions.get(orderNumber).processInstanceId()).isEqualTo(instanceOf(orderNumber).getId());
    assertRefused(takeUp("quentin", "actions", orderNumber), HttpStatus.BAD_REQUEST, "déjà suivie par son processus");
  }

  @Test
  void twoPeopleTakingUpTheSameRowAtOnceStartOneProcess() throws Exception {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusDays(2), 1, "FS", "", "", ""));
    CompletableFuture<ResponseEntity<Map<String, Object>>> second = new TransactionTemplate(transactions).execute(first -> {
      as("bruno", () -> takeUps.complaint(orderNumber));
      CompletableFuture<ResponseEntity<Map<String, Object>>> meanwhile =
          CompletableFuture.supplyAsync(() -> takeUp("quentin", "complaints", orderNumber));
      assertThatThrownBy(() -> meanwhile.get(2, TimeUnit.SECONDS)).as("waits for the first to end")
          .isInstanceOf(TimeoutException.class);
      return meanwhile;
    });

    assertRefused(second.get(30, TimeUnit.SECONDS), HttpStatus.BAD_REQUEST, "déjà suivie par son processus");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).count()).isEqualTo(1);
    assertThat(followUps.of(orderNumber)).extracting(FollowUp::author).containsOnlyOnce("bruno")
        .doesNotContain("quentin");
  }

  @Test
  void aComplaintTakenUpIsAcknowledgedAndAnsweredToItsEndAsARecordedOne() {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusDays(2), 1, "FS", "", "", ""));
    assertThat(takeUp("bruno", "complaints", orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = instanceOf(orderNumber);

    completeAs("bruno", task("Task_AcknowledgeComplaint", instance), Map.of());
    completeAs("bruno", task("Task_AnswerComplaint", instance), Map.of("outcome", "ACCEPTED",
        "answerText", "Les heures seront rattrapées.", "dysfunctions", "Planning non tenu"));

    assertThat(instance).isEnded();
    assertThat(register.get(orderNumber).status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber)
        .processDefinitionKey("dysfunctionAnalysis").count()).as("its dysfunctions analysed").isEqualTo(1);
  }

  @Test
  void aComplaintTakenUpLateIsWithdrawnWithItsProcess() {
    String orderNumber = imported(line(LocalDate.now(PARIS).minusMonths(3), 1, "FS", "", "", ""));
    assertThat(takeUp("bruno", "complaints", orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = instanceOf(orderNumber);
    fireDueTimers(instance);

    ResponseEntity<Map<String, Object>> withdrawn = http.withBasicAuth("bruno", "bruno").exchange(
        "/api/complaints/{n}/withdrawal", HttpMethod.POST,
        new HttpEntity<>(Map.of("kind", "WITHDRAWN_BY_CLIENT", "reason", "Accord trouvé au téléphone")), JSON, orderNumber);

    assertThat(withdrawn.getStatusCode()).as("%s", withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(instance).isEnded();
    assertThat(register.get(orderNumber).status()).isEqualTo(ComplaintStatus.WITHDRAWN);
  }

  @Test
  void anActionTakenUpAtItsCheckFoundIneffectiveIsDecidedAgainAndClosed() {
    LocalDate decided = LocalDate.now(PARIS).minusMonths(1);
    String orderNumber = imported(line(decided, 3, "PA", "Bruno Lefèvre", decided.plusDays(10).format(FRENCH),
        "Vérification de l'efficacité"));
    assertThat(takeUp("quentin", "actions", orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = instanceOf(orderNumber);

    completeAs("quentin", task("Task_CheckEffectiveness", instance),
        Map.of("effective", false, "effectivenessFinding", "Les horaires ne sont toujours pas affichés."));
    completeAs("quentin", task("Task_DecideAction", instance), Map.of("actionSubject", "Afficher les horaires en vitrine",
        "personInCharge", "bruno", "dueDate", LocalDate.now(PARIS).plusMonths(1).toString(),
        "checkDate", LocalDate.now(PARIS).plusMonths(2).toString()));
    assertThat(task("Task_CarryOutAction", instance)).isAssignedTo("bruno");
    completeAs("bruno", task("Task_CarryOutAction", instance), Map.of());
    completeAs("quentin", task("Task_CheckEffectiveness", instance), Map.of("effective", true));

    assertThat(instance).isEnded();
    assertThat(actions.get(orderNumber).status()).hasToString("CLOSED");
  }

  /** A tracking sheet's line of the test's agency: sequence n, dated on the day, handled by whom, due, with a status. */
  private String line(LocalDate day, int sequence, String origin, String handler, String dueDate, String status) {
    return day.getYear() + ";" + day.format(FRENCH) + ";Paul Martin;" + orderNumber(day, sequence) + ";" + origin
        + ";Heures de conduite non faites;;;" + handler + ";" + dueDate + ";;" + status + "\r\n";
  }

  private String orderNumber(LocalDate day, int sequence) {
    return String.format("%02d.%s.%03d", day.getYear() % 100, agency, sequence);
  }

  /** Imports the line as the quality manager; its order number. */
  private String imported(String line) {
    ResponseEntity<Map<String, Object>> imported = RegisterSheetUploads.importCsv(http, "quentin", line);
    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    return line.split(";")[3];
  }

  private ResponseEntity<Map<String, Object>> takeUp(String user, String kind, String orderNumber) {
    return http.withBasicAuth(user, user).exchange("/api/" + kind + "/" + orderNumber + "/take-up", HttpMethod.POST,
        null, JSON);
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> response, HttpStatus status, String saying) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(ApiAnswers.errors(response)).extracting(error -> (String) error.get("message"))
        .anyMatch(message -> message.contains(saying));
  }

  private ProcessInstance instanceOf(String orderNumber) {
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
  }
}
