package fr.complaintregister.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.Uploads;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A client's complaint with what names them: e-mail and postal address, other parties, a document of theirs. */
abstract class ClientFilesSupport extends ComplaintTestSupport {

  @Autowired protected TestRestTemplate http;

  protected static Map<String, Object> clientForm(String agency, String receptionDate, String clientName, String email) {
    Map<String, Object> form = complaintForm(agency, receptionDate);
    form.put("clientName", clientName);
    form.put("clientEmail", email);
    form.put("otherParties", "Son fils, Paul Dupont");
    form.put("documentNumber", "FAC-2026-0042");
    form.put("subject", "Leçon annulée : " + clientName + " a attendu une heure");
    return form;
  }

  /** The handler bruno attaches the client's letter, a PDF. */
  protected void attachClientLetter(String orderNumber, String fileName) {
    ResponseEntity<Map> upload = http.withBasicAuth("bruno", "bruno").postForEntity("/api/complaints/{n}/documents",
        Uploads.form(Uploads.part("file", Uploads.PDF, fileName)), Map.class, orderNumber);
    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }
}
