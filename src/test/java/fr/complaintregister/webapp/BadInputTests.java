package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A careless or hostile caller, class by class of bad input, through the domain API, the engine
 * REST start form, task completion and follow-ups: each input is a 400 with a French message
 * naming what is wrong, nothing is stored, and the server answers the next request.
 */
class BadInputTests extends ComplaintTestSupport {

  private static final String NUL = "Jean\u0000ne";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  /** A complaint waiting for its acknowledgement, one waiting for its answer and an action it started, in 1601. */
  private Fixture fixture;

  record Fixture(ProcessInstance toAcknowledge, ProcessInstance toAnswer, String action) {
  }

  /** One bad request: who sends it, where, the body, and a fragment of the French message expected. */
  record BadRequest(String user, HttpMethod method, Function<Fixture, String> path, Function<Fixture, String> body,
                    String expectedMessage) {
  }

  @BeforeEach
  void recordComplaints() throws JsonProcessingException {
    ProcessInstance toAnswer = record(complaintForm(DEMO_AGENCY, today()));
    acknowledge(toAnswer);
    String action = JSON.readTree(http.withBasicAuth("quentin", "quentin").postForEntity("/api/actions",
        jsonEntity(action(Map.of()).apply(new Fixture(null, toAnswer, null))), String.class).getBody())
        .path("orderNumber").asText();
    fixture = new Fixture(record(complaintForm(DEMO_AGENCY, today())), toAnswer, action);
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        startForm("agency as a number", Map.of("agency", typed(1601, "Integer")), "« Agence » doit être un texte"),
        startForm("text as a number", Map.of("clientName", typed(5, "Integer")), "« Nom du client » doit être un texte"),
        startForm("text as Json", Map.of("subject", typed("{\"a\":1}", "Json")), "le type « Json » n'est pas admis"),
        startForm("Java-serialized object", Map.of("clientName", Map.of("value", "rO0ABXQAA0JvYg==", "type", "Object",
            "valueInfo", Map.of("objectTypeName", "java.lang.String",
                "serializationDataFormat", "application/x-java-serialized-object"))), "le type « Object » n'est pas admis"),
        startForm("file", Map.of("clientName", Map.of("value", "QUJD", "type", "File",
            "valueInfo", Map.of("filename", "a.txt"))), "le type « File » n'est pas admis"),
        startForm("object without a type", Map.of("clientName", Map.of("value", Map.of("a", 1))),
            "ne correspond pas au type"),
        startForm("checkbox as a text", Map.of("answeredAtOnce", typed("true", "String")), "« Réponse immédiate » doit être coché"),
        startForm("name of 300 characters", Map.of("x".repeat(300), typed("a", "String")), "n'est pas admis : une lettre"),
        startForm("name with spaces", Map.of("client name", typed("a", "String")), "n'est pas admis : une lettre"),
        startForm("101 variables", manyVariables(101), "plus de 100 variables"),
        answer("outcome as a number", Map.of("outcome", typed(1, "Integer")), "« Décision » doit être un texte"),
        answer("amount as a text", Map.of("commercialGestureAmount", typed("abc", "String")), "« Montant du geste commercial » doit être un nombre"),
        answer("dysfunctions as Json", Map.of("dysfunctions", typed("[1]", "Json")), "le type « Json » n'est pas admis"),
        acknowledgement("note as a number", Map.of("followUpNote", typed(12, "Long")), "« Note de suivi » doit être un texte"),
        domain("text as an object", "/api/complaints", complaint(Map.of("clientName", Map.of("a", 1))), "« Nom du client » doit être un texte"),
        domain("agency as a number", "/api/complaints", complaint(Map.of("agency", 1601)), "« Agence » doit être un texte"),
        followUp("follow-up as an object", "{\"text\":{\"x\":1}}", "« Texte du suivi » doit être un texte"),
        correction("client name as an object", Map.of("clientName", Map.of("a", 1)), "« Nom du client » doit être un texte"),
        withdrawal("kind as a number", Map.of("kind", 1), "« Motif du retrait » doit être un texte"),
        actionRecord("subject as a number", Map.of("subject", 5), "« subject » n'a pas le type attendu"),
        actionRecord("due date not a date", Map.of("dueDate", "demain"), "« dueDate » n'a pas le type attendu"),
        actionLink("order number as a number", json(Map.of("orderNumber", 26)),
            "« orderNumber » n'a pas le type attendu"));
  }

  static Stream<Arguments> nulCharacters() {
    return Stream.of(
        domain("client name", "/api/complaints", complaint(Map.of("clientName", NUL)), "« Nom du client » contient un caractère invisible"),
        startForm("start form", Map.of("subject", typed(NUL, "String")), "caractère nul"),
        answer("answer", Map.of("answerText", typed(NUL, "String")), "caractère nul"),
        followUp("follow-up", json(Map.of("text", NUL)), "« Texte du suivi » contient un caractère invisible"),
        Arguments.of("register search", new BadRequest("alice", HttpMethod.GET, f -> "/api/register?q=Jean%00ne", f -> null,
            "caractère nul")),
        Arguments.of("engine query", new BadRequest("bruno", HttpMethod.GET,
            f -> "/engine-rest/task?processInstanceBusinessKey=26%00", f -> null, "caractère nul")),
        correction("client name", Map.of("clientName", NUL), "« Nom du client » contient un caractère invisible"),
        withdrawal("reason", Map.of("reason", NUL), "« Explication du retrait » contient un caractère invisible"),
        actionRecord("subject", Map.of("subject", NUL), "« Action corrective » contient un caractère invisible"),
        actionLink("order number", json(Map.of("orderNumber", "26\u0000")),
            "« Numéro d'ordre de la réclamation à rattacher » contient un caractère invisible"));
  }

  static Stream<Arguments> tooLongTexts() {
    return Stream.of(
        answer("answer over 10,000", Map.of("answerText", typed("a".repeat(10_001), "String")),
            "« Réponse apportée » ne doit pas dépasser 10000"),
        acknowledgement("note over 3,000", Map.of("followUpNote", typed("n".repeat(3_001), "String")),
            "« Note de suivi » ne doit pas dépasser 3000"),
        domain("subject over 2,000", "/api/complaints", complaint(Map.of("subject", "s".repeat(2_001))),
            "« Objet de la réclamation » ne doit pas dépasser 2000"),
        followUp("follow-up over 4,000", json(Map.of("text", "t".repeat(4_001))), "« Texte du suivi » ne doit pas dépasser 4000"),
        startForm("any variable over 20,000", Map.of("remark", typed("r".repeat(20_001), "String")),
            "« remark » ne doit pas dépasser 20000"),
        Arguments.of("body over 512 KiB", new BadRequest("alice", HttpMethod.POST,
            f -> "/engine-rest/process-definition/key/complaint/submit-form", f -> "{\"a\":\"" + "b".repeat(600_000) + "\"}",
            "dépasse la taille admise")),
        correction("subject over 2,000", Map.of("subject", "s".repeat(2_001)),
            "« Objet de la réclamation » ne doit pas dépasser 2000"),
        withdrawal("reason over 2,000", Map.of("reason", "r".repeat(2_001)),
            "« Explication du retrait » ne doit pas dépasser 2000"),
        actionRecord("subject over 2,000", Map.of("subject", "a".repeat(2_001)),
            "« Action corrective » ne doit pas dépasser 2000"));
  }

  /** A handler of agency 1602 writing to a complaint of agency 1601. */
  static Stream<Arguments> otherAgency() {
    MultiValueMap<String, Object> document = new LinkedMultiValueMap<>();
    document.add("file", new ByteArrayResource("Lettre du client".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "lettre.txt";
      }
    });
    return Stream.of(
        Arguments.of("correction", HttpMethod.PATCH, "", json(Map.of("clientName", "Autre nom"))),
        Arguments.of("withdrawal", HttpMethod.POST, "/withdrawal", json(Map.of("kind", "DUPLICATE", "reason", "Doublon"))),
        Arguments.of("document", HttpMethod.POST, "/documents", document),
        Arguments.of("follow-up", HttpMethod.POST, "/follow-ups", json(Map.of("text", "Rappel du client"))));
  }

  static Stream<Arguments> malformedJson() {
    return Stream.of(
        Arguments.of("trailing garbage, domain API", new BadRequest("alice", HttpMethod.POST, f -> "/api/complaints",
            f -> complaint(Map.of()).apply(f) + " garbage", "doit être un objet JSON valide")),
        Arguments.of("duplicate key, domain API", new BadRequest("alice", HttpMethod.POST, f -> "/api/complaints",
            f -> complaint(Map.of()).apply(f).replaceFirst("\\{", "{\"clientName\":\"Autre\","), "« clientName » figure deux fois")),
        Arguments.of("trailing garbage, start form", new BadRequest("alice", HttpMethod.POST,
            f -> "/engine-rest/process-definition/key/complaint/submit-form",
            f -> startFormBody(Map.of()) + "}", "doit être un objet JSON valide")),
        Arguments.of("duplicate key, task completion", new BadRequest("bruno", HttpMethod.POST,
            f -> "/engine-rest/task/" + task(f.toAnswer()).getId() + "/submit-form",
            f -> "{\"variables\":{\"outcome\":{\"value\":\"ACCEPTED\"},\"outcome\":{\"value\":\"REJECTED\"}}}",
            "« outcome » figure deux fois")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"wrongTypes", "nulCharacters", "tooLongTexts", "malformedJson"})
  void badInputIsRefusedInFrenchAndStoresNothing(String name, BadRequest request) {
    Map<String, Long> before = storedState();

    ResponseEntity<String> response = send(request);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(withoutNumberSpaces(response.getBody())).contains(request.expectedMessage())
        .doesNotContain("ENGINE-", "Exception:", "SQL");
    assertThat(storedState()).as("nothing stored").isEqualTo(before);
    assertThat(http.withBasicAuth("alice", "alice").getForEntity("/api/complaints/" + fixture.toAnswer().getBusinessKey(),
        String.class).getStatusCode().value()).as("the server still answers").isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherAgency")
  void anotherAgencysComplaintIsRefusedInFrenchAndKeptAsItWas(String name, HttpMethod method, String subPath, Object body) {
    Map<String, Long> before = storedState();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(body instanceof String ? MediaType.APPLICATION_JSON : MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = http.withBasicAuth("claire", "claire").exchange(
        "/api/complaints/" + fixture.toAnswer().getBusinessKey() + subPath, method, new HttpEntity<>(body, headers),
        String.class);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).contains("n'êtes pas membre de l'agence « 1601 »");
    assertThat(storedState()).as("nothing stored").isEqualTo(before);
  }

  private ResponseEntity<String> send(BadRequest request) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = request.body().apply(fixture);
    // An address taken as it is, so that %00 reaches the server as the NUL character
    URI address = URI.create(http.getRootUri() + request.path().apply(fixture));
    return http.withBasicAuth(request.user(), request.user()).exchange(address, request.method(),
        body == null ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers), String.class);
  }

  /** French numbers group thousands with a narrow space: "10 000". */
  private static String withoutNumberSpaces(String text) {
    return text.replaceAll("(\\d)[\u202F\u00A0 ](\\d{3})", "$1$2");
  }

  /** What a refused request must leave as it was: register rows, counters, notes, instances, tasks, variables. */
  private Map<String, Long> storedState() {
    Map<String, Long> state = new LinkedHashMap<>();
    state.put("register rows", jdbc.queryForObject("SELECT COUNT(*) FROM register_entry", Long.class));
    state.put("order numbers given", jdbc.queryForObject("SELECT COALESCE(SUM(last_number), 0) FROM order_counter", Long.class));
    state.put("follow-ups", jdbc.queryForObject("SELECT COUNT(*) FROM follow_up", Long.class));
    state.put("withdrawn rows", jdbc.queryForObject("SELECT COUNT(*) FROM register_entry WHERE status = 'WITHDRAWN'", Long.class));
    state.put("corrections", jdbc.queryForObject("SELECT COUNT(*) FROM correction", Long.class));
    state.put("documents", jdbc.queryForObject("SELECT COUNT(*) FROM attached_document", Long.class));
    state.put("corrective actions", jdbc.queryForObject("SELECT COUNT(*) FROM corrective_action", Long.class));
    state.put("action sources", jdbc.queryForObject("SELECT COUNT(*) FROM corrective_action_source", Long.class));
    state.put("action log", jdbc.queryForObject("SELECT COUNT(*) FROM corrective_action_log", Long.class));
    state.put("process instances", runtimeService.createProcessInstanceQuery().count());
    state.put("open tasks", taskService.createTaskQuery().count());
    state.put("variables in history", historyService.createHistoricVariableInstanceQuery().count());
    return state;
  }

  private static Arguments startForm(String name, Map<String, Object> changedVariables, String expectedMessage) {
    return Arguments.of("start form: " + name, new BadRequest("alice", HttpMethod.POST,
        f -> "/engine-rest/process-definition/key/complaint/submit-form", f -> startFormBody(changedVariables), expectedMessage));
  }

  private static String startFormBody(Map<String, Object> changedVariables) {
    Map<String, Object> variables = new HashMap<>();
    complaintForm(DEMO_AGENCY, today()).forEach((field, value) -> variables.put(field, Map.of("value", value)));
    variables.putAll(changedVariables);
    return json(Map.of("variables", variables));
  }

  private static Arguments answer(String name, Map<String, Object> changedVariables, String expectedMessage) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        "outcome", typed("ACCEPTED", "String"), "answerText", typed("La leçon vous est rendue.", "String")));
    variables.putAll(changedVariables);
    return Arguments.of("answer: " + name, new BadRequest("bruno", HttpMethod.POST,
        f -> "/engine-rest/task/" + task(f.toAnswer()).getId() + "/submit-form", f -> json(Map.of("variables", variables)),
        expectedMessage));
  }

  private static Arguments acknowledgement(String name, Map<String, Object> variables, String expectedMessage) {
    return Arguments.of("acknowledgement: " + name, new BadRequest("bruno", HttpMethod.POST,
        f -> "/engine-rest/task/" + task(f.toAcknowledge()).getId() + "/complete", f -> json(Map.of("variables", variables)),
        expectedMessage));
  }

  private static Arguments domain(String name, String path, Function<Fixture, String> body, String expectedMessage) {
    return Arguments.of("domain API: " + name, new BadRequest("alice", HttpMethod.POST, f -> path, body, expectedMessage));
  }

  private static Arguments followUp(String name, String body, String expectedMessage) {
    return Arguments.of("follow-up: " + name, new BadRequest("bruno", HttpMethod.POST,
        f -> "/api/complaints/" + f.toAnswer().getBusinessKey() + "/follow-ups", f -> body, expectedMessage));
  }

  private static Arguments correction(String name, Map<String, Object> fields, String expectedMessage) {
    return Arguments.of("correction: " + name, new BadRequest("bruno", HttpMethod.PATCH,
        f -> "/api/complaints/" + f.toAnswer().getBusinessKey(), f -> json(fields), expectedMessage));
  }

  private static Arguments withdrawal(String name, Map<String, Object> changedFields, String expectedMessage) {
    Map<String, Object> body = new HashMap<>(Map.of("kind", "DUPLICATE", "reason", "Enregistrée deux fois."));
    body.putAll(changedFields);
    return Arguments.of("withdrawal: " + name, new BadRequest("bruno", HttpMethod.POST,
        f -> "/api/complaints/" + f.toAnswer().getBusinessKey() + "/withdrawal", f -> json(body), expectedMessage));
  }

  private static Arguments actionRecord(String name, Map<String, Object> changedFields, String expectedMessage) {
    return Arguments.of("corrective action: " + name, new BadRequest("quentin", HttpMethod.POST, f -> "/api/actions",
        action(changedFields), expectedMessage));
  }

  private static Arguments actionLink(String name, String body, String expectedMessage) {
    return Arguments.of("action link: " + name, new BadRequest("quentin", HttpMethod.POST,
        f -> "/api/actions/" + f.action() + "/links", f -> body, expectedMessage));
  }

  /** A decided action answering the complaint waiting for its answer, with some fields changed. */
  private static Function<Fixture, String> action(Map<String, Object> changedFields) {
    return f -> {
      Map<String, Object> body = new HashMap<>(Map.of("subject", "Former l'accueil aux réclamations.",
          "personInCharge", "bruno", "dueDate", LocalDate.now(PARIS).plusMonths(1).toString(), "agency", DEMO_AGENCY,
          "sources", List.of(f.toAnswer().getBusinessKey())));
      body.putAll(changedFields);
      return json(body);
    };
  }

  private static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static Function<Fixture, String> complaint(Map<String, Object> changedFields) {
    Map<String, Object> form = complaintForm(DEMO_AGENCY, today());
    form.putAll(changedFields);
    return f -> json(form);
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static Map<String, Object> manyVariables(int count) {
    Map<String, Object> variables = new HashMap<>();
    IntStream.range(0, count).forEach(i -> variables.put("extra" + i, typed("x", "String")));
    return variables;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String today() {
    return LocalDate.now(PARIS).toString();
  }
}
