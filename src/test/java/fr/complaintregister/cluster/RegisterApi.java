package fr.complaintregister.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/** The calls a client of the register (or a load balancer) makes to one node, over HTTP with Basic authentication. */
final class RegisterApi {

  /** Long enough for a loaded machine; a node killed mid-request answers no more. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegisterApi() {
  }

  /**
   * What a node answered to a recording: its order number and process instance when accepted (201).
   *
   * @param status the HTTP status; 0 when no answer came (connection refused or cut: the node killed)
   * @param problem why no answer came, or why an accepted answer could not be read; null when all went well
   */
  record Recording(String node, int status, String orderNumber, String processInstanceId, String problem) {

    /** A 201 is an accepted recording whatever its body: the register owes it its row. */
    boolean accepted() {
      return status == 201;
    }
  }

  /** {@code POST /api/complaints} as the agency's reception user. */
  static Recording record(Node node, DemoAgency agency, LocalDate receptionDate) {
    HttpResponse<String> answer;
    try {
      answer = send(node, agency.receptionist(), HttpRequest.newBuilder(node.uri("/api/complaints"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              JSON.writeValueAsString(ComplaintTestSupport.complaintForm(agency.code(), receptionDate.toString())))));
    } catch (IOException noAnswer) {
      return new Recording(node.name(), 0, null, null, noAnswer.toString());
    }
    if (answer.statusCode() != 201) {
      return new Recording(node.name(), answer.statusCode(), null, null, answer.body());
    }
    try {
      JsonNode recorded = JSON.readTree(answer.body());
      return new Recording(node.name(), 201, recorded.get("orderNumber").asText(), recorded.get("processInstanceId").asText(), null);
    } catch (IOException | RuntimeException unreadable) {
      return new Recording(node.name(), 201, null, null, "unreadable 201 answer: " + unreadable + " " + answer.body());
    }
  }

  /** {@code GET /api/complaints/{orderNumber}}: the register row as the domain API shows it. */
  static JsonNode complaint(Node node, String user, String orderNumber) throws IOException {
    HttpResponse<String> answer = send(node, user, HttpRequest.newBuilder(node.uri("/api/complaints/" + orderNumber)).GET());
    return ok(answer);
  }

  /** Completes the process instance's one open task of that activity, through the engine's REST API as Tasklist does. */
  static void completeTask(Node node, String user, String processInstanceId, String activityId) throws IOException {
    JsonNode tasks = ok(send(node, user, HttpRequest.newBuilder(
        node.uri("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + activityId)).GET()));
    if (tasks.size() != 1) {
      throw new IllegalStateException(activityId + " of " + processInstanceId + ": " + tasks.size() + " open tasks");
    }
    HttpResponse<String> completed = send(node, user, HttpRequest.newBuilder(
            node.uri("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    if (completed.statusCode() != 204) {
      throw new IllegalStateException("completing " + activityId + ": " + completed.statusCode() + " " + completed.body());
    }
  }

  /**
   * The lock owner of the node's running job executor, which its locks carry in {@code ACT_RU_JOB.LOCK_OWNER_}
   * (health details, seen by an administrator); fails if the executor does not run.
   */
  static String lockOwner(Node node) throws IOException {
    JsonNode jobExecutor = ok(send(node, DemoAgency.ADMINISTRATOR, HttpRequest.newBuilder(node.uri("/actuator/health")).GET()))
        .at("/components/jobExecutor");
    if (!jobExecutor.at("/details/active").asBoolean()) {
      throw new IllegalStateException(node.name() + "'s job executor does not run: " + jobExecutor);
    }
    return Optional.ofNullable(jobExecutor.at("/details/lockOwner").textValue())
        .orElseThrow(() -> new IllegalStateException(node.name() + " shows no lock owner"));
  }

  /** Whether the node takes requests, as a load balancer asks it (its readiness, without login). */
  static boolean ready(Node node) {
    try {
      HttpRequest readiness = HttpRequest.newBuilder(node.uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
      return HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static JsonNode ok(HttpResponse<String> answer) throws IOException {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  private static HttpResponse<String> send(Node node, String user, HttpRequest.Builder request) throws IOException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(request.timeout(REQUEST_TIMEOUT).header("Authorization", "Basic " + credentials).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
