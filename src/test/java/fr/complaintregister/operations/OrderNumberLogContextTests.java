package fr.complaintregister.operations;

import static fr.complaintregister.testing.ApiAnswers.jsonHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/** An operator finds every log line about a complaint by its order number. */
@ExtendWith(OutputCaptureExtension.class)
class OrderNumberLogContextTests extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void aChangeToAComplaintIsLoggedWithItsOrderNumberInTheLogContext(CapturedOutput output) {
    String orderNumber = receivedOn(newAgency(), LocalDate.now(PARIS).toString()).getBusinessKey();

    http.withBasicAuth("bruno", "bruno").exchange("/api/complaints/{n}/follow-ups", HttpMethod.POST,
        new HttpEntity<>(Map.of("text", "Client rappelé."), jsonHeaders()), String.class, orderNumber);

    assertThat(output.getOut().lines().filter(line -> line.contains("OrderNumberLogContext")))
        .anySatisfy(line -> assertThat(line).contains("[" + orderNumber + "] ")
            .endsWith("POST /api/complaints/" + orderNumber + "/follow-ups by bruno: 201"));
  }

  @Test
  void aRequestNamingNoComplaintLeavesNoOrderNumberBehind(CapturedOutput output) {
    http.withBasicAuth("bruno", "bruno").exchange("/api/complaints/{n}/follow-ups", HttpMethod.POST,
        new HttpEntity<>(Map.of("text", "Client rappelé."), jsonHeaders()), String.class, "99.9999.999");
    http.withBasicAuth("alice", "alice").exchange("/api/complaints", HttpMethod.POST,
        new HttpEntity<>("{}", jsonHeaders()), String.class);

    assertThat(output.getOut().lines().filter(line -> line.endsWith("POST /api/complaints by alice: 400")))
        .singleElement().satisfies(line -> assertThat(line).doesNotContain("99.9999.999"));
  }

  @Test
  void theEnginePutsTheBusinessKeyInTheSameLogContext() {
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getLoggingContextBusinessKey())
        .isEqualTo(OrderNumberLogContext.KEY);
  }
}
