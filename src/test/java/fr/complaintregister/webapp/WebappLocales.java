package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The webapps' locale files, as the browser loads them from the classpath. */
final class WebappLocales {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {
  }

  static JsonNode labels(String app, String locale) {
    String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json";
    try (InputStream in = WebappLocales.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no locale file " + path);
      }
      return JSON.readTree(in.readAllBytes()).path("labels");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String french(String app, String key) {
    return labels(app, "fr").path(key).asText();
  }
}
