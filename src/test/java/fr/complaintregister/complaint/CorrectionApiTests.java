package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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

/** Correcting a recorded complaint through the domain API: what changes, what is kept, who may. */
class CorrectionApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;

  @Test
  void aCorrectionChangesTheRowAndLeavesWhatWhoAndWhenInTheRegister() {
    clockAt("2026-03-02T14:35:20");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-03-02");

    ResponseEntity<Map<String, Object>> response = patch("bruno", complaint,
        Map.of("clientName", "Jeanne Dupond", "subject", "Leçon de conduite annulée sans prévenir", "channel", "email"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("clientName", "Jeanne Dupond").containsEntry("channel", "email");
    assertThat(row(complaint).clientName()).isEqualTo("Jeanne Dupond");
    assertThat(list(response.getBody(), "corrections")).as("an unchanged subject is no correction").containsExactly(
        Map.of("field", "clientName", "from", "Jeanne Dupont", "to", "Jeanne Dupond", "by", "bruno", "at", "2026-03-02T14:35:20"),
        Map.of("field", "channel", "from", "courrier", "to", "email", "by", "bruno", "at", "2026-03-02T14:35:20"));
    assertThat(list(response.getBody(), "followUps")).last()
        .extracting(line -> line.get("author") + " : " + line.get("text"))
        .isEqualTo("bruno : Correction : « Nom du client », « Canal de réception »"
            + " (ancienne et nouvelle valeur dans les corrections du dossier).");
  }

  @Test
  void theRegisterSearchFindsTheCorrectedNameAndNoLongerTheMisspeltOne() {
    String agency = newAgency();
    ProcessInstance complaint = receivedOn(agency, LocalDate.now(PARIS).toString());

    patch("bruno", complaint, Map.of("clientName", "Hélène Gérôme"));

    assertThat(orderNumbersFound(agency, "helene gerome")).containsExactly(complaint.getBusinessKey());
    assertThat(orderNumbersFound(agency, "dupont")).isEmpty();
  }

  private List<String> orderNumbersFound(String agency, String text) {
    return listed(agency, null, text)
        .content().stream().map(RegisterRow::orderNumber).toList();
  }

  @Test
  void theOpenTaskShowsTheCorrectedClientAndSubject() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());

    patch("bruno", complaint, Map.of("clientName", "Jeanne Dupond", "subject", "Leçon annulée le 3 mars"));

    String openTask = task(complaint).getId();
    assertThat(taskService.getVariableLocal(openTask, "clientName")).isEqualTo("Jeanne Dupond");
    assertThat(taskService.getVariableLocal(openTask, "subject")).isEqualTo("Leçon annulée le 3 mars");
    assertThat((String) taskService.getVariableLocal(openTask, "complaintSummary"))
        .contains("Jeanne Dupond").contains("Leçon annulée le 3 mars");
  }

  @Test
  void theReceptionDateAndTheAgencyCannotBeCorrectedAndNothingChanges() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());

    ResponseEntity<Map<String, Object>> response = patch("bruno", complaint,
        Map.of("clientName", "Jeanne Dupond", "receptionDate", "2020-01-01", "agency", "1602"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(response.getBody(), "errors")).extracting(error -> error.get("field") + " : " + error.get("message"))
        .containsExactlyInAnyOrder(
            "receptionDate : Le champ « Date de réception » ne peut pas être corrigé : les délais courent depuis"
                + " l'enregistrement. Si la valeur est fausse, enregistrez la réclamation de nouveau avec la"
                + " bonne valeur, puis retirez celle-ci (enregistrée en double) en indiquant la réclamation qui la remplace.",
            "agency : Le champ « Agence » ne peut pas être corrigé : les délais courent depuis"
                + " l'enregistrement. Si la valeur est fausse, enregistrez la réclamation de nouveau avec la"
                + " bonne valeur, puis retirez celle-ci (enregistrée en double) en indiquant la réclamation qui la remplace.");
    assertUnchanged(complaint);
  }

  @Test
  void anInvalidValueIsRefusedWithTheRecordingFormsMessagesAndNothingChanges() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    Map<String, Object> fields = new HashMap<>();
    fields.put("clientName", "Jeanne Dupond");
    fields.put("channel", "pigeon");
    fields.put("clientAddress", null);

    ResponseEntity<Map<String, Object>> response = patch("bruno", complaint, fields);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(response.getBody(), "errors")).extracting(error -> error.get("field") + " : " + error.get("message"))
        .containsExactlyInAnyOrder(
            "channel : La valeur « pigeon » n'est pas admise pour le champ « Canal de réception ».",
            "clientEmail : Indiquez au moins une adresse e-mail ou une adresse postale pour répondre au client.");
    assertUnchanged(complaint);
  }

  @Test
  void anUnknownFieldOrAnEmptyBodyIsRefused() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());

    ResponseEntity<Map<String, Object>> unknown = patch("bruno", complaint, Map.of("clientName", "Jeanne Dupond", "status", "ANSWERED"));
    ResponseEntity<Map<String, Object>> empty = patch("bruno", complaint, Map.of());

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(unknown.getBody(), "errors")).extracting(error -> error.get("field")).containsExactly("status");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(empty.getBody(), "errors")).extracting(error -> error.get("message"))
        .containsExactly("Indiquez au moins un champ à corriger.");
    assertUnchanged(complaint);
  }

  @Test
  void onlyHandlersOfTheComplaintsAgencyMayCorrectIt() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    Map<String, Object> fields = Map.of("clientName", "Jeanne Dupond");

    ResponseEntity<Map<String, Object>> frontDesk = patch("alice", complaint, fields);
    ResponseEntity<Map<String, Object>> otherAgency = patch("claire", complaint, fields);
    ResponseEntity<Map<String, Object>> auditor = patch("audrey", complaint, fields);

    assertThat(List.of(frontDesk, otherAgency, auditor)).extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.FORBIDDEN);
    assertThat(list(frontDesk.getBody(), "errors")).extracting(error -> error.get("message")).containsExactly(
        "Seuls les gestionnaires, les signataires et la direction peuvent corriger une réclamation.");
    assertThat(list(otherAgency.getBody(), "errors")).extracting(error -> error.get("field")).containsExactly("agency");
    assertThat(list(auditor.getBody(), "errors")).extracting(error -> error.get("message"))
        .containsExactly("Votre rôle permet de consulter le registre, pas de le modifier.");
    assertThat(patch("diane", complaint, fields).getStatusCode()).as("the direction handles every agency").isEqualTo(HttpStatus.OK);
  }

  @Test
  void followUpsCarryTheTimeTheyWereRecorded() {
    clockAt("2026-03-02T09:05:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-03-02");
    clockAt("2026-03-04T16:48:31");
    as("bruno", () -> complaints.addFollowUp(complaint.getBusinessKey(), Map.of("text", "Client rappelé.")));

    Map<String, Object> detail = http.withBasicAuth("bruno", "bruno")
        .exchange("/api/complaints/{n}", HttpMethod.GET, null, JSON, complaint.getBusinessKey()).getBody();

    assertThat(list(detail, "followUps")).extracting(line -> line.get("entryDate") + " " + line.get("recordedAt"))
        .as("the recording, its receipt, the note")
        .containsExactly("2026-03-02 2026-03-02T09:05:00", "2026-03-02 2026-03-02T09:05:00", "2026-03-04 2026-03-04T16:48:31");
  }

  private void assertUnchanged(ProcessInstance complaint) {
    assertThat(row(complaint).clientName()).isEqualTo("Jeanne Dupont");
    assertThat(row(complaint).channel()).isEqualTo(Channel.COURRIER);
    assertThat(row(complaint).clientAddress()).isEqualTo("3 rue des Lilas, 16000 Angoulême");
    assertThat(followUpTexts(complaint)).as("the recording's line and its receipt's").hasSize(2);
    assertThat(complaints.detail(complaint.getBusinessKey()).corrections()).isEmpty();
  }

  private ResponseEntity<Map<String, Object>> patch(String user, ProcessInstance complaint, Map<String, Object> fields) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}", HttpMethod.PATCH,
        new HttpEntity<>(fields, headers), JSON, complaint.getBusinessKey());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }
}
