package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.register.RegisterRow;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A complaint withdrawn through the domain API: its process ends through the model, its row stays, closed. */
class WithdrawalTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;

  @Test
  void withdrawalEndsTheProcessThroughItsEventSubProcessWithNoTaskOrTimerLeft() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    clockAt("2026-02-11T00:00");
    fireDueTimers(complaint);
    assertThat(row(complaint).overdue()).as("late before its withdrawal").isTrue();

    clockAt("2026-02-12T10:15");
    ResponseEntity<Map<String, Object>> response = withdraw("bruno", complaint.getBusinessKey(),
        Map.of("kind", "WITHDRAWN_BY_CLIENT", "reason", "Le client a trouvé un accord avec son moniteur."));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .containsEntry("status", "WITHDRAWN")
        .containsEntry("closureDate", "2026-02-12")
        .containsEntry("overdue", false)
        .extractingByKey("withdrawal", MAP).containsOnlyKeys("kind", "reason", "by", "at", "replacedBy")
        .containsEntry("kind", "WITHDRAWN_BY_CLIENT")
        .containsEntry("reason", "Le client a trouvé un accord avec son moniteur.")
        .containsEntry("by", "bruno")
        .containsEntry("at", "2026-02-12T10:15:00")
        .containsEntry("replacedBy", null);
    assertThat(complaint).isEnded().hasPassed("Task_RecordWithdrawal", "EndEvent_ComplaintWithdrawn")
        .hasNotPassed("EndEvent_ComplaintClosed");
    assertThat(taskService.createTaskQuery().processInstanceId(complaint.getId()).count()).as("open tasks").isZero();
    assertThat(managementService.createJobQuery().processInstanceId(complaint.getId()).count()).as("timers").isZero();
    assertThat(followUps.of(complaint.getBusinessKey())).last().satisfies(entry -> {
      assertThat(entry.author()).isEqualTo("bruno");
      assertThat(entry.text()).isEqualTo(
          "Réclamation retirée : retirée par le client. Le client a trouvé un accord avec son moniteur.");
    });
  }

  @Test
  void aComplaintWhoseProcessAnAdministratorCancelledIsStillWithdrawnInTheRegister() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    runtimeService().deleteProcessInstance(complaint.getId(), "annulée dans Cockpit");

    ResponseEntity<Map<String, Object>> response = withdraw("bruno", complaint.getBusinessKey(),
        Map.of("kind", "NO_FOLLOW_UP", "reason", "Dossier annulé par erreur dans Cockpit."));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(row(complaint).status()).isEqualTo(ComplaintStatus.WITHDRAWN);
  }

  @Test
  void aWithdrawnComplaintStaysInTheRegisterOutOfTheOpenRows() {
    clockAt("2026-03-02T10:00");
    String agency = newAgency();
    ProcessInstance complaint = receivedOn(agency, "2026-03-02");

    withdraw("diane", complaint.getBusinessKey(), Map.of("kind", "NO_FOLLOW_UP", "reason", "Le client ne répond plus."));

    assertThat(rowsOf(agency, "open")).isEmpty();
    assertThat(rowsOf(agency, "closed")).containsExactly(complaint.getBusinessKey());
    assertThat(rowsOf(agency, "WITHDRAWN")).containsExactly(complaint.getBusinessKey());
  }

  @Test
  void aComplaintRecordedAgainNamesTheOneItReplacesAndIsNamedByIt() {
    clockAt("2026-03-02T10:00");
    String agency = newAgency();
    ProcessInstance wrongDate = receivedOn(agency, "2026-02-02");
    ProcessInstance recordedAgain = receivedOn(agency, "2026-03-02");

    ResponseEntity<Map<String, Object>> response = withdraw("sophie", wrongDate.getBusinessKey(), Map.of(
        "kind", "DUPLICATE", "reason", "Date de réception erronée.", "replacedBy", recordedAgain.getBusinessKey()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extractingByKey("withdrawal", MAP).containsEntry("replacedBy", recordedAgain.getBusinessKey());
    Map<String, Object> replacement = get("bruno", recordedAgain.getBusinessKey()).getBody();
    assertThat(replacement).containsEntry("replaces", List.of(wrongDate.getBusinessKey())).containsEntry("withdrawal", null);
    assertThat(followUpTexts(wrongDate)).last().isEqualTo("Réclamation retirée : enregistrée en double. "
        + "Date de réception erronée. Remplacée par la réclamation " + recordedAgain.getBusinessKey() + ".");
    assertThat(followUpTexts(recordedAgain)).last().isEqualTo(
        "Réclamation enregistrée en remplacement de la réclamation " + wrongDate.getBusinessKey() + ", retirée.");
    assertThat(recordedAgain).as("the replacement goes on").isWaitingAt("Task_AcknowledgeComplaint");
  }

  @Test
  void refusedWithdrawalsSayWhyInFrenchAndChangeNothing() {
    clockAt("2026-03-02T10:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-03-02");
    String orderNumber = complaint.getBusinessKey();
    Map<String, Object> valid = Map.of("kind", "DUPLICATE", "reason", "Saisie en double.");

    assertRefused(withdraw("alice", orderNumber, valid), HttpStatus.FORBIDDEN, null,
        "Seuls les gestionnaires, les signataires et la direction peuvent retirer une réclamation.");
    assertRefused(withdraw("audrey", orderNumber, valid), HttpStatus.FORBIDDEN, null,
        "Votre rôle permet de consulter le registre, pas de le modifier.");
    assertThat(withdraw("claire", orderNumber, valid).getStatusCode()).as("another agency").isEqualTo(HttpStatus.FORBIDDEN);
    assertRefused(withdraw("bruno", orderNumber, Map.of("kind", "DUPLICATE", "reason", "  ")), HttpStatus.BAD_REQUEST,
        "reason", "Le champ « Explication du retrait » est obligatoire.");
    assertRefused(withdraw("bruno", orderNumber, Map.of("kind", "OUBLI", "reason", "Saisie en double.")),
        HttpStatus.BAD_REQUEST, "kind", "La valeur « OUBLI » n'est pas admise pour le champ « Motif du retrait ».");
    assertRefused(withdraw("bruno", orderNumber, withReplacement(valid, orderNumber)), HttpStatus.BAD_REQUEST,
        "replacedBy", "Une réclamation ne peut pas se remplacer elle-même : indiquez le numéro d'ordre"
            + " de la réclamation enregistrée à sa place.");
    assertRefused(withdraw("bruno", orderNumber, withReplacement(valid, "26.9999.999")), HttpStatus.BAD_REQUEST,
        "replacedBy", "Aucune réclamation ne porte le numéro d'ordre « 26.9999.999 ».");

    RegisterEntry row = row(complaint);
    assertThat(row.status()).isEqualTo(ComplaintStatus.AWAITING_ACKNOWLEDGEMENT);
    assertThat(row.closureDate()).isNull();
    assertThat(register.withdrawal(orderNumber)).isEmpty();
    assertThat(followUps.of(orderNumber)).as("the recording's line and its receipt's").hasSize(2);
    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint");
    assertThat(timer(complaint, "Timer_AcknowledgementEscalation")).isNotNull();
  }

  @Test
  void anAnsweredOrWithdrawnComplaintCannotBeWithdrawn() {
    clockAt("2026-03-02T10:00");
    String agency = newAgency();
    Map<String, Object> answeredAtDesk = new HashMap<>(complaintForm(agency, "2026-03-02"));
    answeredAtDesk.putAll(Map.of("answeredAtOnce", true, "outcome", "ACCEPTED", "answerText", "Leçon remboursée."));
    String answered = as("bruno", () -> complaints.record(answeredAtDesk)).orderNumber();
    String withdrawn = receivedOn(agency, "2026-03-02").getBusinessKey();
    Map<String, Object> valid = Map.of("kind", "NO_FOLLOW_UP", "reason", "Sans objet.");
    withdraw("bruno", withdrawn, valid);

    assertRefused(withdraw("bruno", answered, valid), HttpStatus.BAD_REQUEST, "status",
        "La réclamation " + answered + " a déjà reçu sa réponse : elle ne peut plus être retirée.");
    assertRefused(withdraw("bruno", withdrawn, valid), HttpStatus.BAD_REQUEST, "status",
        "La réclamation " + withdrawn + " est déjà retirée.");
    assertThat(register.get(answered).status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(register.withdrawal(answered)).isEmpty();
    assertThat(followUps.of(withdrawn)).extracting(FollowUp::text).filteredOn(text -> text.startsWith("Réclamation retirée"))
        .hasSize(1);
  }

  private static Map<String, Object> withReplacement(Map<String, Object> withdrawal, String replacedBy) {
    Map<String, Object> body = new HashMap<>(withdrawal);
    body.put("replacedBy", replacedBy);
    return body;
  }

  private List<String> rowsOf(String agency, String status) {
    return listed(agency, status, null)
        .content().stream().map(RegisterRow::orderNumber).toList();
  }

  private ResponseEntity<Map<String, Object>> withdraw(String user, String orderNumber, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}/withdrawal", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON, orderNumber);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String orderNumber) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}", HttpMethod.GET, null, JSON, orderNumber);
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> response, HttpStatus status, String field,
                                    String message) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    Map<String, Object> error = new HashMap<>();
    error.put("field", field);
    error.put("message", message);
    assertThat(response.getBody()).containsEntry("errors", List.of(error));
  }
}
