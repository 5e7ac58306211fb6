package fr.complaintregister.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.AttachedDocuments;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.IssuedLetter;
import fr.complaintregister.complaint.IssuedLetters;
import fr.complaintregister.complaint.Outcome;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.complaint.WithdrawalService;
import fr.complaintregister.register.IndicatorQuery;
import fr.complaintregister.register.IndicatorRegister;
import fr.complaintregister.register.Indicators;
import fr.complaintregister.register.RegisterRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Five years after a complaint is closed, the nightly process anonymises its client's data in the register, its
 * letters and documents, its follow-up and the engine's history; the row and the indicators stay as they were.
 */
class ClientDataAnonymisationTests extends ClientFilesSupport {

  private static final String PROCESS_KEY = "personalDataRetention";
  private static final String CLIENT = "Jeanne Dupont";
  private static final String ANONYMOUS = "Client anonymisé";
  private static final String ERASED = "[Texte anonymisé à la fin de la durée de conservation]";

  @Autowired IssuedLetters letters;
  @Autowired AttachedDocuments documents;
  @Autowired IndicatorRegister indicators;
  @Autowired WithdrawalService withdrawals;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  private String agency;
  private ProcessInstance answered;
  private ProcessInstance withdrawn;
  private ProcessInstance closedLater;

  /** One complaint answered on 5 March 2026, one withdrawn on 6 March 2026, one withdrawn on 1 June 2028. */
  @BeforeEach
  void closeThreeComplaints() {
    agency = newAgency();
    clockAt("2026-03-02T10:00");
    answered = record(clientForm(agency, "2026-03-02", CLIENT, "jeanne.dupont@example.fr"));
    acknowledge(answered);
    attachClientLetter(answered.getBusinessKey(), "Lettre de Jeanne Dupont.pdf");
    clockAt("2026-03-05T15:00");
    completeAs("bruno", task("Task_AnswerComplaint", answered), Map.of("outcome", "ACCEPTED",
        "answerText", "Madame Dupont, nous vous remboursons la leçon.", "dysfunctions", "Moniteur absent sans prévenir."));
    clockAt("2026-03-06T09:00");
    withdrawn = record(clientForm(agency, "2026-03-06", CLIENT, "jeanne.dupont@example.fr"));
    withdraw(withdrawn, "Mme Dupont a trouvé un arrangement avec son moniteur.");
    clockAt("2028-06-01T09:00");
    closedLater = record(clientForm(agency, "2028-06-01", CLIENT, "jeanne.dupont@example.fr"));
    withdraw(closedLater, "Mme Dupont ne donne plus suite.");
  }

  @Test
  void fiveYearsAfterClosureTheClientIsAnonymisedInTheRegisterRowWhoseFactsStay() {
    RegisterEntry before = row(answered);

    runTheNightlyAnonymisation("2031-03-07T00:30");

    RegisterEntry after = row(answered);
    assertThat(after.clientName()).isEqualTo(ANONYMOUS);
    assertThat(after.subject()).isEqualTo(ERASED);
    assertThat(after.answerText()).isEqualTo(ERASED);
    assertThat(after.dysfunctions()).isEqualTo(ERASED);
    assertThat(after.clientEmail()).isNull();
    assertThat(after.clientAddress()).isNull();
    assertThat(after.otherParties()).isNull();
    assertThat(after.documentNumber()).isNull();
    assertThat(after.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(after.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(after).usingRecursiveComparison()
        .comparingOnlyFields("orderNumber", "agency", "origin", "receptionDate", "productOrService", "productCategory",
            "channel", "handler", "acknowledgementDueDate", "answerDueDate", "acknowledgementDate", "answerDate",
            "closureDate", "signedBy", "processInstanceId", "recordedBy", "followUpCount")
        .isEqualTo(before);
    assertThat(anonymisedOn(answered)).isEqualTo(LocalDate.parse("2031-03-07"));
    assertThat(listed(agency, null, "dupont").content()).as("the register's search finds the client only where kept")
        .extracting(RegisterRow::orderNumber).containsExactly(closedLater.getBusinessKey());
  }

  @Test
  void aWithdrawnComplaintLosesTheReasonNamingTheClientButStaysWithdrawn() {
    runTheNightlyAnonymisation("2031-03-07T00:30");

    assertThat(row(withdrawn).status()).isEqualTo(ComplaintStatus.WITHDRAWN);
    assertThat(register.withdrawal(withdrawn.getBusinessKey())).hasValueSatisfying(withdrawal -> {
      assertThat(withdrawal.reason()).isEqualTo(ERASED);
      assertThat(withdrawal.kind().name()).isEqualTo("WITHDRAWN_BY_CLIENT");
    });
    assertThat(followUps.of(withdrawn.getBusinessKey())).extracting(FollowUp::text).containsOnly(ERASED);
  }

  @Test
  void lettersAndDocumentsKeepTheirRowsButNotTheirContent() {
    List<IssuedLetter> lettersBefore = letters.of(answered.getBusinessKey());
    List<FollowUp> followUpsBefore = followUps.of(answered.getBusinessKey());

    runTheNightlyAnonymisation("2031-03-07T00:30");

    assertThat(letters.of(answered.getBusinessKey())).isNotEmpty()
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sentTo").isEqualTo(lettersBefore)
        .allSatisfy(letter -> assertThat(letter.sentTo()).isNull());
    assertThat(documents.of(answered.getBusinessKey())).singleElement().satisfies(document -> {
      assertThat(document.fileName()).isEqualTo("document anonymisé");
      assertThat(document.uploadedBy()).isEqualTo("bruno");
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM letter WHERE order_number = ? AND content IS NOT NULL",
        Long.class, answered.getBusinessKey())).isZero();
    assertThat(followUps.of(answered.getBusinessKey())).extracting(FollowUp::entryDate, FollowUp::author)
        .isEqualTo(followUpsBefore.stream().map(entry -> Tuple.tuple(entry.entryDate(), entry.author())).toList());
    ResponseEntity<Map> download = http.withBasicAuth("diane", "diane").getForEntity("/api/complaints/{n}/letters/{id}",
        Map.class, answered.getBusinessKey(), lettersBefore.get(0).id());
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(download.getBody().toString()).contains("anonymisées à la fin de la durée de conservation");
  }

  @Test
  void theEngineHistoryKeepsTheInstancesAndActivitiesWithoutTheVariables() {
    long activitiesBefore = historyService.createHistoricActivityInstanceQuery().processInstanceId(answered.getId()).count();
    assertThat(variablesOf(answered)).isPositive();

    runTheNightlyAnonymisation("2031-03-07T00:30");

    assertThat(variablesOf(answered)).isZero();
    assertThat(variablesOf(withdrawn)).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(answered.getId()).count())
        .as("the submitted form's values and every variable update").isZero();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(answered.getId()).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(answered.getBusinessKey());
    assertThat(instance.getEndTime()).isNotNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(answered.getId()).count())
        .isEqualTo(activitiesBefore);
  }

  @Test
  void aComplaintClosedLessThanFiveYearsAgoIsLeftAsItIs() {
    runTheNightlyAnonymisation("2031-03-07T00:30");

    assertThat(row(closedLater).clientName()).isEqualTo(CLIENT);
    assertThat(row(closedLater).clientEmail()).isEqualTo("jeanne.dupont@example.fr");
    assertThat(variablesOf(closedLater)).isPositive();
    assertThat(anonymisedOn(closedLater)).isNull();
  }

  @Test
  void theIndicatorsAreTheSameBeforeAndAfter() {
    clockAt("2031-03-07T00:00");
    IndicatorQuery query = new IndicatorQuery(LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), agency, null, null);
    Indicators before = indicators.of(query, AgencyScope.every());

    runTheNightlyAnonymisation("2031-03-07T00:30");

    assertThat(indicators.of(query, AgencyScope.every())).isEqualTo(before);
    assertThat(before.complaints().received()).isEqualTo(3);
    assertThat(before.complaints().withDysfunctions()).isEqualTo(1);
  }

  @Test
  void aRowIsAnonymisedOnceTheNextNightsLeaveIt() {
    runTheNightlyAnonymisation("2031-03-07T00:30");

    runTheNightlyAnonymisation("2031-03-08T00:30");

    assertThat(anonymisedOn(answered)).isEqualTo(LocalDate.parse("2031-03-07"));
    assertThat(row(answered).clientName()).isEqualTo(ANONYMOUS);
  }

  private void withdraw(ProcessInstance complaint, String reason) {
    as("bruno", () -> {
      withdrawals.withdraw(complaint.getBusinessKey(), Map.of("kind", "WITHDRAWN_BY_CLIENT", "reason", reason));
      return null;
    });
  }

  /** The engine's timer starts the process at night; then each batch is a job of its own, as the job executor runs them. */
  private void runTheNightlyAnonymisation(String night) {
    clockAt(night);
    Job timer = managementService.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().singleResult();
    managementService.executeJob(timer.getId());
    List<Job> batches;
    while (!(batches = managementService.createJobQuery().processDefinitionKey(PROCESS_KEY).messages().list()).isEmpty()) {
      batches.forEach(batch -> managementService.executeJob(batch.getId()));
    }
  }

  private long variablesOf(ProcessInstance instance) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count();
  }

  private LocalDate anonymisedOn(ProcessInstance instance) {
    return jdbc.queryForObject("SELECT anonymised_on FROM register_entry WHERE order_number = ?", LocalDate.class,
        instance.getBusinessKey());
  }
}
