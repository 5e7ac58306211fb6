package fr.complaintregister.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.WithdrawalService;
import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.improvement.NewAction;
import fr.complaintregister.security.Role;
import fr.complaintregister.testing.ApiAnswers;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Six complaints of a fresh agency received from January to April 2026, set up through the process on the engine
 * clock, and three corrective actions; the indicators are read on 10 April 2026. Hand-computed figures:
 * <pre>
 * complaint  received  ack due   acknowledged  answer due  answered             now
 * second     05/01     15/01     20/01 late    05/03       10/02 REJECTED, dysf. answered
 * third      15/01     25/01     16/01         15/03       20/03 late, PARTIALLY answered
 * first      31/01     10/02     05/02         31/03       31/03 ACCEPTED       answered (month end, last day)
 * withdrawn  02/02     12/02     -             02/04       -                    withdrawn 03/02
 * forgotten  09/02     19/02     - (late)      09/04       - (late)             open, overdue
 * recent     06/04     16/04     08/04         06/06       - (pending)          open, category AUTRE
 * </pre>
 * and two reviews (QS) received on 09/02, rated 4 and 1.
 * Acknowledgement delays 15, 1, 5, 2 days: median 3.5, 90th percentile 12.0. Answer delays 36, 64, 59 days: median
 * 59.0, 90th percentile 63.0.
 */
class IndicatorApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String RECOURSE = "Vous pouvez saisir le médiateur de l'enseignement de la conduite.";

  @Autowired TestRestTemplate http;
  @Autowired WithdrawalService withdrawals;
  @Autowired CorrectiveActions actions;

  private String agency;

  @BeforeEach
  void complaintsAndActionsOfTheFirstMonths() {
    agency = newAgency();
    clockAt("2026-01-05T10:00");
    ProcessInstance second = receivedOn(agency, "2026-01-05");
    clockAt("2026-01-15T10:00");
    ProcessInstance third = receivedOn(agency, "2026-01-15");
    clockAt("2026-01-16T10:00");
    acknowledge(third);
    clockAt("2026-01-20T10:00");
    acknowledge(second);
    clockAt("2026-01-31T10:00");
    ProcessInstance first = receivedOn(agency, "2026-01-31");
    clockAt("2026-02-02T10:00");
    ProcessInstance withdrawn = receivedOn(agency, "2026-02-02");
    clockAt("2026-02-03T10:00");
    as("bruno", () -> {
      withdrawals.withdraw(withdrawn.getBusinessKey(), Map.of("kind", "DUPLICATE", "reason", "Saisie en double."));
      return null;
    });
    clockAt("2026-02-05T10:00");
    acknowledge(first);
    clockAt("2026-02-09T10:00");
    receivedOn(agency, "2026-02-09");
    record(review(4));
    record(review(1));
    clockAt("2026-02-10T10:00");
    completeAs("bruno", task(second), Map.of("outcome", "REJECTED", "answerText", "Votre demande ne peut pas être "
        + "satisfaite.", "recourseOptions", RECOURSE, "dysfunctions", "Planning des moniteurs non mis à jour"));
    decideActionsFor(second.getBusinessKey());
    clockAt("2026-03-20T10:00");
    completeAs("bruno", task(third), Map.of("outcome", "PARTIALLY_REJECTED", "answerText", "Une leçon vous est "
        + "offerte.", "recourseOptions", RECOURSE));
    clockAt("2026-03-31T10:00");
    completeAs("bruno", task(first), Map.of("outcome", "ACCEPTED", "answerText", "La leçon vous est remboursée."));
    clockAt("2026-04-06T10:00");
    Map<String, Object> otherCategory = complaintForm(agency, "2026-04-06");
    otherCategory.put("productCategory", "AUTRE");
    ProcessInstance recent = record(otherCategory);
    clockAt("2026-04-08T10:00");
    acknowledge(recent);
    clockAt("2026-04-10T12:00");
  }

  /** A review left on 9 February: not a complaint, counted apart; negative below 3. */
  private Map<String, Object> review(int rating) {
    return new HashMap<>(Map.of("clientName", "Léa Martin", "subject", "Moniteur toujours en retard", "agency", agency,
        "origin", "QS", "platform", "Google", "rating", rating));
  }

  /** Decided on 10 February: one closed as effective on 20 March, one late since 2 March, one due in May. */
  private void decideActionsFor(String source) {
    ProcessInstance closed = decided("Mettre à jour le planning chaque soir", "2026-03-31", source);
    decided("Former les moniteurs à l'outil de planning", "2026-03-01", source);
    decided("Prévenir les élèves par SMS", "2026-05-31", source);
    clockAt("2026-03-20T09:00");
    completeAs("bruno", task("Task_CarryOutAction", closed), Map.of());
    completeAs("quentin", task("Task_CheckEffectiveness", closed), Map.of("effective", true));
  }

  private ProcessInstance decided(String subject, String dueDate, String source) {
    String orderNumber = as("quentin", () -> actions.record(new NewAction(subject, "bruno", date(dueDate), null,
        agency, List.of(source)))).action().orderNumber();
    return runtimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(orderNumber).singleResult();
  }

  @Test
  void theQualityManagerReadsTheHandComputedFiguresOfThePeriod() {
    Map<String, Object> indicators = indicators("quentin", "from=2026-01-01&to=2026-04-30&agency=" + agency).getBody();

    assertThat(indicators).containsEntry("from", "2026-01-01").containsEntry("to", "2026-04-30")
        .containsEntry("computedOn", "2026-04-10");
    Map<String, Object> complaints = map(indicators, "complaints");
    assertThat(complaints).containsEntry("received", 6).containsEntry("withdrawn", 1).containsEntry("open", 2)
        .containsEntry("overdue", 1).containsEntry("withDysfunctions", 1)
        .containsEntry("outcomes", Map.of("accepted", 1, "partiallyRejected", 1, "rejected", 1));
    assertThat(map(complaints, "acknowledgement"))
        .isEqualTo(Map.of("onTime", 3, "late", 2, "pending", 0, "unknown", 0, "share", 0.6));
    assertThat(map(complaints, "answer")).as("the answer on 31 March for 31 January is on time")
        .isEqualTo(Map.of("onTime", 2, "late", 2, "pending", 1, "unknown", 0, "share", 0.5));
    assertThat(map(indicators, "delays")).isEqualTo(Map.of(
        "acknowledgement", Map.of("count", 4, "median", 3.5, "percentile90", 12.0),
        "answer", Map.of("count", 3, "median", 59.0, "percentile90", 63.0)));
    assertThat(map(indicators, "actions"))
        .isEqualTo(Map.of("decided", 3, "open", 2, "overdue", 1, "closedEffective", 1));
    assertThat(map(indicators, "reviews")).as("the two reviews are not complaints")
        .isEqualTo(Map.of("received", 2, "negative", 1));
    assertThat(breakdown(indicators, "byMonth")).containsOnlyKeys("2026-01", "2026-02", "2026-04");
    assertThat(breakdown(indicators, "byMonth").get("2026-01")).as("received on 31 January: in January")
        .containsEntry("received", 3).containsEntry("withdrawn", 0);
    assertThat(breakdown(indicators, "byMonth").get("2026-02")).containsEntry("received", 2)
        .containsEntry("withdrawn", 1).containsEntry("overdue", 1);
    assertThat(breakdown(indicators, "byAgency")).containsOnlyKeys(agency);
    assertThat(breakdown(indicators, "byProductCategory").get("FORMATION")).containsEntry("received", 5);
    assertThat(breakdown(indicators, "byProductCategory").get("AUTRE")).containsEntry("received", 1);
  }

  @Test
  void aProductCategoryAndAShorterPeriodNarrowTheFigures() {
    Map<String, Object> recent = indicators("audrey", "product=AUTRE&agency=" + agency).getBody();
    assertThat(recent).as("the current calendar year by default").containsEntry("from", "2026-01-01")
        .containsEntry("to", "2026-12-31");
    assertThat(map(recent, "complaints")).containsEntry("received", 1);

    Map<String, Object> january = indicators("diane", "from=2026-01-01&to=2026-01-31&agency=" + agency).getBody();
    assertThat(map(january, "complaints")).containsEntry("received", 3).containsEntry("withdrawn", 0);
    assertThat(map(january, "actions")).as("decided in February").containsEntry("decided", 0);

    Map<String, Object> reviewsOnly = indicators("quentin", "origin=QS&agency=" + agency).getBody();
    assertThat(map(reviewsOnly, "complaints")).containsEntry("received", 0);
    assertThat(map(reviewsOnly, "reviews")).containsEntry("received", 2);
  }

  @Test
  void onlyTheQualityManagerTheDirectionAndTheAuditorsReadTheIndicators() {
    ResponseEntity<Map<String, Object>> handler = indicators("bruno", "");
    assertThat(handler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ApiAnswers.errors(handler)).extracting(error -> error.get("message")).containsExactly(
        "Seuls le responsable qualité, la direction, les auditeurs et les administrateurs peuvent consulter les "
            + "indicateurs.");
    assertThat(indicators("audrey", "agency=" + agency).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** An installation where the quality group works for some agencies only: here, not for the test's agency. */
  @Test
  void aQualityManagerWhoIsNotAMemberOfTheAgencySeesNoneOfItsFigures() {
    identityService.deleteTenantGroupMembership(agency, Role.QUALITE.groupId());

    assertThat(indicators("quentin", "agency=" + agency).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> own = indicators("quentin", "from=2026-01-01&to=2026-04-30").getBody();
    assertThat(breakdown(own, "byAgency")).isNotEmpty().doesNotContainKey(agency);
    assertThat(breakdown(indicators("audrey", "from=2026-01-01&to=2026-04-30").getBody(), "byAgency"))
        .as("the auditors still work for it").containsKey(agency);
  }

  @Test
  void badParametersAreRefusedInFrench() {
    ResponseEntity<Map<String, Object>> answer = indicators("quentin", "from=2026-13-01&to=2026-01-01&origin=PA");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(answer)).extracting(error -> error.get("field"), error -> error.get("message"))
        .containsExactly(
            tuple("from", "Le champ « Du » doit être une date au format AAAA-MM-JJ."),
            tuple("origin",
                "L'origine doit être FS (réclamations) ou QS (avis et questionnaires de satisfaction)."));
    assertThat(ApiAnswers.errors(indicators("quentin", "from=2026-02-01&to=2026-01-31")))
        .extracting(error -> error.get("message")).containsExactly("La fin de la période ne peut pas précéder son début.");
  }

  /** The page and its chart library hold no figure: served as the register pages are; the figures need the login. */
  @Test
  void theFiguresNeedTheLoginAndThePageIsServedWithItsChartLibrary() {
    assertThat(http.getForEntity("/api/indicators", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> page = http.getForEntity("/registre/indicateurs.html", String.class);
    ResponseEntity<String> library = http.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class);
    assertThat(library.getStatusCode()).isEqualTo(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
  }

  private ResponseEntity<Map<String, Object>> indicators(String user, String parameters) {
    return http.withBasicAuth(user, user).exchange("/api/indicators?" + parameters, HttpMethod.GET, null, JSON);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> json, String key) {
    return (Map<String, Object>) json.get(key);
  }

  /** A breakdown's rows by their key. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> breakdown(Map<String, Object> json, String key) {
    return ((List<Map<String, Object>>) json.get(key)).stream()
        .collect(Collectors.toMap(row -> (String) row.get("key"), row -> row));
  }
}
