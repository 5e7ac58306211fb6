package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.register.RegisterRow;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mistyped year must not record a complaint numbered in another year (26.1601.001 for 1926),
 * whether it comes through the domain API or Tasklist's start form (the engine REST API).
 */
class ReceptionDateLimitTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final LocalDate TODAY = LocalDate.now(PARIS);
  /** application.yml's default: five years before today. */
  private static final LocalDate OLDEST_ALLOWED = TODAY.minusYears(5);
  private static final String TOO_OLD = "La date de réception ne peut pas être antérieure au "
      + OLDEST_ALLOWED.format(FrenchDate.FORMAT) + " : vérifiez l'année saisie.";
  private static final String FUTURE = "La date de réception ne peut pas être dans le futur.";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;

  static Stream<Arguments> refusedDates() {
    return Stream.of(
        Arguments.of("0000-01-01", TOO_OLD),
        Arguments.of("-0001-01-01", TOO_OLD),
        Arguments.of("1582-10-10", TOO_OLD),
        Arguments.of("1926-03-01", TOO_OLD),
        Arguments.of(OLDEST_ALLOWED.minusDays(1).toString(), TOO_OLD),
        Arguments.of("9999-12-31", FUTURE),
        Arguments.of("+999999999-12-31", FUTURE))
        .flatMap(date -> Stream.of(Route.values()).map(route -> Arguments.of(route, date.get()[0], date.get()[1])));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("refusedDates")
  void aReceptionDateOutsideTheAllowedYearsIsRefusedAndRecordsNothing(Route route, String receptionDate, String message) {
    String agency = newAgency();

    ResponseEntity<Map<String, Object>> response = route.record(http, complaintForm(agency, receptionDate));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    route.assertRefusedWith(response, message);
    assertThat(listed(agency, null, null)
        .page().totalElements()).as("register rows").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_counter WHERE agency = ?", Integer.class, agency))
        .as("order counters").isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().tenantIdIn(agency).count()).as("processes").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routes")
  void theOldestAllowedDayIsRecorded(Route route) {
    String agency = newAgency();

    ResponseEntity<Map<String, Object>> response = route.record(http, complaintForm(agency, OLDEST_ALLOWED.toString()));

    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
    RegisterRow row = listed(agency, null, null)
        .content().get(0);
    assertThat(row.receptionDate()).isEqualTo(OLDEST_ALLOWED);
    assertThat(row.orderNumber()).isEqualTo(String.format("%02d.%s.001", OLDEST_ALLOWED.getYear() % 100, agency));
  }

  static Stream<Route> routes() {
    return Stream.of(Route.values());
  }

  /** The two ways a complaint is recorded, as alice of reception. */
  enum Route {
    DOMAIN_API {
      @Override
      ResponseEntity<Map<String, Object>> record(TestRestTemplate http, Map<String, Object> form) {
        return post(http, "/api/complaints", form);
      }

      @Override
      void assertRefusedWith(ResponseEntity<Map<String, Object>> response, String message) {
        assertThat(response.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "receptionDate", "message", message)));
      }
    },
    TASKLIST_START_FORM {
      @Override
      ResponseEntity<Map<String, Object>> record(TestRestTemplate http, Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return post(http, "/engine-rest/process-definition/key/complaint/submit-form", Map.of("variables", variables));
      }

      /** The engine REST API answers the message alone, which Tasklist shows on the start form. */
      @Override
      void assertRefusedWith(ResponseEntity<Map<String, Object>> response, String message) {
        assertThat(response.getBody()).containsEntry("message", message);
      }
    };

    abstract ResponseEntity<Map<String, Object>> record(TestRestTemplate http, Map<String, Object> form);

    abstract void assertRefusedWith(ResponseEntity<Map<String, Object>> response, String message);

    private static ResponseEntity<Map<String, Object>> post(TestRestTemplate http, String path, Object body) {
      return http.withBasicAuth("alice", "alice").exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
    }
  }
}
