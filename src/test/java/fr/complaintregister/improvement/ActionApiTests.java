package fr.complaintregister.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }
}
