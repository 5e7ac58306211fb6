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

/** The calls a client of the register makes to one node, over HTTP with Basic authentication. */
final class RegisterApi {

  /** Long enough for a loaded machine; a node killed mid-request answers no more. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegisterApi() {
  }

  /** What the node answered to a recording: its order number when accepted (201), else nothing. */
  record Recording(int status, String orderNumber, String processInstanceId) {

    boolean accepted() {
      return status == 201;
    }
  }

  /**
   * {@code POST /api/complaints} as the agency's reception user. A connection refused or cut (the node killed)
   * is an answer the client never got: status 0.
   */
  static Recording record(Node node, String user, String agency, LocalDate receptionDate) {
    try {
      HttpResponse<String> answer = send(node, user, HttpRequest.newBuilder(node.uri("/api/complaints"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              JSON.writeValueAsString(ComplaintTestSupport.complaintForm(agency, receptionDate.toString())))));
      if (answer.statusCode() != 201) {
        return new Recording(answer.statusCode(), null, null);
      }
      JsonNode recorded = JSON.readTree(answer.body());
      return new Recording(201, recorded.get("orderNumber").asText(), recorded.get("processInstanceId").asText());
    } catch (IOException noAnswer) {
      return new Recording(0, null, null);
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

  /** The node's job executor lock owner, which its locks carry in {@code ACT_RU_JOB.LOCK_OWNER_} (health details, admin). */
  static String lockOwner(Node node) throws IOException {
    return Optional.ofNullable(ok(send(node, "demo", HttpRequest.newBuilder(node.uri("/actuator/health")).GET()))
            .at("/components/jobExecutor/details/lockOwner").textValue())
        .orElseThrow(() -> new IllegalStateException(node.name() + " shows no lock owner"));
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
