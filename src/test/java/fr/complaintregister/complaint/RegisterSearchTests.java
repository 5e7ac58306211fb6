package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The register listing as its users search it: what is late, a name typed without accents, "Mes dossiers", and the
 * corrective actions (PA rows) listed with the complaints they answer.
 */
class RegisterSearchTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired WithdrawalService withdrawals;

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

  /**
   * Received on 5 January 2026 (acknowledgement due 15/01, answer due 05/03), read on 10 April: a complaint closed or
   * withdrawn still missed its deadline when what it was owed came late or never came before it was withdrawn.
   */
  @Test
  void deadlineMissedFindsClosedAndWithdrawnComplaintsThatMissedADeadline() {
    String agency = newAgency();
    clockAt("2026-01-05T10:00");
    ProcessInstance withdrawnUnacknowledged = receivedOn(agency, "2026-01-05");
    ProcessInstance withdrawnInTime = receivedOn(agency, "2026-01-05");
    ProcessInstance withdrawnUnanswered = receivedOn(agency, "2026-01-05");
    ProcessInstance answeredInTime = receivedOn(agency, "2026-01-05");
    ProcessInstance answeredLate = receivedOn(agency, "2026-01-05");
    clockAt("2026-01-06T10:00");
    List.of(withdrawnUnanswered, answeredInTime, answeredLate).forEach(this::acknowledge);
    clockAt("2026-01-15T10:00");
    withdraw(withdrawnInTime);
    clockAt("2026-01-16T10:00");
    withdraw(withdrawnUnacknowledged);
    clockAt("2026-02-10T10:00");
    answer(answeredInTime);
    clockAt("2026-03-06T10:00");
    withdraw(withdrawnUnanswered);
    answer(answeredLate);
    clockAt("2026-04-10T12:00");

    assertThat(orderNumbers(get("audrey", "/api/register?deadlineMissed=true&agency=" + agency)))
        .containsExactlyInAnyOrder(withdrawnUnacknowledged.getBusinessKey(), withdrawnUnanswered.getBusinessKey(),
            answeredLate.getBusinessKey());
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

  @Test
  void aCorrectiveActionIsListedWithItsComplaintAndEachShowsTheOther() {
    String agency = newAgency();
    String complaint = receivedOn(agency, LocalDate.now(PARIS).minusDays(1).toString()).getBusinessKey();
    String action = decide(agency, "Former l'accueil au registre", "bruno", "2030-06-30", complaint);

    List<Map<String, Object>> rows = rows(get("audrey", "/api/register?agency=" + agency));

    assertThat(rows).extracting(row -> row.get("orderNumber")).as("newest first").containsExactly(action, complaint);
    assertThat(rows.get(0))
        .containsEntry("origin", "PA")
        .containsEntry("receptionDate", LocalDate.now(PARIS).toString())
        .containsEntry("clientName", "quentin")
        .containsEntry("subject", "Former l'accueil au registre")
        .containsEntry("handler", "bruno")
        .containsEntry("answerDueDate", "2030-06-30")
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("overdue", false)
        .containsEntry("followUpCount", 1)
        .containsEntry("sources", List.of(complaint));
    assertThat(rows.get(1)).containsEntry("origin", "FS").containsEntry("actions", List.of(action));
  }

  @Test
  void eachFilterAppliesToCorrectiveActions() {
    String agency = newAgency();
    String complaint = receivedOn(agency, LocalDate.now(PARIS).minusDays(1).toString()).getBusinessKey();
    String late = decide(agency, "Réécrire la procédure d'accueil", "bruno", "2020-01-31", complaint);
    String checked = decide(agency, "Afficher les horaires", "sophie", "2030-06-30", complaint);
    completeAs("sophie", task("Task_CarryOutAction", actionProcess(checked)), Map.of());
    String register = "/api/register?agency=" + agency;

    assertThat(orderNumbers(get("bruno", register + "&origin=PA"))).containsExactly(checked, late);
    assertThat(orderNumbers(get("bruno", register + "&origin=FS"))).containsExactly(complaint);
    assertThat(orderNumbers(get("bruno", register + "&status=CHECKING"))).containsExactly(checked);
    assertThat(orderNumbers(get("bruno", register + "&status=IN_PROGRESS"))).as("a complaint's and an action's status")
        .containsExactly(late);
    assertThat(orderNumbers(get("bruno", register + "&status=open"))).containsExactly(checked, late, complaint);
    assertThat(orderNumbers(get("bruno", register + "&status=closed"))).isEmpty();
    assertThat(orderNumbers(get("bruno", register + "&status=DECIDED"))).isEmpty();
    assertThat(orderNumbers(get("bruno", register + "&overdue=true"))).as("not carried out by its due date")
        .containsExactly(late);
    assertThat(orderNumbers(get("bruno", register + "&year=" + LocalDate.now(PARIS).getYear())))
        .containsExactly(checked, late, complaint);
    assertThat(orderNumbers(get("bruno", register + "&year=" + (LocalDate.now(PARIS).getYear() - 1)))).isEmpty();
    assertThat(orderNumbers(get("bruno", register + "&q=REECRIRE la procedure"))).containsExactly(late);
    assertThat(orderNumbers(get("bruno", register + "&q=sophie"))).as("the person in charge").containsExactly(checked);
    assertThat(orderNumbers(get("bruno", register + "&q=" + late))).containsExactly(late);
    assertThat(orderNumbers(get("quentin", register + "&q=quentin"))).as("the decision-maker")
        .containsExactly(checked, late);
    assertThat(orderNumbers(get("sophie", register + "&mine=true"))).as("in my charge").containsExactly(checked);
    assertThat(orderNumbers(get("quentin", register + "&mine=true"))).as("decided by me").containsExactly(checked, late);
  }

  @Test
  void anotherAgencysUserDoesNotSeeItsCorrectiveActions() {
    String agency = newAgency();
    String complaint = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();
    decide(agency, "Former l'accueil au registre", "bruno", "2030-06-30", complaint);

    assertThat(get("claire", "/api/register?origin=PA&agency=" + agency).get("page"))
        .extracting("totalElements").isEqualTo(0);
    assertThat(get("bruno", "/api/register?origin=PA&agency=" + agency).get("page"))
        .extracting("totalElements").isEqualTo(1);
  }

  @Test
  void aComplaintCannotBeRecordedAsACorrectiveAction() {
    Map<String, Object> form = complaintForm(newAgency(), LocalDate.now(PARIS).toString());
    form.put("origin", "PA");

    var response = http.withBasicAuth("alice", "alice").exchange("/api/complaints", HttpMethod.POST,
        new HttpEntity<>(form), JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "origin", "message",
        "Une action corrective (origine PA) ne s'enregistre pas comme une réclamation : décidez-la dans Tasklist, "
            + "en analysant les dysfonctionnements d'une réclamation ou en examinant un avis, ou depuis le registre : "
            + "sur la page de la réclamation, ou avec « Nouvelle action corrective ».")));
  }

  @Test
  void withinADayTheNewestRowComesFirstWhetherComplaintOrAction() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).toString();
    clockAt(today + "T09:00");
    String morning = receivedOn(agency, today).getBusinessKey();
    clockAt(today + "T10:00");
    String action = decide(agency, "Afficher les horaires", "bruno", "2030-06-30", morning);
    clockAt(today + "T11:00");
    String later = receivedOn(agency, today).getBusinessKey();

    assertThat(orderNumbers(get("bruno", "/api/register?agency=" + agency))).containsExactly(later, action, morning);
    assertThat(orderNumbers(get("bruno", "/api/register?agency=" + agency + "&size=1&page=1"))).containsExactly(action);
  }

  @Test
  void aPageFarBeyondTheLastIsEmptyNotAnError() {
    var response = http.withBasicAuth("bruno", "bruno").exchange("/api/register?page=2147483647&size=200",
        HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rows(response.getBody())).isEmpty();
  }

  @Test
  void everyRowCountedIsOnOneOfThePages() {
    String agency = newAgency();
    List<String> recorded = new ArrayList<>(IntStream.range(0, 5)
        .mapToObj(number -> receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey()).toList());
    recorded.add(record(review(agency)).getBusinessKey());

    List<Object> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      Map<String, Object> found = get("audrey", "/api/register?size=2&agency=" + agency + "&page=" + page);
      assertThat(found).extractingByKey("page").asString().contains("totalElements=6");
      paged.addAll(orderNumbers(found));
    }

    Collections.reverse(recorded);
    assertThat(paged).as("newest first, each once").containsExactlyElementsOf(recorded);
  }

  @Test
  void aLongSubjectSpeltOutLongerStillIsRecordedAndFound() {
    String agency = newAgency();
    String complaint = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();

    String action = decide(agency, "Cœur ".repeat(399) + "œuvre", "bruno", "2030-06-30", complaint);

    assertThat(orderNumbers(get("bruno", "/api/register?agency=" + agency + "&q=coeur coeur")))
        .containsExactly(action);
  }

  /** A negative review (QS), recorded through the complaint endpoint. */
  private static Map<String, Object> review(String agency) {
    return new HashMap<>(Map.of("clientName", "Léa Martin", "subject", "Moniteur toujours en retard", "agency", agency,
        "origin", "QS", "platform", "Google", "rating", 1));
  }

  private void withdraw(ProcessInstance complaint) {
    as("bruno", () -> {
      withdrawals.withdraw(complaint.getBusinessKey(), Map.of("kind", "WITHDRAWN_BY_CLIENT", "reason", "Le client renonce."));
      return null;
    });
  }

  private void answer(ProcessInstance complaint) {
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED", "answerText", "La leçon vous est rendue."));
  }

  /** A corrective action decided by the quality manager, answering the given complaint. */
  private String decide(String agency, String subject, String personInCharge, String dueDate, String source) {
    Map<String, Object> body = new HashMap<>(Map.of("subject", subject, "personInCharge", personInCharge,
        "dueDate", dueDate, "agency", agency, "sources", List.of(source)));
    var response = http.withBasicAuth("quentin", "quentin").exchange("/api/actions", HttpMethod.POST,
        new HttpEntity<>(body), JSON);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) response.getBody().get("orderNumber");
  }

  private static ProcessInstance actionProcess(String orderNumber) {
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
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
