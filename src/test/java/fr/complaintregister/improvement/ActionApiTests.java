package fr.complaintregister.improvement;

import static fr.complaintregister.testing.ApiAnswers.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The corrective actions' domain API as a client sees it, over HTTP with the demo users. */
class ActionApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  private static final ParameterizedTypeReference<List<Map<String, Object>>> PEOPLE = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<String>> CODES = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;

  private String agency;
  private String complaint;

  @BeforeEach
  void aComplaint() {
    agency = newAgency();
    complaint = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();
  }

  @Test
  void qualityManagerRecordsAnActionThatStartsAtCarryOutAndIsListedByItsComplaint() {
    ResponseEntity<Map<String, Object>> response = post("quentin", action("bruno"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String orderNumber = (String) response.getBody().get("orderNumber");
    assertThat(orderNumber).as("the complaints' counter").endsWith("." + agency + ".002");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/actions/" + orderNumber);
    assertThat(response.getBody())
        .containsEntry("origin", "PA")
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("personInCharge", "bruno")
        .containsEntry("dueDate", "2026-12-31")
        .containsEntry("checkDate", "2027-01-31")
        .containsEntry("decidedBy", "quentin")
        .containsEntry("sources", List.of(complaint));

    Map<String, Object> read = get("audrey", "/api/actions/" + orderNumber).getBody();
    assertThat(read).containsEntry("subject", "Former l'accueil au registre").containsKey("followUps");
    assertThat(get("bruno", "/api/complaints/" + complaint).getBody().get("actions")).isEqualTo(List.of(
        Map.of("orderNumber", orderNumber, "subject", "Former l'accueil au registre", "status", "IN_PROGRESS")));
  }

  @Test
  void aHandlerCannotDecideAnAction() {
    ResponseEntity<Map<String, Object>> response = post("bruno", action("bruno"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(response)).extracting(error -> error.get("message")).containsExactly(
        "Seuls le responsable qualité et la direction peuvent décider une action corrective.");
  }

  @Test
  void anAuditorCannotDecideAnAction() {
    assertThat(post("audrey", action("bruno")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("audrey", "/api/complaints/" + complaint).getBody().get("actions")).isEqualTo(List.of());
  }

  @Test
  void thePersonInChargeMustBeAUserOfTheActionsAgency() {
    ResponseEntity<Map<String, Object>> response = post("quentin", action("claire"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(Map.of("field", "personInCharge", "message",
        "« claire » n'est pas un utilisateur de l'agence " + agency
            + " : choisissez la personne chargée de l'action parmi les utilisateurs de l'agence."));
    assertThat(get("bruno", "/api/complaints/" + complaint).getBody().get("actions")).isEqualTo(List.of());
  }

  @Test
  void everySourceMustBeAComplaintOfTheRegister() {
    Map<String, Object> body = action("bruno");
    body.put("sources", List.of(complaint, "26.1601.999"));

    ResponseEntity<Map<String, Object>> response = post("quentin", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(Map.of("field", "sources", "message", "Aucune réclamation ne porte le "
        + "numéro d'ordre « 26.1601.999 » : indiquez les réclamations à l'origine de l'action par leur numéro d'ordre."));
  }

  @Test
  void aNetworkWidePersonMayBeInChargeOfAnAgencysAction() {
    assertThat(post("quentin", action("diane")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anUnknownActionIs404InFrench() {
    ResponseEntity<Map<String, Object>> response = get("quentin", "/api/actions/26.1601.999");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(errors(response)).extracting(error -> error.get("message"))
        .containsExactly("Aucune action corrective ne porte le numéro d'ordre « 26.1601.999 ».");
  }

  @Test
  void oneActionAnswersTwoComplaintsAndIsVisibleFromBoth() {
    String action = recordedAction();
    String second = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();

    ResponseEntity<Map<String, Object>> response = link("quentin", action, second);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("orderNumber", action).containsEntry("sources", List.of(complaint, second));
    assertThat(get("audrey", "/api/actions/" + action).getBody()).containsEntry("sources", List.of(complaint, second));
    for (String source : List.of(complaint, second)) {
      assertThat(get("bruno", "/api/complaints/" + source).getBody().get("actions")).isEqualTo(List.of(
          Map.of("orderNumber", action, "subject", "Former l'accueil au registre", "status", "IN_PROGRESS")));
    }
    assertThat(texts(get("bruno", "/api/complaints/" + second).getBody())).last()
        .isEqualTo("Rattachée à l'action corrective " + action + ".");
    assertThat(texts(response.getBody())).last().isEqualTo("Réclamation " + second + " rattachée à l'action.");
  }

  @Test
  void anActionAnswersOnlyTheRowsOfItsAgencyWhosePeopleAloneSeeIt() {
    String action = recordedAction();
    String elsewhere = receivedOn(newAgency(), LocalDate.now(PARIS).toString()).getBusinessKey();
    Map<String, Object> body = action("bruno");
    body.put("sources", List.of(complaint, elsewhere));

    ResponseEntity<Map<String, Object>> linked = link("quentin", action, elsewhere);
    ResponseEntity<Map<String, Object>> recorded = post("quentin", body);

    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(linked)).extracting(error -> error.get("message")).containsExactly("La ligne " + elsewhere
        + " est de l'agence " + elsewhere.split("\\.")[1] + " : une action corrective de l'agence " + agency
        + " ne répond qu'aux lignes de son agence.");
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertUnchanged(action, elsewhere);
    assertThat(get("quentin", "/api/complaints/" + elsewhere).getBody().get("actions")).isEqualTo(List.of());
  }

  @Test
  void aHandlerCannotLinkAComplaintToAnAction() {
    String action = recordedAction();
    String second = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();

    ResponseEntity<Map<String, Object>> response = link("bruno", action, second);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(response)).extracting(error -> error.get("message")).containsExactly(
        "Seuls le responsable qualité et la direction peuvent décider une action corrective.");
    assertUnchanged(action, second);
  }

  @Test
  void aClosedActionTakesNoMoreComplaints() {
    String action = recordedAction();
    ProcessInstance process = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("correctiveAction").processInstanceBusinessKey(action).singleResult();
    completeAs("bruno", task("Task_CarryOutAction", process), Map.of("carryOutReport", "Fait."));
    completeAs("quentin", task("Task_CheckEffectiveness", process), Map.of("effective", true));
    String second = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();

    ResponseEntity<Map<String, Object>> response = link("quentin", action, second);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).extracting(error -> error.get("message")).containsExactly("L'action corrective "
        + action + " est clôturée : une réclamation ne peut être rattachée qu'à une action en cours.");
    assertUnchanged(action, second);
  }

  @Test
  void anUnknownComplaintCannotBeLinked() {
    String action = recordedAction();
    List<String> logBefore = texts(get("quentin", "/api/actions/" + action).getBody());

    ResponseEntity<Map<String, Object>> response = link("quentin", action, "26.1601.999");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(Map.of("field", "orderNumber", "message", "Aucune réclamation ne "
        + "porte le numéro d'ordre « 26.1601.999 » : indiquez la réclamation à rattacher par son numéro d'ordre."));
    Map<String, Object> read = get("quentin", "/api/actions/" + action).getBody();
    assertThat(read).containsEntry("sources", List.of(complaint));
    assertThat(texts(read)).isEqualTo(logBefore);
  }

  @Test
  void aComplaintAlreadyLinkedIsRefusedAndNotLoggedTwice() {
    String action = recordedAction();
    List<String> complaintLog = texts(get("quentin", "/api/complaints/" + complaint).getBody());
    List<String> actionLog = texts(get("quentin", "/api/actions/" + action).getBody());

    ResponseEntity<Map<String, Object>> response = link("quentin", action, complaint);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(Map.of("field", "orderNumber", "message",
        "La réclamation " + complaint + " est déjà rattachée à l'action corrective " + action + "."));
    assertThat(texts(get("quentin", "/api/complaints/" + complaint).getBody())).isEqualTo(complaintLog);
    assertThat(texts(get("quentin", "/api/actions/" + action).getBody())).isEqualTo(actionLog);
  }

  @Test
  void anUnknownActionTakesNoComplaint() {
    ResponseEntity<Map<String, Object>> response = link("quentin", "26.1601.999", complaint);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("bruno", "/api/complaints/" + complaint).getBody().get("actions")).isEqualTo(List.of());
  }

  @Test
  void theQualityManagerChoosesThePersonInChargeAmongTheAgencysUsersButNotItsAuditors() {
    ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth("quentin", "quentin")
        .exchange("/api/actions/people-in-charge?agency=" + DEMO_AGENCY, HttpMethod.GET, null, PEOPLE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extracting(person -> person.get("id")).contains("bruno", "quentin", "diane")
        .doesNotContain("audrey", "claire");
    assertThat(response.getBody()).allSatisfy(person -> assertThat(person.get("name")).isNotNull());
  }

  @Test
  void aHandlerDoesNotGetThePeopleInCharge() {
    ResponseEntity<Map<String, Object>> response = get("bruno", "/api/actions/people-in-charge?agency=" + DEMO_AGENCY);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(response)).extracting(error -> error.get("message")).containsExactly(
        "Seuls le responsable qualité et la direction peuvent décider une action corrective.");
  }

  @Test
  void thePeopleInChargeOfAnUnknownOrMissingAgencyAre400InFrench() {
    ResponseEntity<Map<String, Object>> unknown = get("quentin", "/api/actions/people-in-charge?agency=9999");
    ResponseEntity<Map<String, Object>> missing = get("quentin", "/api/actions/people-in-charge");

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(unknown)).containsExactly(Map.of("field", "agency", "message", "L'agence « 9999 » n'existe pas : "
        + "un administrateur la crée dans Camunda Admin (Tenants), avec le code agence pour identifiant."));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(missing)).containsExactly(Map.of("field", "agency", "message", "Le champ « Agence » est obligatoire."));
  }

  @Test
  void theQualityManagerChoosesAmongEveryAgencyAHandlerAmongNone() {
    ResponseEntity<List<String>> response = http.withBasicAuth("quentin", "quentin")
        .exchange("/api/actions/agencies", HttpMethod.GET, null, CODES);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains(DEMO_AGENCY, "1602", agency).isSorted();
    assertThat(get("bruno", "/api/actions/agencies").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String recordedAction() {
    return (String) post("quentin", action("bruno")).getBody().get("orderNumber");
  }

  private void assertUnchanged(String action, String second) {
    Map<String, Object> read = get("quentin", "/api/actions/" + action).getBody();
    assertThat(read).containsEntry("sources", List.of(complaint));
    assertThat(texts(read)).noneMatch(text -> text.contains(second));
    Map<String, Object> secondRead = get("quentin", "/api/complaints/" + second).getBody();
    assertThat(secondRead.get("actions")).isEqualTo(List.of());
    assertThat(texts(secondRead)).noneMatch(text -> text.contains(action));
  }

  private ResponseEntity<Map<String, Object>> link(String user, String action, String source) {
    return http.withBasicAuth(user, user).exchange("/api/actions/" + action + "/links", HttpMethod.POST,
        new HttpEntity<>(Map.of("orderNumber", source)), JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Map<String, Object> detail) {
    return ((List<Map<String, Object>>) detail.get("followUps")).stream().map(line -> (String) line.get("text")).toList();
  }

  private Map<String, Object> action(String personInCharge) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", "Former l'accueil au registre");
    body.put("personInCharge", personInCharge);
    body.put("dueDate", "2026-12-31");
    body.put("agency", agency);
    body.put("sources", List.of(complaint));
    return body;
  }

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, user).exchange("/api/actions", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, JSON);
  }
}
