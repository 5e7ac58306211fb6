package fr.complaintregister.testing;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** A decision table sent to {@code POST /api/decision-tables} as a user would, from a form or a script. */
public final class DecisionTableUploads {

  private static final String PATH = "/api/decision-tables";

  private DecisionTableUploads() {
  }

  /** @return the published decisions: {@code [{key, version, deploymentId}]} */
  public static ResponseEntity<List<Map<String, Object>>> publish(TestRestTemplate http, String user, String table) {
    return http.withBasicAuth(user, user).exchange(PATH, HttpMethod.POST, dmnFile(table), new ParameterizedTypeReference<>() { });
  }

  /** @return the refusal: {@code {errors: [{field, message}]}} */
  public static ResponseEntity<Map<String, List<Map<String, String>>>> publishRefused(TestRestTemplate http, String user,
                                                                                      MultiValueMap<String, Object> parts) {
    return http.withBasicAuth(user, user).exchange(PATH, HttpMethod.POST, Uploads.form(parts),
        new ParameterizedTypeReference<>() { });
  }

  /** The multipart form of an upload: the table in the field {@code file}. */
  public static MultiValueMap<String, Object> file(String table) {
    return Uploads.part("file", table, "table.dmn");
  }

  private static HttpEntity<MultiValueMap<String, Object>> dmnFile(String table) {
    return Uploads.form(file(table));
  }
}
