package fr.complaintregister.history;

import static fr.complaintregister.testing.ApiAnswers.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
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
  void aHandlerOfAnotherAgencyIsRefusedInFrench() {
    ResponseEntity<Map<String, Object>> answer = history("claire", complaint);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(answer).get(0).get("message"))
        .isEqualTo("Vous n'êtes pas membre de l'agence « 1601 » : ses réclamations ne vous sont pas accessibles.");
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
    assertThat(history("audrey", "26.1601.999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map<String, Object>> history(String user, String orderNumber) {
    return http.withBasicAuth(user, user).exchange("/api/history/" + orderNumber, HttpMethod.GET, null, JSON);
  }
}
