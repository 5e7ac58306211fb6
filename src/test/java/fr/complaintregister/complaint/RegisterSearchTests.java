package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/** The register listing as its users search it: what is late, a name typed without accents, "Mes dossiers". */
class RegisterSearchTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;

  @Test
  void overdueListsTheOpenComplaintsPastADueDateWhetherOrNotTheEscalationHasRun() {
    String agency = newAgency();
    LocalDate today = LocalDate.now(PARIS);
    ProcessInstance unacknowledged = receivedOn(agency, today.minusDays(11).toString());
    ProcessInstance acknowledgedInTime = receivedOn(agency, today.minusDays(11).toString());
    acknowledge(acknowledgedInTime);
    ProcessInstance unanswered = receivedOn(agency, today.minusMonths(2).minusDays(1).toString());
    acknowledge(unanswered);
    ProcessInstance lastDay = receivedOn(agency, today.minusDays(10).toString());

    Map<String, Object> overdue = get("bruno", "/api/register?overdue=true&agency=" + agency);

    assertThat(orderNumbers(overdue)).containsExactlyInAnyOrder(
        unacknowledged.getBusinessKey(), unanswered.getBusinessKey());
    assertThat(rows(get("bruno", "/api/register?agency=" + agency)))
        .filteredOn(row -> row.get("orderNumber").equals(lastDay.getBusinessKey()))
        .extracting(row -> row.get("overdue")).as("the due date's own day is still in time").containsExactly(false);
    assertThat(get("bruno", "/api/complaints/" + unacknowledged.getBusinessKey())).containsEntry("overdue", true);
  }

  @Test
  void anAnsweredComplaintIsNoLongerLate() {
    String agency = newAgency();
    ProcessInstance late = receivedOn(agency, LocalDate.now(PARIS).minusMonths(2).minusDays(1).toString());
    acknowledge(late);
    assertThat(orderNumbers(get("bruno", "/api/register?overdue=true&agency=" + agency))).hasSize(1);

    completeAs("bruno", task(late),
        Map.of("outcome", "ACCEPTED", "answerText", "La leçon annulée vous est rendue."));

    assertThat(orderNumbers(get("bruno", "/api/register?overdue=true&agency=" + agency))).isEmpty();
  }

  @Test
  void theSearchIgnoresAccentsAndCaseInTheClientTheSubjectAndTheOrderNumber() {
    String agency = newAgency();
    Map<String, Object> form = complaintForm(agency, LocalDate.now(PARIS).toString());
    form.put("clientName", "Hélène DUPRÉ-Cœur");
    form.put("subject", "Facture reçue deux fois");
    String orderNumber = record(form).getBusinessKey();
    receivedOn(agency, LocalDate.now(PARIS).toString());

    for (String typed : List.of("helene", "HÉLÈNE", "dupre-coeur", "FACTURE RECUE", orderNumber)) {
      assertThat(orderNumbers(get("bruno", "/api/register?agency=" + agency + "&q=" + typed)))
          .as("searched for '%s'", typed).containsExactly(orderNumber);
    }
    assertThat(orderNumbers(get("bruno", "/api/register?agency=" + agency + "&q=%25"))).as("a % is a character").isEmpty();
  }

  @Test
  void mineListsWhatIRecordedAndWhatIHandle() {
    String agency = newAgency();
    ProcessInstance recordedByAlice = receivedOn(agency, LocalDate.now(PARIS).toString());
    ProcessInstance recordedByDiane = record(complaintForm(agency, LocalDate.now(PARIS).toString()), "diane");
    acknowledge(recordedByDiane);

    Map<String, Object> alices = get("alice", "/api/register?mine=true&agency=" + agency);
    Map<String, Object> brunos = get("bruno", "/api/register?mine=true&agency=" + agency);

    assertThat(orderNumbers(alices)).containsExactly(recordedByAlice.getBusinessKey());
    assertThat(alices.get("page")).extracting("totalElements").isEqualTo(1);
    assertThat(orderNumbers(brunos)).as("bruno handles it since he acknowledged it")
        .containsExactly(recordedByDiane.getBusinessKey());
  }

  private Map<String, Object> get(String user, String path) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, JSON).getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("content");
  }

  private static List<Object> orderNumbers(Map<String, Object> page) {
    return rows(page).stream().map(row -> row.get("orderNumber")).toList();
  }
}
