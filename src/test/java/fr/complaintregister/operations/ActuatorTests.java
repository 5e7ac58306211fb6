package fr.complaintregister.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.WebappLogin;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * {@code /actuator} as a load balancer, a monitoring system and an operator reach it: the bare health
 * status for anyone, the rest for the operators' groups only.
 */
class ActuatorTests extends ComplaintTestSupport {

  /** The test profile's mail server (spring.mail.*): the mail health check reaches it. */
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @Test
  void theLoadBalancerReadsTheBareHealthStatusWithoutLogin() throws Exception {
    for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      ResponseEntity<String> health = http.getForEntity(path, String.class);

      assertThat(health.getStatusCode().value()).as(path).isEqualTo(200);
      assertBareStatusUp(health);
    }
  }

  @Test
  void anOperatorSeesTheDatabaseTheJobExecutorAndTheMailServerInTheHealthDetails() throws Exception {
    JsonNode health = json.readTree(http.withBasicAuth("demo", "demo").getForObject("/actuator/health", String.class));

    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/mail/status").asText()).isEqualTo("UP");
    JsonNode jobExecutor = health.at("/components/jobExecutor");
    assertThat(jobExecutor.at("/status").asText()).as("turned off on purpose in the tests: not down").isEqualTo("UP");
    assertThat(jobExecutor.at("/details/enabled").asBoolean(true)).isFalse();
    assertThat(jobExecutor.at("/details").has("dueJobs")).isTrue();
    assertThat(jobExecutor.at("/details").has("openIncidents")).isTrue();
    assertThat(jobExecutor.at("/details/lockOwner").asText()).as("what this node's job locks carry").isNotBlank();
  }

  @Test
  void aUserWhoIsNoOperatorSeesOnlyTheBareHealthStatus() throws Exception {
    ResponseEntity<String> health = http.withBasicAuth("alice", "alice").getForEntity("/actuator/health", String.class);

    assertBareStatusUp(health);
  }

  @Test
  void aMailServerThatDoesNotAnswerTakesNoNodeOutOfTheLoadBalancer() {
    smtp.stop();

    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(503);
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void metricsAndEveryOtherEndpointNeedALogin() {
    for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator/health/db"}) {
      ResponseEntity<String> anonymous = http.getForEntity(path, String.class);

      assertThat(anonymous.getStatusCode().value()).as(path).isEqualTo(401);
      assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
      assertThat(http.withBasicAuth("demo", "wrong").getForEntity(path, String.class).getStatusCode().value())
          .as(path).isEqualTo(401);
    }
  }

  @Test
  void metricsAreForOperatorsNotForTheRegistersUsers() {
    assertThat(http.withBasicAuth("alice", "alice").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void anAdministratorLoggedInToCockpitReadsTheMetricsWithTheSession() {
    HttpHeaders session = WebappLogin.logIn(http, "cockpit", "demo");

    assertThat(http.exchange("/actuator/metrics", HttpMethod.GET, new HttpEntity<>(session), String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theMonitoringAccountOfTheSupervisionGroupScrapesWithoutAnyRoleInTheRegister() {
    monitoringAccount("scraper");

    assertThat(http.withBasicAuth("scraper", "scrape-secret").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(http.withBasicAuth("scraper", "scrape-secret").getForEntity("/api/register", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  /** The status and the names of the health groups, without a component or a detail. */
  private void assertBareStatusUp(ResponseEntity<String> health) throws Exception {
    JsonNode answer = json.readTree(health.getBody());
    assertThat(answer.at("/status").asText()).isEqualTo("UP");
    assertThat(answer.has("components")).isFalse();
    assertThat(answer.has("details")).isFalse();
  }

  private void monitoringAccount(String userId) {
    if (identityService.createGroupQuery().groupId("supervision").count() == 0) {
      identityService.saveGroup(identityService.newGroup("supervision"));
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword("scrape-secret");
      identityService.saveUser(user);
      identityService.createMembership(userId, "supervision");
    }
  }
}
