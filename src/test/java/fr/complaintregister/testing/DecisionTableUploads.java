package fr.complaintregister.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
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
    return http.withBasicAuth(user, user).exchange(PATH, HttpMethod.POST, new HttpEntity<>(parts, multipart()),
        new ParameterizedTypeReference<>() { });
  }

  /** The multipart form of an upload: the table in the field {@code file}. */
  public static MultiValueMap<String, Object> file(String table) {
    return part("file", table, "table.dmn");
  }

  public static MultiValueMap<String, Object> part(String name, String content, String fileName) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return parts;
  }

  public static HttpHeaders multipart() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }

  private static HttpEntity<MultiValueMap<String, Object>> dmnFile(String table) {
    return new HttpEntity<>(file(table), multipart());
  }
}
