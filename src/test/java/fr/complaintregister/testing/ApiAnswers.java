package fr.complaintregister.testing;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the API tests read in an answer, and send with a request. */
public final class ApiAnswers {

  private ApiAnswers() {
  }

  /** The French errors of a refusal: {@code {"errors":[{"field":…,"message":…}]}}. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  public static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
