package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Outcome;
import fr.complaintregister.complaint.RecordedComplaint;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ComplaintProcessTests extends ComplaintTestSupport {

  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired ExecutedPath executedPath;

  @Test
  void recordedComplaintGetsItsOrderNumberDeadlinesAndAnAcknowledgementTask() {
    clockAt("2026-01-31T09:30");
    String agency = newAgency();

    ProcessInstance complaint = receivedOn(agency, "2026-01-31");

    assertThat(complaint.getBusinessKey()).isEqualTo("26." + agency + ".001");
    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint");
    assertThat(task(complaint)).hasCandidateGroup("gestionnaires").hasDueDate(parisTime("2026-02-10T23:59:59"));
    assertThat((String) taskService.getVariableLocal(task(complaint).getId(), "complaintSummary"))
        .as("what the handler reads at the top of the form")
        .startsWith("**Réclamation 26." + agency + ".001** de Jeanne Dupont, reçue le 31/01/2026 par courrier.")
        .contains("Accusé de réception au plus tard le 10/02/2026, réponse au plus tard le 31/03/2026.")
        .contains("**Objet :** Leçon de conduite annulée sans prévenir");
    RegisterEntry row = row(complaint);
    assertThat(row.status()).isEqualTo(ComplaintStatus.AWAITING_ACKNOWLEDGEMENT);
    assertThat(row.receptionDate()).isEqualTo(date("2026-01-31"));
    assertThat(row.acknowledgementDueDate()).isEqualTo(date("2026-02-10"));
    assertThat(row.answerDueDate()).isEqualTo(date("2026-03-31"));
    assertThat(row.recordedBy()).isEqualTo("alice");
    assertThat(row.processInstanceId()).isEqualTo(complaint.getId());
    assertThat(followUps.of(complaint.getBusinessKey()))
        .first()
        .satisfies(entry -> {
          assertThat(entry.author()).isEqualTo("alice");
          assertThat(entry.entryDate()).isEqualTo(date("2026-01-31"));
          assertThat(entry.text()).isEqualTo("Réclamation reçue par courrier et enregistrée au registre.");
        });
    assertThat(followUpTexts(complaint)).containsExactly("Réclamation reçue par courrier et enregistrée au registre.",
        "Courrier émis : Récépissé, « Récépissé " + complaint.getBusinessKey() + " du 31-01-2026.pdf », à imprimer.");
  }

  @Test
  void acknowledgementIsWrittenToTheRegisterAndOpensTheAnswerTask() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");

    clockAt("2026-02-03T14:00");
    completeAs("bruno", task(complaint), Map.of("followUpNote", "Courrier envoyé."));

    RegisterEntry row = row(complaint);
    assertThat(row.acknowledgementDate()).isEqualTo(date("2026-02-03"));
    assertThat(row.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(row.handler()).isEqualTo("bruno");
    assertThat(followUpTexts(complaint)).endsWith("Accusé de réception adressé au client. Courrier envoyé.",
        "Courrier émis : Accusé de réception, « Accusé de réception " + complaint.getBusinessKey() + " du 03-02-2026.pdf », à imprimer.");
    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
    Task answer = task(complaint);
    assertThat(answer).as("in the 'Mes tâches' of who acknowledged").isAssignedTo("bruno")
        .hasDueDate(parisTime("2026-03-31T23:59:59"));
    assertThat(candidateGroups(answer)).as("still offered to the qualified groups").contains("gestionnaires");
    assertThat(timer(complaint, "Timer_AcknowledgementReminder")).isNull();
  }


  @Test
  void signedAnswerClosesTheComplaintWithEverythingTheRegisterNeeds() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    acknowledge(complaint);

    clockAt("2026-02-20T11:00");
    completeAs("bruno", task(complaint), Map.of(
        "outcome", "PARTIALLY_REJECTED",
        "answerText", "La leçon annulée vous est rendue ; le forfait n'est pas remboursé.",
        "recourseOptions", "Vous pouvez saisir le médiateur.",
        "commercialGesture", "Une leçon offerte",
        "commercialGestureAmount", 45,
        "dysfunctions", "Planning des moniteurs non mis à jour"));
    assertThat(complaint).isWaitingAt("Task_SignAnswer");
    clockAt("2026-02-21T08:45");
    completeAs("sophie", task(complaint), Map.of("signatureDecision", "SIGNED"));

    assertThat(complaint).isEnded();
    RegisterEntry row = row(complaint);
    assertThat(row.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(row.outcome()).isEqualTo(Outcome.PARTIALLY_REJECTED);
    assertThat(row.answerDate()).as("the day the signed answer is issued").isEqualTo(date("2026-02-21"));
    assertThat(row.closureDate()).isEqualTo(date("2026-02-21"));
    assertThat(row.acknowledgementDate()).isEqualTo(date("2026-01-31"));
    assertThat(row.handler()).isEqualTo("bruno");
    assertThat(row.signedBy()).isEqualTo("sophie");
    assertThat(row.signatureDate()).isEqualTo(date("2026-02-21"));
    assertThat(row.answerText()).startsWith("La leçon annulée");
    assertThat(row.recourseOptions()).isEqualTo("Vous pouvez saisir le médiateur.");
    assertThat(row.commercialGesture()).isEqualTo("Une leçon offerte");
    assertThat(row.commercialGestureAmount()).isEqualByComparingTo(new BigDecimal("45"));
    assertThat(row.dysfunctions()).isEqualTo("Planning des moniteurs non mis à jour");
    assertThat(followUpTexts(complaint)).endsWith("Réponse signée par sophie et apportée au client : demande rejetée partiellement.",
        "Courrier émis : Réponse, « Réponse " + complaint.getBusinessKey() + " du 21-02-2026.pdf », à imprimer.");
    assertThat(executedPath.of(complaint.getId())).containsExactly(
        "Flow_ComplaintReceived", "Flow_ComplaintRecorded", "Flow_ToHandle", "Flow_HandlingStarted",
        "Flow_ToAcknowledge", "Flow_Acknowledged", "Flow_InvestigationStarted", "Flow_QualifiedHandlersDetermined",
        "Flow_AnswerToWrite", "Flow_AnswerSubmitted", "Flow_AnswerChecked",
        "Flow_SigningLevelDetermined", "Flow_SignatureRequired", "Flow_SignatureSubmitted", "Flow_SignatureChecked",
        "Flow_AnswerSigned", "Flow_AnswerGiven", "Flow_AnswerIssued", "Flow_ComplaintHandled", "Flow_DysfunctionsNamed",
        "Flow_DysfunctionsReported");
  }

  @Test
  void deskAnswerWithinTheRecordersQualificationClosesTheComplaintAtOnce() {
    clockAt("2026-03-02T10:00");
    String agency = newAgency();
    RecordedComplaint complaint = as("bruno", () -> complaints.record(answeredAtOnce(agency, accepted())));

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(complaint.processInstanceId()).count())
        .as("closed").isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(complaint.processInstanceId()).count())
        .as("no task for anyone").isZero();
    RegisterEntry row = register.get(complaint.orderNumber());
    assertThat(row.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(row.acknowledgementDate()).as("the answer is the acknowledgement").isEqualTo(date("2026-03-02"));
    assertThat(row.answerDate()).isEqualTo(date("2026-03-02"));
    assertThat(row.closureDate()).isEqualTo(date("2026-03-02"));
    assertThat(row.handler()).isEqualTo("bruno");
    assertThat(row.answerText()).isEqualTo("Nous vous remboursons la leçon.");
    assertThat(row.recourseOptions()).as("an accepted request needs no recourse").isNull();
    assertThat(followUps.of(complaint.orderNumber())).extracting(FollowUp::text).containsExactly(
        "Réclamation reçue par courrier et enregistrée au registre.",
        "Courrier émis : Récépissé, « Récépissé " + complaint.orderNumber() + " du 02-03-2026.pdf », à imprimer.",
        "Réponse signée par bruno et apportée au client : demande acceptée.",
        "Courrier émis : Réponse immédiate, « Réponse immédiate " + complaint.orderNumber() + " du 02-03-2026.pdf », à imprimer.");
  }

  @Test
  void deskAnswerWithAGestureBeyondTheRecordersLevelWaitsForItsSignature() {
    clockAt("2026-03-02T10:00");
    Map<String, Object> answer = new HashMap<>(accepted());
    answer.put("commercialGesture", "Deux leçons offertes");
    answer.put("commercialGestureAmount", 90);
    ProcessInstance complaint = record(answeredAtOnce(newAgency(), answer), "bruno");

    assertThat(complaint).isWaitingAt("Task_SignAnswer").hasNotPassed("Task_AcknowledgeComplaint", "Task_AnswerComplaint");
    assertThat(row(complaint).status()).isEqualTo(ComplaintStatus.AWAITING_SIGNATURE);

    clockAt("2026-03-03T09:00");
    completeAs("sophie", task(complaint), Map.of("signatureDecision", "SIGNED"));

    assertThat(complaint).isEnded();
    assertThat(row(complaint).acknowledgementDate()).as("the day the signed answer is issued").isEqualTo(date("2026-03-03"));
    assertThat(row(complaint).signedBy()).isEqualTo("sophie");
    assertThat(followUpTexts(complaint)).as("answered the next day, not at once").last().asString()
        .startsWith("Courrier émis : Réponse, « Réponse " + complaint.getBusinessKey() + " du 03-03-2026.pdf »");
  }

  @Test
  void deskAnswerByARecorderTheTableDoesNotNameIsRefusedSayingWhoMayAndRecordsNothing() {
    clockAt("2026-03-02T10:00");
    String agency = newAgency();

    assertThatThrownBy(() -> record(answeredAtOnce(agency, accepted()), "alice"))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessage("Vous n'êtes pas qualifié(e) pour répondre aux réclamations de la catégorie « FORMATION » :"
            + " la table de qualification tenue par la qualité réserve cette réponse à : Gestionnaires, Signataires, Direction.");
    Map<String, Object> rejectedWithoutRecourse = Map.of("outcome", "REJECTED", "answerText", "Le forfait est dû.");
    assertThatThrownBy(() -> record(answeredAtOnce(agency, rejectedWithoutRecourse), "bruno"))
        .as("the answer task's rules hold at the desk").isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("doit indiquer au client les voies de recours");

    assertThat(receivedOn(agency, "2026-03-02").getBusinessKey()).as("no number used up").isEqualTo("26." + agency + ".001");
  }

  private static Map<String, Object> answeredAtOnce(String agency, Map<String, Object> answer) {
    Map<String, Object> form = complaintForm(agency, "2026-03-02");
    form.put("answeredAtOnce", true);
    form.putAll(answer);
    return form;
  }

  private static Map<String, Object> accepted() {
    return Map.of("outcome", "ACCEPTED", "answerText", "Nous vous remboursons la leçon.");
  }

  @Test
  void orderNumbersFollowEachOtherPerAgencyAndYearOfReception() {
    clockAt("2026-01-05T10:00");
    String agency = newAgency();
    String otherAgency = newAgency();

    assertThat(receivedOn(agency, "2026-01-05").getBusinessKey()).isEqualTo("26." + agency + ".001");
    assertThat(receivedOn(agency, "2025-12-30").getBusinessKey()).isEqualTo("25." + agency + ".001");
    assertThat(receivedOn(otherAgency, "2026-01-02").getBusinessKey()).isEqualTo("26." + otherAgency + ".001");
    assertThat(receivedOn(agency, "2026-01-04").getBusinessKey()).isEqualTo("26." + agency + ".002");
  }

  @Test
  void tasklistStartFormRecordsTheComplaintLikeTheApi() {
    clockAt("2026-04-10T16:00");
    String agency = newAgency();

    ProcessInstance complaint = recordedInTasklist(agency);

    assertThat(complaint.getBusinessKey()).isEqualTo("26." + agency + ".001");
    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint");
    assertThat(row(complaint).recordedBy()).isEqualTo("alice");
    assertKeepsClientAndSubjectForTaskCards(complaint);
  }

  @Test
  void recorderInTasklistFindsTheReceiptToHandOverInTheirOwnTasks() {
    clockAt("2026-04-10T16:00");
    String agency = newAgency();

    ProcessInstance complaint = recordedInTasklist(agency);

    Task receipt = task("Task_HandOverReceipt", complaint);
    assertThat(receipt).hasName("Remettre le récépissé au client").isAssignedTo("alice");
    assertThat((String) taskService.getVariableLocal(receipt.getId(), "complaintSummary"))
        .startsWith("**Réclamation 26." + agency + ".001** de Jeanne Dupont, reçue le 09/04/2026 par courrier.")
        .contains("Accusé de réception au plus tard le 19/04/2026, réponse au plus tard le 09/06/2026.");

    completeAs("alice", receipt, Map.of());

    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint").hasPassed("Task_HandOverReceipt");
    assertThat(followUpTexts(complaint)).last().isEqualTo("Récépissé remis au client.");
  }

  @Test
  void complaintRecordedThroughTheApiGetsNoReceiptTaskButKeepsClientAndSubjectForTaskCards() {
    clockAt("2026-04-10T16:00");

    ProcessInstance complaint = receivedOn(newAgency(), "2026-04-09");

    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint").isNotWaitingAt("Task_HandOverReceipt");
    assertKeepsClientAndSubjectForTaskCards(complaint);
  }

  @Test
  void closingTheComplaintWithdrawsAReceiptNeverHandedOver() {
    clockAt("2026-04-10T16:00");
    ProcessInstance complaint = recordedInTasklist(newAgency());
    completeAs("bruno", task("Task_AcknowledgeComplaint", complaint), Map.of());

    completeAs("bruno", task("Task_AnswerComplaint", complaint), accepted());

    assertThat(complaint).isEnded();
  }

  @Test
  void startFormWithAFutureReceptionDateIsRefusedInFrenchAndRecordsNothing() {
    clockAt("2026-04-10T16:00");
    String agency = newAgency();
    String definitionId = latestComplaintDefinitionId();

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, complaintForm(agency, "2026-04-11")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("La date de réception ne peut pas être dans le futur.");

    assertThat(receivedOn(agency, "2026-04-10").getBusinessKey()).as("the number was not used up")
        .isEqualTo("26." + agency + ".001");
  }

  /** Recorded by alice with Tasklist's start form, on 10 April 2026, received the day before. */
  private ProcessInstance recordedInTasklist(String agency) {
    String definitionId = latestComplaintDefinitionId();
    return as("alice", () -> formService.submitStartForm(definitionId, complaintForm(agency, "2026-04-09")));
  }

  /** Tasklist's cards show the task's own copies, which whoever may read the task can read. */
  private void assertKeepsClientAndSubjectForTaskCards(ProcessInstance complaint) {
    Task acknowledgement = task("Task_AcknowledgeComplaint", complaint);
    assertThat(taskService.getVariablesLocal(acknowledgement.getId()))
        .containsEntry("orderNumber", complaint.getBusinessKey())
        .containsEntry("clientName", "Jeanne Dupont").containsEntry("subject", "Leçon de conduite annulée sans prévenir");
  }

  private String latestComplaintDefinitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint")
        .latestVersion().singleResult().getId();
  }
}
