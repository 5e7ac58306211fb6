package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of Camunda's webapps has a French version, checked against the English of the webjar in use. */
class WebappLocalesTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelHasAFrenchTextWithTheSamePlaceholders(String app) {
    JsonNode english = WebappLocales.labels(app, "en");
    JsonNode french = WebappLocales.labels(app, "fr");

    List<String> missing = new ArrayList<>();
    english.fieldNames().forEachRemaining(key -> {
      if (!french.hasNonNull(key)) {
        missing.add(key);
      } else {
        assertThat(placeholders(french.get(key).asText())).as("placeholders of %s in %s", key, app)
            .isEqualTo(placeholders(english.get(key).asText()));
      }
    });
    assertThat(missing).as("labels of %s without French", app).isEmpty();
  }

  private static List<String> placeholders(String text) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    return found.stream().sorted().collect(Collectors.toList());
  }
}
