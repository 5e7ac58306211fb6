package fr.complaintregister.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A complaint's letters over the domain API and from the task forms, with the register's access rules. */
class LetterApiTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired LetterStore store;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;

  private ProcessInstance complaint;
  private String orderNumber;

  @BeforeEach
  void recordAComplaint() {
    complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    orderNumber = complaint.getBusinessKey();
  }

  @Test
  void theComplaintListsItsLettersAndEachOpensAsAPdfInTheBrowser() {
    List<Map<String, Object>> letters = letters(http.withBasicAuth("bruno", "bruno")
        .exchange("/api/complaints/{n}", HttpMethod.GET, null, JSON, orderNumber).getBody());

    assertThat(letters).singleElement().satisfies(letter -> assertThat(letter)
        .containsEntry("kind", "RECEIPT").containsEntry("issuedBy", "alice").containsEntry("delivery", "TO_PRINT")
        .containsKeys("id", "issuedAt", "fileName"));
    ResponseEntity<byte[]> pdf = letter("alice", letters.get(0).get("id"));
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(letters.get(0).get("fileName"));
    assertThat(LetterText.of(pdf.getBody())).contains("Récépissé de votre réclamation n° " + orderNumber);
  }

  @Test
  void aHandlerOfTheAgencyMarksALetterToPrintPostedOnceAndAnAuditorMayNot() {
    Object receipt = letters(complaintAs("bruno")).get(0).get("id");

    assertThat(posted("audrey", receipt).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(posted("claire", receipt).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(posted("bruno", receipt).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(posted("bruno", receipt).getStatusCode()).as("posted already").isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(letters(complaintAs("audrey")).get(0)).containsEntry("delivery", "POSTED").containsEntry("postedBy", "bruno")
        .containsKey("postedAt");
  }

  private Map<String, Object> complaintAs(String user) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}", HttpMethod.GET, null, JSON, orderNumber).getBody();
  }

  private ResponseEntity<String> posted(String user, Object letterId) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}/letters/{id}/posted", HttpMethod.POST, null,
        String.class, orderNumber, letterId);
  }

  @Test
  void anotherAgencysUserMayNotReadTheLetterAndAnUnknownLetterIsNotFound() {
    long id = store.of(orderNumber).get(0).id();

    ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("claire", "claire")
        .exchange("/api/complaints/{n}/letters/{id}", HttpMethod.GET, null, JSON, orderNumber, id);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(refused)).contains("agence");

    ResponseEntity<Map<String, Object>> unknown = http.withBasicAuth("bruno", "bruno")
        .exchange("/api/complaints/{n}/letters/{id}", HttpMethod.GET, null, JSON, orderNumber, id + 1000);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(message(unknown)).isEqualTo("Cette réclamation n'a pas de courrier de ce numéro.");
  }

  @Test
  void theAcknowledgementPreviewIsTheLetterToComeAndStoresNothing() {
    ResponseEntity<byte[]> preview = http.withBasicAuth("bruno", "bruno").getForEntity(
        "/api/complaints/{n}/letters/preview/ACKNOWLEDGEMENT", byte[].class, orderNumber);

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(LetterText.of(preview.getBody())).contains("Aperçu – courrier non émis",
        "Accusé de réception de votre réclamation n° " + orderNumber);
    assertThat(store.of(orderNumber)).extracting("kind").containsExactly("RECEIPT");
    assertThat(http.withBasicAuth("claire", "claire").getForEntity(
        "/api/complaints/{n}/letters/preview/ACKNOWLEDGEMENT", String.class, orderNumber).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("bruno", "bruno").getForEntity(
        "/api/complaints/{n}/letters/preview/ANSWER", String.class, orderNumber).getStatusCode())
        .as("an answer yet to be written has no preview").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.withBasicAuth("audrey", "audrey").getForEntity(
        "/api/complaints/{n}/letters/preview/ACKNOWLEDGEMENT", String.class, orderNumber).getStatusCode())
        .as("an auditor issues nothing").isEqualTo(HttpStatus.FORBIDDEN);
    acknowledge(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult());
    assertThat(http.withBasicAuth("bruno", "bruno").getForEntity(
        "/api/complaints/{n}/letters/preview/ACKNOWLEDGEMENT", String.class, orderNumber).getStatusCode())
        .as("acknowledged: the letter is in the register").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theSignatoryReadsTheAnswerLetterAsSigningWouldIssueItWithItsRecourse() {
    acknowledge(complaint);
    Map<String, Object> answer = new java.util.HashMap<>();
    answer.put("outcome", "PARTIALLY_REJECTED");
    answer.put("answerText", "Une leçon vous est rendue ; la seconde était due.");
    answer.put("recourseOptions", "Vous pouvez saisir le médiateur de la consommation.");
    answer.put("commercialGesture", "Remboursement partiel");
    answer.put("commercialGestureAmount", 200);
    completeAs("bruno", task(complaint), answer);
    assertThat(complaint).isWaitingAt("Task_SignAnswer");

    ResponseEntity<byte[]> preview = http.withBasicAuth("sophie", "sophie").getForEntity(
        "/api/complaints/{n}/letters/preview/ANSWER", byte[].class, orderNumber);

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(LetterText.of(preview.getBody())).contains("Aperçu – courrier non émis",
        "Une leçon vous est rendue ; la seconde était due.", "Vous pouvez saisir le médiateur de la consommation.",
        "Remboursement partiel");
    assertThat(store.of(orderNumber)).extracting("kind").containsExactly("RECEIPT", "ACKNOWLEDGEMENT");
    assertThat((String) taskService.getVariableLocal(task(complaint).getId(), "letterLink"))
        .startsWith("[Aperçu de la lettre de réponse (PDF)](/api/complaints/" + orderNumber + "/letters/preview/ANSWER)");
    assertThat(http.withBasicAuth("sophie", "sophie").getForEntity(
        "/api/complaints/{n}/letters/preview/ACKNOWLEDGEMENT", String.class, orderNumber).getStatusCode())
        .as("acknowledged already").isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> quality = http.withBasicAuth("quentin", "quentin").getForEntity(
        "/api/complaints/{n}/letters/preview/ANSWER", String.class, orderNumber);
    assertThat(quality.getStatusCode()).as("an unsigned answer is the signatories' to read").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(quality.getBody()).contains("Seuls ceux à qui revient la signature de cette réponse en ont l'aperçu.");
    assertThat(http.withBasicAuth("bruno", "bruno").getForEntity(
        "/api/complaints/{n}/letters/preview/ANSWER", String.class, orderNumber).getStatusCode())
        .as("nor its author's").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theReceiptTaskLinksToTheReceiptAndTheAcknowledgementTaskToItsPreview() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint")
        .latestVersion().singleResult().getId();
    Map<String, Object> form = complaintForm(newAgency(), LocalDate.now(PARIS).toString());
    ProcessInstance inTasklist = as("alice", () -> formService.submitStartForm(definitionId, form));
    String recorded = inTasklist.getBusinessKey();

    assertThat(taskService.getVariableLocal(task("Task_HandOverReceipt", inTasklist).getId(), "letterLink"))
        .isEqualTo("[Ouvrir le récépissé à imprimer (PDF)](/api/complaints/" + recorded + "/letters/"
            + store.of(recorded).get(0).id() + ")");
    assertThat((String) taskService.getVariableLocal(task("Task_AcknowledgeComplaint", inTasklist).getId(), "letterLink"))
        .startsWith("[Aperçu de la lettre d'accusé de réception (PDF)](/api/complaints/" + recorded
            + "/letters/preview/ACKNOWLEDGEMENT)");
  }

  private ResponseEntity<byte[]> letter(String user, Object id) {
    return http.withBasicAuth(user, user).getForEntity("/api/complaints/{n}/letters/{id}", byte[].class, orderNumber, id);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> letters(Map<String, Object> complaint) {
    return (List<Map<String, Object>>) complaint.get("letters");
  }

  @SuppressWarnings("unchecked")
  private static String message(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors")).get(0).get("message").toString();
  }
}
