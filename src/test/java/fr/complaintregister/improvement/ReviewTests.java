package fr.complaintregister.improvement;

import static fr.complaintregister.testing.ApiAnswers.errors;
import static fr.complaintregister.testing.ApiAnswers.jsonHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.LinkedAction;
import fr.complaintregister.complaint.PublicReply;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.register.RegisterQuery;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.Uploads;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** Satisfaction questionnaire answers and online reviews (QS rows), as the front desk and the quality manager see them. */
class ReviewTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String RATING_REFUSED = "Le champ « Note » doit être un nombre entier de 1 à 5.";

  @Autowired TestRestTemplate http;
  @Autowired CorrectiveActions correctiveActions;

  @Test
  void aPositiveReviewIsRecordedClosedWithoutDeadlinesNorComplaintProcess() {
    String agency = newAgency();

    ResponseEntity<Map<String, Object>> response = post("alice", "/api/complaints", review(agency, 4));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String orderNumber = (String) response.getBody().get("orderNumber");
    assertThat(orderNumber).endsWith("." + agency + ".001");
    assertThat(response.getBody()).containsKey("processInstanceId")
        .doesNotContainKeys("acknowledgementDueDate", "answerDueDate");
    Map<String, Object> row = get("quentin", "/api/complaints/" + orderNumber).getBody();
    assertThat(row).containsEntry("origin", "QS").containsEntry("status", "RECORDED")
        .containsEntry("closureDate", today().toString()).containsEntry("rating", 4)
        .containsEntry("platform", "Google").containsEntry("markedNegative", false).containsEntry("overdue", false)
        .containsEntry("acknowledgementDueDate", null).containsEntry("answerDueDate", null)
        .containsEntry("publicReply", null);
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNumber)
        .list()).singleElement().satisfies(instance -> {
          assertThat(instance.getProcessDefinitionKey()).isEqualTo("review");
          assertThat(instance.getEndTime()).as("nothing to do: ended").isNotNull();
        });
    assertThat(followUps.of(orderNumber)).singleElement()
        .satisfies(line -> assertThat(line.text()).isEqualTo("Avis reçu par formulaire et enregistré au registre."));
  }

  @Test
  void aNegativeReviewGoesToTheQualityManagerWhoseExaminationClosesItWithItsPublicReply() {
    ProcessInstance review = recordReview(review(newAgency(), 1));

    assertThat(review).isWaitingAt("Task_ExamineReview");
    Task examination = task(review);
    assertThat(examination.getName()).isEqualTo("Examiner l'avis");
    assertThat(candidateGroups(examination)).contains("qualite");
    assertThat(taskService.getVariable(examination.getId(), "complaintSummary")).asString()
        .contains("1 sur 5", "Google", "Moniteur toujours en retard");
    assertThat(row(review).status()).isEqualTo(ComplaintStatus.TO_EXAMINE);
    assertThat(row(review).closureDate()).isNull();

    String today = today().format(FrenchDate.FORMAT);
    completeAs("quentin", examination, Map.of("analysisChoice", "NO_ACTION",
        "noActionReason", "Planning des moniteurs déjà revu avec l'agence.", "publicReplyText", "Merci pour votre retour, nous avons revu nos plannings.",
        "publicReplyDate", today, "publicReplyAuthor", "La direction"));

    assertThat(review).isEnded();
    RegisterEntry row = row(review);
    assertThat(row.status()).isEqualTo(ComplaintStatus.EXAMINED);
    assertThat(row.closureDate()).isEqualTo(today());
    assertThat(row.publicReply()).isEqualTo(new PublicReply("Merci pour votre retour, nous avons revu nos plannings.",
        today(), "La direction"));
    assertThat(followUpTexts(review)).contains("Analyse du responsable qualité : aucune action corrective n'est "
            + "nécessaire. Motif : Planning des moniteurs déjà revu avec l'agence.",
        "Avis examiné par le responsable qualité.",
        "Réponse publique enregistrée (publiée le " + today + " par La direction).");
  }

  @Test
  void theExaminationNeedsWhatWasDone() {
    ProcessInstance review = recordReview(review(newAgency(), 2));

    assertThatThrownBy(() -> completeAs("quentin", task(review), Map.of()))
        .hasMessageContaining("Le champ « Suite donnée » est obligatoire.");
    assertThat(review).isWaitingAt("Task_ExamineReview");
  }

  @Test
  void aNegativeReviewLeadsToACorrectiveActionAnsweringIt() {
    String agency = newAgency();
    ProcessInstance review = recordReview(review(agency, 2));

    completeAs("quentin", task(review), Map.of("analysisChoice", "NEW_ACTION",
        "actionSubject", "Rappeler aux moniteurs l'heure de début des leçons", "personInCharge", "bruno",
        "dueDate", today().plusDays(20).format(FrenchDate.FORMAT)));

    assertThat(review).isEnded();
    assertThat(row(review).status()).isEqualTo(ComplaintStatus.EXAMINED);
    List<LinkedAction> actions = as("quentin", () -> complaints.detail(review.getBusinessKey())).actions();
    assertThat(actions).extracting(LinkedAction::subject)
        .containsExactly("Rappeler aux moniteurs l'heure de début des leçons");
    ActionDetail action = as("quentin", () -> correctiveActions.detail(actions.get(0).orderNumber()));
    assertThat(action.sources()).containsExactly(review.getBusinessKey());
    assertThat(action.action().agency()).isEqualTo(agency);
    assertThat(action.action().dueDate()).isEqualTo(today().plusDays(20));
  }

  @Test
  void aReviewMarkedNegativeWithoutRatingIsExaminedAndNeverLate() {
    Map<String, Object> form = review(newAgency(), null);
    form.put("markedNegative", true);
    form.put("receptionDate", today().minusMonths(4).toString());

    ProcessInstance review = recordReview(form);

    assertThat(review).isWaitingAt("Task_ExamineReview");
    assertThat(row(review).status()).isEqualTo(ComplaintStatus.TO_EXAMINE);
    assertThat(row(review).overdue()).as("no deadline runs on a review").isFalse();
    assertThat(listing.search(new RegisterQuery(null, row(review).agency(), null, null, null, 0, 10, true, null),
        AgencyScope.every()).page().totalElements()).isZero();
  }

  @Test
  void theComplaintProcessPointsAReviewToItsOwnForm() {
    Map<String, Object> form = complaintForm(newAgency(), today().toString());
    form.put("origin", "QS");

    assertThatThrownBy(() -> as("alice", () -> runtimeService().startProcessInstanceByKey("complaint", form)))
        .hasMessageContaining("« Enregistrer un avis ou un questionnaire de satisfaction »");
  }

  @Test
  void onlyTheFrontDeskAndTheQualityManagerRecordReviews() {
    ResponseEntity<Map<String, Object>> response = post("bruno", "/api/complaints", review(newAgency(), 4));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(response)).extracting(error -> error.get("message")).containsExactly(
        "Seuls l'accueil et le responsable qualité peuvent enregistrer un avis ou un questionnaire de satisfaction.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "6", "\"abc\"", "1.5", "\"4\"", "true"})
  void aRatingThatIsNotAWholeNumberFromOneToFiveIsRefused(String rating) {
    String agency = newAgency();
    String body = "{\"clientName\":\"Léa\",\"subject\":\"Bien\",\"agency\":\"" + agency + "\",\"origin\":\"QS\",\"rating\":"
        + rating + "}";

    ResponseEntity<Map<String, Object>> response = postJson("alice", "/api/complaints", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(Map.of("field", "rating", "message", RATING_REFUSED));
  }

  @Test
  void wrongReviewFieldsAreRefusedInFrench() {
    Map<String, Object> form = review(newAgency(), 3);
    form.put("platform", "Goo\u0000gle");
    form.put("subject", "x".repeat(2001));
    form.put("markedNegative", "oui");

    ResponseEntity<Map<String, Object>> response = post("alice", "/api/complaints", form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder("platform", "subject", "markedNegative");
    assertThat(errors(response)).extracting(error -> error.get("message")).allSatisfy(message ->
        assertThat((String) message).startsWith("Le champ « "));
  }

  @Test
  void aReviewIsNotWithdrawn() {
    String orderNumber = (String) post("alice", "/api/complaints", review(newAgency(), 4)).getBody().get("orderNumber");

    ResponseEntity<Map<String, Object>> response = post("bruno", "/api/complaints/" + orderNumber + "/withdrawal",
        Map.of("kind", "DUPLICATE", "reason", "Saisi deux fois"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).extracting(error -> (String) error.get("message"))
        .singleElement().asString().contains("aucune réponse ne lui est due");
  }

  @Test
  void importRecordsEveryReviewOfTheFileInItsOrder() {
    String agency = newAgency();
    String csv = "\uFEFFauthor;date;rating;text;platform\n"
        + "Léa Martin;" + today().format(FrenchDate.FORMAT) + ";5;Très bonne école;Google\n"
        + "Paul;" + today() + ";2;\"Accueil froid; attente longue\";Google\n"
        + "Anonyme;" + today() + ";;Rien à redire;\n";

    ResponseEntity<Map<String, Object>> response = importFile("quentin", agency, csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String prefix = String.format("%02d.%s.", today().getYear() % 100, agency);
    assertThat(response.getBody()).containsEntry("imported", 3)
        .containsEntry("orderNumbers", List.of(prefix + "001", prefix + "002", prefix + "003"));
    assertThat(register.get(prefix + "002")).satisfies(row -> {
      assertThat(row.subject()).isEqualTo("Accueil froid; attente longue");
      assertThat(row.status()).isEqualTo(ComplaintStatus.TO_EXAMINE);
      assertThat(row.rating()).isEqualTo(2);
    });
    assertThat(register.get(prefix + "003").rating()).isNull();
    assertThat(register.get(prefix + "003").status()).isEqualTo(ComplaintStatus.RECORDED);
  }

  @Test
  void importReadsACommaSeparatedFileWithoutBom() {
    String csv = "Author,Date,Rating,Text,Platform\nLéa,\"" + today().format(FrenchDate.FORMAT) + "\",4,\"Bien, merci\",Trustpilot\n";

    ResponseEntity<Map<String, Object>> response = importFile("quentin", newAgency(), csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String orderNumber = ((List<?>) response.getBody().get("orderNumbers")).get(0).toString();
    assertThat(register.get(orderNumber).platform()).isEqualTo("Trustpilot");
    assertThat(register.get(orderNumber).subject()).isEqualTo("Bien, merci");
  }

  @Test
  void oneWrongLineRecordsNothingAndUsesNoNumber() {
    String agency = newAgency();
    String csv = "author;date;rating;text;platform\n"
        + "Léa;" + today() + ";5;Très bien;Google\n"
        + "Paul;" + today() + ";6;Trop noté;Google\n";

    ResponseEntity<Map<String, Object>> response = importFile("quentin", agency, csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(Map.of("field", "rating", "message", "Ligne 3 : " + RATING_REFUSED));
    assertThat(listing.search(new RegisterQuery(null, agency, null, null, null, 0, 10, false, null), AgencyScope.every())
        .page().totalElements()).isZero();
    assertThat(post("alice", "/api/complaints", review(agency, 4)).getBody())
        .as("the refused file used no number").extractingByKey("orderNumber").asString().endsWith(".001");
  }

  @Test
  void anErrorNamesTheLineOfTheFileEvenAfterBlankLinesAndATextOnTwoLines() {
    String csv = "author;date;rating;text;platform\r\n"
        + "\r\n"
        + "Léa;" + today() + ";5;\"Très bien,\r\nvraiment\";Google\r\n"
        + "Paul;" + today() + ";6;Trop noté;Google\r\n";

    ResponseEntity<Map<String, Object>> response = importFile("quentin", newAgency(), csv);

    assertThat(errors(response)).containsExactly(Map.of("field", "rating", "message", "Ligne 5 : " + RATING_REFUSED));
  }

  @Test
  void anExportImportedTwiceRecordsNothingTheSecondTime() {
    String agency = newAgency();
    String csv = "author;date;rating;text;platform\n"
        + "Léa;" + today() + ";5;Très bien;Google\n"
        + "Paul;" + today() + ";2;Accueil froid;Google\n"
        + "Paul;" + today() + ";2;Accueil froid;Google\n";
    String once = "author;date;rating;text;platform\n" + csv.lines().skip(1).limit(2)
        .map(line -> line + "\n").reduce("", String::concat);

    assertThat(errors(importFile("quentin", agency, csv))).extracting(error -> error.get("message"))
        .containsExactly("Ligne 4 : cet avis figure déjà à la ligne 3 du fichier.");
    assertThat(importFile("quentin", agency, once).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> again = importFile("quentin", agency, once);

    String prefix = String.format("%02d.%s.", today().getYear() % 100, agency);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(again)).extracting(error -> error.get("message")).containsExactly(
        "Ligne 2 : cet avis est déjà au registre sous le numéro " + prefix + "001 ; un export déjà importé ne "
            + "s'importe pas une seconde fois.",
        "Ligne 3 : cet avis est déjà au registre sous le numéro " + prefix + "002 ; un export déjà importé ne "
            + "s'importe pas une seconde fois.");
    assertThat(listing.search(new RegisterQuery(null, agency, null, null, null, 0, 10, false, null), AgencyScope.every())
        .page().totalElements()).isEqualTo(2);
  }

  @Test
  void importNeedsItsColumnsAnAgencyAndTheQualityManager() {
    String agency = newAgency();
    String csv = "author;date;text\nLéa;" + today() + ";Bien\n";

    assertThat(errors(importFile("quentin", agency, csv))).extracting(error -> (String) error.get("message"))
        .singleElement().asString().startsWith("Colonnes manquantes dans le fichier : rating, platform.");
    assertThat(importFile("quentin", "", csv).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(importFile("alice", agency, csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theQualityManagerRecordsAndReplacesAReviewsPublicReply() {
    String agency = newAgency();
    String orderNumber = (String) post("alice", "/api/complaints", review(agency, 3)).getBody().get("orderNumber");

    assertThat(put("quentin", orderNumber, Map.of("text", "Merci !", "date", today().toString(), "author", "Quentin"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> replaced = put("diane", orderNumber, Map.of("text", "Merci beaucoup !"));

    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> publicReply = new HashMap<>();
    publicReply.put("text", "Merci beaucoup !");
    publicReply.put("date", today().toString());
    publicReply.put("author", null);
    assertThat(get("audrey", "/api/complaints/" + orderNumber).getBody()).containsEntry("publicReply", publicReply);
    assertThat(followUps.of(orderNumber)).extracting(line -> line.text()).contains(
        "Réponse publique enregistrée (publiée le " + today().format(FrenchDate.FORMAT) + " par Quentin).");
  }

  @Test
  void aPublicReplyIsForAReviewOnlyByTheQualityManagerOrTheDirection() {
    String agency = newAgency();
    String review = (String) post("alice", "/api/complaints", review(agency, 3)).getBody().get("orderNumber");
    String complaint = (String) post("alice", "/api/complaints", complaintForm(agency, today().toString()))
        .getBody().get("orderNumber");

    assertThat(put("bruno", review, Map.of("text", "Merci")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("quentin", complaint, Map.of("text", "Merci")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> refused = put("quentin", review,
        Map.of("text", 12, "date", today().plusDays(1).toString(), "author", "x".repeat(201)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).extracting(error -> error.get("field")).containsExactlyInAnyOrder("text", "date", "author");
    ResponseEntity<Map<String, Object>> tooEarly = put("quentin", review,
        Map.of("text", "Merci", "date", today().minusDays(1).toString()));
    assertThat(errors(tooEarly)).containsExactly(Map.of("field", "date", "message",
        "La réponse publique ne peut pas précéder l'avis, reçu le " + today().format(FrenchDate.FORMAT) + "."));
    assertThat(register.get(review).publicReply()).isNull();
  }

  private static LocalDate today() {
    return LocalDate.now(PARIS);
  }

  private static Map<String, Object> review(String agency, Integer rating) {
    Map<String, Object> form = new HashMap<>();
    form.put("clientName", "Léa Martin");
    form.put("subject", "Moniteur toujours en retard");
    form.put("agency", agency);
    form.put("origin", "QS");
    form.put("platform", "Google");
    if (rating != null) {
      form.put("rating", rating);
    }
    return form;
  }

  private ProcessInstance recordReview(Map<String, Object> form) {
    return record(form, "alice");
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON);
  }

  private ResponseEntity<Map<String, Object>> postJson(String user, String path, String body) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON);
  }

  private ResponseEntity<Map<String, Object>> put(String user, String orderNumber, Map<String, Object> reply) {
    return http.withBasicAuth(user, user).exchange("/api/complaints/{n}/public-reply", HttpMethod.PUT,
        new HttpEntity<>(reply, jsonHeaders()), JSON, orderNumber);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> importFile(String user, String agency, String csv) {
    MultiValueMap<String, Object> parts = Uploads.part("file", csv, "avis.csv");
    parts.add("agency", agency);
    return http.withBasicAuth(user, user).exchange("/api/reviews/import", HttpMethod.POST, Uploads.form(parts), JSON);
  }
}
