package fr.complaintregister.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.Messages;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.Uploads;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Documents attached to a complaint over the domain API: checked from their bytes, stored with the row. */
class DocumentApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  static final byte[] PDF = Uploads.PDF;

  @Autowired TestRestTemplate http;
  @Autowired Messages messages;

  private String orderNumber;

  @BeforeEach
  void recordAComplaint() {
    orderNumber = record(complaintForm(newAgency(), LocalDate.now(PARIS).toString())).getBusinessKey();
  }

  @Test
  void aPdfLetterIsStoredListedAndDownloadedByteForByte() {
    ResponseEntity<Map<String, Object>> upload = upload("bruno", "Lettre de Mme Lefèvre.pdf", PDF);

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> detail = complaint("bruno");
    assertThat(documents(detail)).singleElement().satisfies(document -> assertThat(document)
        .containsEntry("fileName", "Lettre de Mme Lefèvre.pdf")
        .containsEntry("contentType", "application/pdf")
        .containsEntry("size", PDF.length)
        .containsEntry("uploadedBy", "bruno")
        .containsKeys("id", "uploadedAt"));
    ResponseEntity<byte[]> download = download("alice", documents(detail).get(0).get("id"));
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename*=UTF-8''Lettre%20de%20Mme%20Lef%C3%A8vre.pdf");
  }

  @Test
  void aPhotoIsStoredAsAPngAndDownloadedByteForByte() throws IOException {
    byte[] png = png();

    Object id = upload("alice", "photo.PNG", png).getBody().get("id");

    ResponseEntity<byte[]> download = download("bruno", id);
    assertThat(download.getBody()).isEqualTo(png);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
  }

  @Test
  void attachingADocumentWritesAFollowUpLine() {
    upload("bruno", "C:\\Users\\bruno\\Scans\\courrier.pdf", PDF);

    assertThat(followUpLines(complaint("bruno"))).contains("Document joint : courrier.pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "MZ\u0090\u0000\u0003"})
  void aPdfThatIsReallyAWebPageOrAProgramIsRefusedAndNothingIsStored(String content) {
    ResponseEntity<Map<String, Object>> upload = upload("bruno", "lettre.pdf", content.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(upload)).startsWith("Le contenu de « lettre.pdf » n'est pas d'un type accepté");
    assertNothingStored();
  }

  @Test
  void anImageNamedAsAPdfIsRefusedAndNothingIsStored() throws IOException {
    ResponseEntity<Map<String, Object>> upload = upload("bruno", "lettre.pdf", png());

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(upload)).isEqualTo(messages.get("error.document.mismatch", "lettre.pdf", "pdf"));
    assertNothingStored();
  }

  @Test
  void aFileOfAnotherTypeIsRefused() {
    ResponseEntity<Map<String, Object>> upload = upload("bruno", "notes.txt", "Rappeler le client".getBytes(StandardCharsets.UTF_8));

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(upload)).startsWith("« notes.txt » n'est pas d'un type accepté. Types acceptés : .pdf, .jpg");
    assertNothingStored();
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedInFrenchAndNothingIsStored() {
    byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

    ResponseEntity<Map<String, Object>> upload = upload("bruno", "scan.pdf", tooLarge);

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(message(upload)).startsWith("Le document est trop volumineux : 10 Mo au plus.");
    assertNothingStored();
  }

  @Test
  void aDocumentOfExactlyTheLimitIsAccepted() {
    assertThat(upload("bruno", "scan.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anAuditorDownloadsButCannotAttach() {
    Object id = upload("bruno", "lettre.pdf", PDF).getBody().get("id");

    ResponseEntity<Map<String, Object>> upload = upload("audrey", "audit.pdf", PDF);

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(upload)).isEqualTo(messages.get("error.access.readOnly"));
    assertThat(documents(complaint("bruno"))).hasSize(1);
    assertThat(download("audrey", id).getBody()).isEqualTo(PDF);
  }

  @Test
  void anotherAgencyNeitherAttachesNorDownloads() {
    Object id = upload("bruno", "lettre.pdf", PDF).getBody().get("id");

    ResponseEntity<Map<String, Object>> upload = upload("claire", "lettre.pdf", PDF);

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(upload)).startsWith("Vous n'êtes pas membre de l'agence");
    assertThat(documents(complaint("bruno"))).hasSize(1);
    ResponseEntity<byte[]> download = download("claire", id);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).contains("Vous n'êtes pas membre de l'agence");
  }

  @Test
  void anotherComplaintsDocumentIsNotFoundThroughThisOne() {
    Object id = upload("bruno", "lettre.pdf", PDF).getBody().get("id");
    String other = record(complaintForm(newAgency(), LocalDate.now(PARIS).toString())).getBusinessKey();

    ResponseEntity<byte[]> download = http.withBasicAuth("bruno", "bruno")
        .getForEntity("/api/complaints/{n}/documents/{id}", byte[].class, other, id);

    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).contains(messages.get("error.document.notFound"));
  }

  @Test
  void anUploadWithoutAFileAsksForOne() {
    ResponseEntity<Map<String, Object>> upload = http.withBasicAuth("bruno", "bruno").exchange(
        "/api/complaints/{n}/documents", HttpMethod.POST, Uploads.form(new LinkedMultiValueMap<>()), JSON,
        orderNumber);

    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(upload)).isEqualTo(messages.get("error.document.missing"));
  }

  private void assertNothingStored() {
    Map<String, Object> detail = complaint("bruno");
    assertThat(documents(detail)).isEmpty();
    assertThat(followUpLines(detail)).noneMatch(text -> text.startsWith("Document joint"));
  }

  private ResponseEntity<Map<String, Object>> upload(String user, String fileName, byte[] content) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}/documents", HttpMethod.POST,
        Uploads.form(Uploads.part("file", content, fileName)), JSON, orderNumber);
  }

  private ResponseEntity<byte[]> download(String user, Object id) {
    return http.withBasicAuth(user, user).getForEntity("/api/complaints/{n}/documents/{id}", byte[].class, orderNumber, id);
  }

  private Map<String, Object> complaint(String user) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}", HttpMethod.GET, null, JSON, orderNumber).getBody();
  }

  static byte[] png() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> documents(Map<String, Object> detail) {
    return (List<Map<String, Object>>) detail.get("documents");
  }

  @SuppressWarnings("unchecked")
  private static List<String> followUpLines(Map<String, Object> detail) {
    return ((List<Map<String, Object>>) detail.get("followUps")).stream().map(line -> (String) line.get("text")).toList();
  }

  @SuppressWarnings("unchecked")
  private static String message(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, String>>) response.getBody().get("errors")).get(0).get("message");
  }
}
