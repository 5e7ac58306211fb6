package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The recording form offers the recorder's own agencies, as the engine REST APIs serve it. */
class StartFormAgenciesTests extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void aRecorderOfOneAgencyFindsItChosen() {
    JsonNode agency = agencyField("camille");

    assertThat(values(agency)).containsExactly("1602");
    assertThat(agency.path("values").get(0).path("label").asText()).isEqualTo("Agence 1602");
    assertThat(agency.path("defaultValue").asText()).isEqualTo("1602");
    assertThat(agency.has("valuesKey")).isFalse();
  }

  @Test
  void aNetworkWideRecorderChoosesAmongEveryAgency() {
    JsonNode agency = agencyField("diane");

    assertThat(values(agency)).contains("1601", "1602");
    assertThat(agency.has("defaultValue")).as("nothing chosen in advance").isFalse();
  }

  private JsonNode agencyField(String user) {
    JsonNode form = http.withBasicAuth(user, user)
        .getForObject("/engine-rest/process-definition/key/complaint/deployed-start-form", JsonNode.class);
    return StreamSupport.stream(form.path("components").spliterator(), false)
        .filter(component -> "Field_Agency".equals(component.path("id").asText()))
        .findFirst().orElseThrow();
  }

  private static List<String> values(JsonNode field) {
    return StreamSupport.stream(field.path("values").spliterator(), false).map(value -> value.path("value").asText()).toList();
  }
}
