package fr.complaintregister.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The figures a monitoring system scrapes from {@code /actuator/prometheus}, as the register and the engine hold them. */
class RegisterMetricsTests extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;

  @Test
  void anAgencysComplaintsReceivedOpenAndOverdueAfterTheAcknowledgementDeadlinePassed() {
    String agency = newAgency();
    LocalDate today = LocalDate.now(PARIS);
    ProcessInstance acknowledged = receivedOn(agency, today.toString());
    ProcessInstance forgotten = receivedOn(agency, today.toString());
    acknowledge(acknowledged);

    clockAt(today.plusDays(11) + "T10:00");
    fireDueTimers(forgotten);

    scrape();
    String scraped = scrape();
    assertThat(gauge(scraped, "registre_complaints_received", agency)).isEqualTo(2);
    assertThat(gauge(scraped, "registre_complaints_open", agency)).isEqualTo(2);
    assertThat(gauge(scraped, "registre_complaints_overdue", agency)).isEqualTo(1);
  }

  @Test
  void theOpenIncidentsAndTheJobExecutorsBacklog() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    double incidentsBefore = gauge(scrape(), "registre_incidents_open", null);

    Incident incident = runtimeService.createIncident("failedMail", task(complaint).getExecutionId(), "test");
    try {
      String scraped = scrape();
      assertThat(gauge(scraped, "registre_incidents_open", null)).isEqualTo(incidentsBefore + 1);
      assertThat(gauge(scraped, "registre_jobs_due", null))
          .isEqualTo(managementService.createJobQuery().executable().count());
    } finally {
      runtimeService.resolveIncident(incident.getId());
    }
  }

  /** What Prometheus reads; an agency's rows appear from the scrape after its first complaint on (see OperationsMetrics). */
  private String scrape() {
    return http.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);
  }

  /** A gauge's value: for one agency's complaints (origin FS), or the only one of its name. */
  private static double gauge(String scraped, String name, String agency) {
    String labels = agency == null ? "" : "\\{agency=\"" + Pattern.quote(agency) + "\",origin=\"FS\"\\}";
    Matcher line = Pattern.compile("(?m)^" + name + labels + " (\\S+)$").matcher(scraped);
    assertThat(line.find()).as(name + " " + agency + " in\n" + scraped).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
