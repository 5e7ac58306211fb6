package fr.complaintregister.complaint;

import static fr.complaintregister.testing.ApiAnswers.errors;
import static fr.complaintregister.testing.ApiAnswers.jsonHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The domain API as a client sees it, over HTTP with the demo users. */
class ComplaintApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;

  @Test
  void recordingAnswers201WithTheOrderNumberAndBothDeadlines() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).toString();

    ResponseEntity<Map<String, Object>> response = post("alice", complaintForm(agency, today));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String orderNumber = String.format("%02d.%s.001", LocalDate.now(PARIS).getYear() % 100, agency);
    assertThat(response.getHeaders().getLocation()).hasToString("/api/complaints/" + orderNumber);
    assertThat(response.getBody())
        .containsEntry("orderNumber", orderNumber)
        .containsEntry("acknowledgementDueDate", LocalDate.now(PARIS).plusDays(10).toString())
        .containsEntry("answerDueDate", LocalDate.now(PARIS).plusMonths(2).toString())
        .containsKey("processInstanceId");
  }

  @Test
  void receptionDateDefaultsToToday() {
    Map<String, Object> form = complaintForm(newAgency(), null);
    form.remove("receptionDate");

    String orderNumber = (String) post("alice", form).getBody().get("orderNumber");

    assertThat(register.get(orderNumber).receptionDate()).isEqualTo(LocalDate.now(PARIS));
  }

  @Test
  void invalidRecordingAnswers400WithAFrenchMessagePerFieldAndStoresNothing() {
    String agency = newAgency();
    Map<String, Object> form = complaintForm(agency, LocalDate.now(PARIS).plusDays(1).toString());
    form.remove("clientName");
    form.remove("clientAddress");
    form.put("channel", "pigeon");

    ResponseEntity<Map<String, Object>> response = post("alice", form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactlyInAnyOrder(
        Map.of("field", "receptionDate", "message", "La date de réception ne peut pas être dans le futur."),
        Map.of("field", "clientName", "message", "Le champ « Nom du client » est obligatoire."),
        Map.of("field", "clientEmail", "message",
            "Indiquez au moins une adresse e-mail ou une adresse postale pour répondre au client."),
        Map.of("field", "channel", "message", "La valeur « pigeon » n'est pas admise pour le champ « Canal de réception »."));
    assertThat(listed(agency, null, null).page().totalElements()).isZero();
    assertThat(post("alice", complaintForm(agency, LocalDate.now(PARIS).toString())).getBody())
        .as("the refused request used no number").extractingByKey("orderNumber").asString().endsWith(".001");
  }

  @Test
  void bodyThatIsNotJsonAnswers400() {
    ResponseEntity<Map<String, Object>> response = http.withBasicAuth("alice", "alice").exchange("/api/complaints",
        HttpMethod.POST, new HttpEntity<>("pas du JSON", jsonHeaders()), JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).extracting(error -> error.get("message"))
        .containsExactly("Le corps de la requête doit être un objet JSON valide.");
  }

  @Test
  void callersWithoutValidCredentialsAreRefused() {
    assertThat(http.getForEntity("/api/register", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("personne", "inconnu").getForEntity("/api/register", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void complaintShowsItsRowStatusAndFollowUpLog() {
    String orderNumber = (String) post("alice", complaintForm(newAgency(), LocalDate.now(PARIS).toString()))
        .getBody().get("orderNumber");

    ResponseEntity<Map<String, Object>> added = postFollowUp("bruno", orderNumber, "Client rappelé.");
    Map<String, Object> complaint = get("bruno", "/api/complaints/" + orderNumber).getBody();

    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(complaint)
        .containsEntry("orderNumber", orderNumber)
        .containsEntry("status", "AWAITING_ACKNOWLEDGEMENT")
        .containsEntry("clientName", "Jeanne Dupont")
        .containsEntry("channel", "courrier")
        .containsEntry("overdue", false);
    assertThat((List<Map<String, Object>>) complaint.get("followUps"))
        .extracting(entry -> entry.get("author") + " : " + entry.get("text"))
        .containsExactly("alice : Réclamation reçue par courrier et enregistrée au registre.",
            "alice : Courrier émis : Récépissé, « Récépissé " + orderNumber + " du "
                + LocalDate.now(PARIS).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ".pdf », à imprimer.",
            "bruno : Client rappelé.");
  }

  @Test
  void emptyFollowUpIsRefusedAndUnknownComplaintIsNotFound() {
    String orderNumber = (String) post("alice", complaintForm(newAgency(), LocalDate.now(PARIS).toString()))
        .getBody().get("orderNumber");

    ResponseEntity<Map<String, Object>> empty = postFollowUp("bruno", orderNumber, " ");
    ResponseEntity<Map<String, Object>> unknown = get("bruno", "/api/complaints/99.9999.999");

    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(followUps.of(orderNumber)).as("the recording's line and its receipt's").hasSize(2);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(errors(unknown)).extracting(error -> error.get("message"))
        .containsExactly("Aucune réclamation ne porte le numéro d'ordre « 99.9999.999 ».");
  }

  @Test
  void registerIsPagedAndFilteredByAgencyYearStatusAndText() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).toString();
    for (String client : List.of("Anne Martin", "Paul Durand", "Lucie Bernard")) {
      Map<String, Object> form = complaintForm(agency, today);
      form.put("clientName", client);
      post("alice", form);
    }

    Map<String, Object> firstPage = get("audrey", "/api/register?agency=" + agency + "&status=open&size=2").getBody();
    Map<String, Object> secondPage = get("audrey", "/api/register?agency=" + agency + "&page=1&size=2").getBody();
    Map<String, Object> closed = get("audrey", "/api/register?agency=" + agency + "&status=closed").getBody();
    Map<String, Object> found = get("audrey", "/api/register?agency=" + agency + "&q=durand").getBody();
    Map<String, Object> otherYear = get("audrey", "/api/register?agency=" + agency + "&year=2001").getBody();

    assertThat(firstPage.get("page")).isEqualTo(Map.of("number", 0, "size", 2, "totalElements", 3, "totalPages", 2));
    assertThat(clientNames(firstPage)).as("newest first").containsExactly("Lucie Bernard", "Paul Durand");
    assertThat(clientNames(secondPage)).containsExactly("Anne Martin");
    assertThat(clientNames(closed)).isEmpty();
    assertThat(clientNames(found)).containsExactly("Paul Durand");
    assertThat(clientNames(otherYear)).isEmpty();
  }

  @Test
  void wrongRegisterFiltersAnswer400() {
    assertThat(get("audrey", "/api/register?status=perdu").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("audrey", "/api/register?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("audrey", "/api/register?year=deux-mille").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("audrey", "/api/register?origin=XX").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> lowerCase = get("audrey", "/api/register?status=checking&origin=PA");
    assertThat(lowerCase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(lowerCase)).containsExactly(Map.of("field", "status", "message", "Le statut « checking » est "
        + "inconnu : utilisez open, closed, un statut de réclamation ou un statut d'action corrective (DECIDED, "
        + "IN_PROGRESS, CHECKING, CLOSED)."));
  }

  @Test
  void recordingInAnAgencyOneDoesNotBelongToAnswers403AndRecordsNothing() {
    String agency = newAgency();
    Map<String, Object> form = complaintForm(agency, LocalDate.now(PARIS).toString());

    ResponseEntity<Map<String, Object>> response = post("camille", form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(response)).containsExactly(Map.of("field", "agency",
        "message", "Vous n'êtes pas membre de l'agence « " + agency + " » : ses réclamations ne vous sont pas accessibles."));
    assertThat(post("alice", form).getBody()).as("the refused request used no number")
        .extractingByKey("orderNumber").asString().endsWith(".001");
  }

  @Test
  void anAgencyThatDoesNotExistIsRefusedEvenToTheAdministrator() {
    ResponseEntity<Map<String, Object>> response = post("demo", complaintForm("ZZ99", LocalDate.now(PARIS).toString()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).extracting(error -> error.get("message")).containsExactly(
        "L'agence « ZZ99 » n'existe pas : un administrateur la crée dans Camunda Admin (Tenants), avec le code agence pour identifiant.");
    assertThat(listed("ZZ99", null, null)
        .page().totalElements()).isZero();
  }

  @Test
  void anAgencyCreatedInAdminIsOpenToTheNetworkFromItsFirstComplaint() {
    String agency = "N" + System.nanoTime() % 100_000_000;
    identityService.saveTenant(identityService.newTenant(agency));
    identityService.createTenantUserMembership(agency, "alice");

    String orderNumber = (String) post("alice", complaintForm(agency, LocalDate.now(PARIS).toString())).getBody().get("orderNumber");

    assertThat(get("diane", "/api/complaints/" + orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("audrey", "/api/complaints/" + orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("claire", "/api/complaints/" + orderNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anAuditorReadsButCannotRecordOrWrite() {
    String agency = newAgency();
    String orderNumber = (String) post("alice", complaintForm(agency, LocalDate.now(PARIS).toString())).getBody().get("orderNumber");

    ResponseEntity<Map<String, Object>> recording = post("audrey", complaintForm(agency, LocalDate.now(PARIS).toString()));
    ResponseEntity<Map<String, Object>> note = postFollowUp("audrey", orderNumber, "Vu en audit.");

    assertThat(recording.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(recording)).extracting(error -> error.get("message"))
        .containsExactly("Votre rôle ne permet pas d'enregistrer une réclamation.");
    assertThat(note.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(note)).extracting(error -> error.get("message"))
        .containsExactly("Votre rôle permet de consulter le registre, pas de le modifier.");
    assertThat(get("audrey", "/api/complaints/" + orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theRegisterListsOnlyTheCallersAgencies() {
    String agency = newAgency();
    post("alice", complaintForm(agency, LocalDate.now(PARIS).toString()));

    assertThat(get("bruno", "/api/register?agency=" + agency).getBody()).extractingByKey("page")
        .hasFieldOrPropertyWithValue("totalElements", 1);
    assertThat(get("claire", "/api/register?agency=" + agency).getBody()).extractingByKey("page")
        .hasFieldOrPropertyWithValue("totalElements", 0);
    assertThat(get("diane", "/api/register?agency=" + agency).getBody()).extractingByKey("page")
        .hasFieldOrPropertyWithValue("totalElements", 1);
  }

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, user).exchange("/api/complaints", HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), JSON);
  }

  private ResponseEntity<Map<String, Object>> postFollowUp(String user, String orderNumber, String text) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}/follow-ups", HttpMethod.POST,
        new HttpEntity<>(Map.of("text", text), jsonHeaders()), JSON, orderNumber);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> clientNames(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("content")).stream().map(row -> row.get("clientName")).toList();
  }
}
