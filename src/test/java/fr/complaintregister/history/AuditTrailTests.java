package fr.complaintregister.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.WithdrawalService;
import fr.complaintregister.history.InstanceHistory.Comment;
import fr.complaintregister.history.InstanceHistory.DeadlineCheck;
import fr.complaintregister.history.InstanceHistory.Field;
import fr.complaintregister.history.InstanceHistory.Operation;
import fr.complaintregister.history.InstanceHistory.Step;
import fr.complaintregister.history.InstanceHistory.StepState;
import fr.complaintregister.history.InstanceHistory.Verdict;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The history an auditor reads of a complaint received on 31 January 2026 (acknowledgement due on 10 February,
 * answer on 31 March, both inclusive), step by step, with who did what and when, and whether each deadline was met;
 * with the processes started under its order number, and the operations an administrator made on it in Cockpit.
 */
class AuditTrailTests extends ComplaintTestSupport {

  @Autowired AuditTrail auditTrail;
  @Autowired TestRestTemplate http;
  @Autowired WithdrawalService withdrawals;

  private ProcessInstance complaint;

  @BeforeEach
  void receivedOnTheLastDayOfJanuary() {
    clockAt("2026-01-31T09:30");
    complaint = receivedOn(newAgency(), "2026-01-31");
  }

  @Test
  void aLateAcknowledgementThenASignedAnswerAreToldStepByStep() {
    clockAt("2026-02-07T00:00");
    fireDueTimers(complaint);
    clockAt("2026-02-11T00:00");
    fireDueTimers(complaint);
    clockAt("2026-02-11T09:00");
    as("bruno", () -> {
      taskService.claim(task("Task_AcknowledgeComplaint", complaint).getId(), "bruno");
      return null;
    });
    clockAt("2026-02-11T10:15");
    completeAs("bruno", task("Task_AcknowledgeComplaint", complaint), Map.of());
    clockAt("2026-02-12T08:45");
    completeAs("diane", task("Task_HandleLateAcknowledgement", complaint), Map.of("followUpNote", "Agence relancée."));
    clockAt("2026-03-02T14:00");
    completeAs("bruno", task("Task_AnswerComplaint", complaint), acceptedWithGesture(200));
    clockAt("2026-03-03T11:00");
    as("sophie", () -> {
      taskService.claim(task("Task_SignAnswer", complaint).getId(), "sophie");
      return null;
    });
    completeAs("sophie", task("Task_SignAnswer", complaint), Map.of("signatureDecision", "SIGNED"));
    assertThat(complaint).isEnded();

    InstanceHistory history = history();

    assertThat(history.processDefinitionId()).startsWith("complaint:");
    assertThat(history.start()).isEqualTo(at("2026-01-31T09:30"));
    assertThat(history.end()).isEqualTo(at("2026-03-03T11:00"));
    assertThat(history.deadlines()).extracting(DeadlineCheck::label, DeadlineCheck::due, DeadlineCheck::done, DeadlineCheck::verdict)
        .containsExactly(
            tuple("Accusé de réception", date("2026-02-10"), date("2026-02-11"), Verdict.MISSED),
            tuple("Réponse", date("2026-03-31"), date("2026-03-03"), Verdict.MET));

    assertThat(step(history, "Timer_AcknowledgementReminder").start()).isEqualTo(at("2026-02-07T00:00"));
    assertThat(step(history, "Timer_AcknowledgementReminder").type()).isEqualTo("boundaryTimer");
    assertThat(step(history, "Timer_AcknowledgementEscalation").start()).isEqualTo(at("2026-02-11T00:00"));
    assertThat(history.steps()).extracting(Step::activityId).doesNotContain("Timer_AnswerReminder", "Timer_AnswerEscalation");

    Step acknowledgement = step(history, "Task_AcknowledgeComplaint");
    assertThat(acknowledgement.name()).isEqualTo("Accuser réception de la réclamation");
    assertThat(acknowledgement.claimedBy()).isEqualTo("Bruno Petit");
    assertThat(acknowledgement.completedBy()).isEqualTo("Bruno Petit");
    assertThat(acknowledgement.start()).isEqualTo(at("2026-01-31T09:30"));
    assertThat(acknowledgement.end()).isEqualTo(at("2026-02-11T10:15"));
    assertThat(acknowledgement.due()).isEqualTo(at("2026-02-10T23:59:59"));
    assertThat(acknowledgement.dueVerdict()).isEqualTo(Verdict.MISSED);
    assertThat(acknowledgement.state()).isEqualTo(StepState.DONE);
    assertThat(acknowledgement.processName()).isEqualTo("Réclamation");

    Step late = step(history, "Task_HandleLateAcknowledgement");
    assertThat(late.completedBy()).isEqualTo("Diane Simon");
    assertThat(late.durationMillis()).isEqualTo(((32 * 60) + 45) * 60_000L);
    assertThat(late.dueVerdict()).as("due on 13 February").isEqualTo(Verdict.MET);
    assertThat(late.entered()).containsExactly(new Field("Note de suivi", "Agence relancée."));

    Step answer = step(history, "Task_AnswerComplaint");
    assertThat(answer.completedBy()).isEqualTo("Bruno Petit");
    assertThat(answer.dueVerdict()).isEqualTo(Verdict.MET);
    assertThat(answer.entered()).contains(new Field("Décision", "Demande acceptée"),
        new Field("Geste commercial", "Remboursement partiel"), new Field("Montant du geste commercial", "200"));

    Step signature = step(history, "Task_SignAnswer");
    assertThat(signature.claimedBy()).isEqualTo("Sophie Leroy");
    assertThat(signature.completedBy()).isEqualTo("Sophie Leroy");
    assertThat(signature.entered()).contains(new Field("Décision de signature", "Réponse validée et signée"));
    assertThat(step(history, "EndEvent_ComplaintClosed").end()).isEqualTo(at("2026-03-03T11:00"));

    assertThat(history.flowsTaken()).isNotEmpty();
    assertThat(history.flowsTaken().get(0).takenAt()).isEqualTo(at("2026-01-31T09:30"));

    assertThat(history.operations()).extracting(Operation::at, Operation::user, Operation::operation, Operation::step)
        .containsSubsequence(
            tuple(at("2026-02-11T09:00"), "Bruno Petit", "Prise en charge de la tâche", "Accuser réception de la réclamation"),
            tuple(at("2026-02-11T10:15"), "Bruno Petit", "Tâche terminée", "Accuser réception de la réclamation"),
            tuple(at("2026-02-12T08:45"), "Diane Simon", "Tâche terminée", "Réclamation en retard"),
            tuple(at("2026-03-03T11:00"), "Sophie Leroy", "Prise en charge de la tâche", "Valider et signer la réponse"),
            tuple(at("2026-03-03T11:00"), "Sophie Leroy", "Tâche terminée", "Valider et signer la réponse"));
    assertThat(history.operations()).filteredOn(operation -> operation.operation().equals("Prise en charge de la tâche"))
        .extracting(Operation::changes)
        .as("who took the task, by name")
        .containsExactly(List.of(new Field("Confiée à", "Bruno Petit")), List.of(new Field("Confiée à", "Sophie Leroy")));
  }

  @ParameterizedTest(name = "acknowledged at {0}: {1}")
  @CsvSource({"2026-02-10T23:59, MET", "2026-02-11T00:00, MISSED"})
  void theAcknowledgementDeadlineIsMetUpToTheLastMinuteOfItsDay(String acknowledgedAt, Verdict expected) {
    clockAt(acknowledgedAt);
    acknowledge(complaint);

    InstanceHistory history = history();

    assertThat(history.deadlines().get(0).verdict()).isEqualTo(expected);
    assertThat(step(history, "Task_AcknowledgeComplaint").dueVerdict()).isEqualTo(expected);
    assertThat(history.deadlines().get(1).verdict()).as("the answer is not due yet").isEqualTo(Verdict.PENDING);
  }

  @ParameterizedTest(name = "answered at {0}: {1}")
  @CsvSource({"2026-03-31T23:59, MET", "2026-04-01T00:00, MISSED"})
  void theAnswerDeadlineIsMetUpToTheLastMinuteOfItsDay(String answeredAt, Verdict expected) {
    acknowledge(complaint);
    clockAt(answeredAt);
    completeAs("bruno", task(complaint), acceptedWithGesture(0));

    InstanceHistory history = history();

    assertThat(history.deadlines().get(1).verdict()).isEqualTo(expected);
    assertThat(step(history, "Task_AnswerComplaint").dueVerdict()).isEqualTo(expected);
  }

  @Test
  void aDeadlineNotYetPassedIsPendingAndOnePassedWithoutActionIsMissed() {
    clockAt("2026-02-10T23:59");
    InstanceHistory onItsDay = history();
    assertThat(onItsDay.deadlines().get(0).verdict()).isEqualTo(Verdict.PENDING);
    assertThat(step(onItsDay, "Task_AcknowledgeComplaint").dueVerdict()).isEqualTo(Verdict.PENDING);
    assertThat(step(onItsDay, "Task_AcknowledgeComplaint").state()).isEqualTo(StepState.OPEN);

    clockAt("2026-02-11T00:00");
    InstanceHistory history = history();
    assertThat(history.deadlines().get(0).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(step(history, "Task_AcknowledgeComplaint").dueVerdict()).isEqualTo(Verdict.MISSED);
    assertThat(step(history, "Task_AcknowledgeComplaint").end()).isNull();
    assertThat(step(history, "Task_AcknowledgeComplaint").state()).isEqualTo(StepState.OPEN);
  }

  @ParameterizedTest(name = "withdrawn at {0}: acknowledgement {1}")
  @CsvSource({"2026-02-05T10:00, NOT_OWED", "2026-02-12T10:00, MISSED"})
  void aWithdrawalCancelsTheOpenStepAndMissesOnlyTheDeadlinesAlreadyPassed(String withdrawnAt, Verdict expected) {
    clockAt(withdrawnAt);
    as("bruno", () -> {
      withdrawals.withdraw(complaint.getBusinessKey(), Map.of("kind", "NO_FOLLOW_UP", "reason", "Le client ne répond plus."));
      return null;
    });

    InstanceHistory history = history();

    assertThat(history.deadlines()).extracting(DeadlineCheck::verdict).containsExactly(expected, Verdict.NOT_OWED);
    Step acknowledgement = step(history, "Task_AcknowledgeComplaint");
    assertThat(acknowledgement.state()).isEqualTo(StepState.CANCELED);
    assertThat(acknowledgement.dueVerdict()).as("canceled, not done").isEqualTo(expected);
    assertThat(step(history, "Task_RecordWithdrawal").state()).isEqualTo(StepState.DONE);
    assertThat(history.operations()).extracting(Operation::at, Operation::user, Operation::operation, Operation::changes)
        .contains(tuple(at(withdrawnAt), "Bruno Petit", "Réclamation retirée", List.of(
            new Field("Motif du retrait", "classée sans suite"), new Field("Explication du retrait", "Le client ne répond plus."))));
  }

  @Test
  void aTaskStepIsMetWhenDoneOnItsDueDayEvenAfterItsDueHour() {
    String task = task(complaint).getId();
    as("demo", () -> {
      taskService.setDueDate(task, parisTime("2026-02-10T12:00"));
      return null;
    });
    clockAt("2026-02-10T18:00");
    acknowledge(complaint);

    InstanceHistory history = history();

    assertThat(step(history, "Task_AcknowledgeComplaint").due()).isEqualTo(at("2026-02-10T12:00"));
    assertThat(step(history, "Task_AcknowledgeComplaint").dueVerdict()).as("done on its due day").isEqualTo(Verdict.MET);
    assertThat(history.operations()).extracting(Operation::user, Operation::operation, Operation::changes)
        .contains(tuple("Démo Administrateur", "Échéance de la tâche changée",
            List.of(new Field("Échéance", "10/02/2026 12:00"))));
  }

  @Test
  void whoClaimedTheTaskIsWhoTookItForThemselvesAndKeptItWithWhatTheyWrote() {
    String task = task(complaint).getId();
    clockAt("2026-02-02T09:00");
    as("bruno", () -> {
      taskService.claim(task, "bruno");
      // On the task alone, as Tasklist writes it.
      taskService.createComment(task, null, "Client rappelé, il attend un courrier.");
      taskService.createComment(null, complaint.getId(), "Dossier signalé à la direction.");
      return null;
    });
    assertThat(step(history(), "Task_AcknowledgeComplaint").claimedBy()).isEqualTo("Bruno Petit");
    clockAt("2026-02-02T10:00");
    as("demo", () -> {
      taskService.setAssignee(task, null);
      taskService.setAssignee(task, "diane");
      return null;
    });

    InstanceHistory open = history();
    assertThat(step(open, "Task_AcknowledgeComplaint").claimedBy()).as("assigned, not claimed").isNull();
    assertThat(open.operations()).extracting(Operation::at, Operation::user, Operation::operation, Operation::changes)
        .contains(tuple(at("2026-02-02T10:00"), "Démo Administrateur", "Tâche confiée",
            List.of(new Field("Confiée à", "Diane Simon"))));

    clockAt("2026-02-02T11:00");
    completeAs("diane", task(complaint), Map.of());
    InstanceHistory history = history();

    Step acknowledgement = step(history, "Task_AcknowledgeComplaint");
    assertThat(acknowledgement.claimedBy()).isNull();
    assertThat(acknowledgement.assignee()).isEqualTo("Diane Simon");
    assertThat(acknowledgement.completedBy()).isEqualTo("Diane Simon");
    assertThat(acknowledgement.comments()).containsExactly(
        new Comment("Bruno Petit", at("2026-02-02T09:00"), "Client rappelé, il attend un courrier."));
    assertThat(history.comments()).containsExactly(
        new Comment("Bruno Petit", at("2026-02-02T09:00"), "Dossier signalé à la direction."));
  }

  @Test
  void theDysfunctionAnalysisStartedUnderTheOrderNumberIsToldWithTheComplaint() {
    acknowledge(complaint);
    clockAt("2026-02-05T15:00");
    Map<String, Object> answer = acceptedWithGesture(0);
    answer.put("dysfunctions", "Planning des moniteurs non mis à jour");
    completeAs("bruno", task(complaint), answer);
    ProcessInstance analysis = runtimeService().createProcessInstanceQuery().processDefinitionKey("dysfunctionAnalysis")
        .processInstanceBusinessKey(complaint.getBusinessKey()).singleResult();
    clockAt("2026-02-06T09:00");
    completeAs("quentin", task("Task_AnalyseDysfunctions", analysis), Map.of("analysisChoice", "NEW_ACTION",
        "actionSubject", "Mettre à jour le planning", "personInCharge", "bruno", "dueDate", "2026-03-31"));

    InstanceHistory history = history();

    assertThat(history.processDefinitionId()).as("the complaint's diagram").startsWith("complaint:");
    Step analysisStep = step(history, "Task_AnalyseDysfunctions");
    assertThat(analysisStep.processName()).isEqualTo("Analyse des dysfonctionnements");
    assertThat(analysisStep.processInstanceId()).isEqualTo(analysis.getId());
    assertThat(analysisStep.completedBy()).isEqualTo("Quentin Laurent");
    assertThat(history.steps()).extracting(Step::start).isSorted();
    assertThat(history.steps()).extracting(Step::activityId)
        .containsSubsequence("Task_AnswerComplaint", "Task_AnalyseDysfunctions");
    assertThat(history.operations()).extracting(Operation::at, Operation::user, Operation::operation, Operation::processName)
        .contains(tuple(at("2026-02-06T09:00"), "Quentin Laurent", "Tâche terminée", "Analyse des dysfonctionnements"),
            tuple(at("2026-02-05T15:00"), "Bruno Petit", "Tâche terminée", "Réclamation"));
  }

  @Test
  void theAuditorSearchesTheRegisterByPeriodOutcomeAndMissedDeadline() {
    String agency = row(complaint).agency();
    clockAt("2026-02-11T10:00");
    acknowledge(complaint);
    completeAs("bruno", task(complaint), acceptedWithGesture(0));
    clockAt("2026-02-02T09:00");
    ProcessInstance inTime = receivedOn(agency, "2026-02-02");
    acknowledge(inTime);
    completeAs("bruno", task(inTime), Map.of("outcome", "PARTIALLY_REJECTED", "answerText", "Une leçon rendue.",
        "recourseOptions", "Médiateur de la consommation."));
    String late = complaint.getBusinessKey();

    assertThat(found("agency=" + agency + "&deadlineMissed=true")).containsExactly(late);
    assertThat(found("agency=" + agency + "&outcome=PARTIALLY_REJECTED")).containsExactly(inTime.getBusinessKey());
    assertThat(found("agency=" + agency + "&from=2026-02-01")).containsExactly(inTime.getBusinessKey());
    assertThat(found("agency=" + agency + "&to=2026-01-31")).containsExactly(late);
    assertThat(http.withBasicAuth("audrey", "audrey").getForEntity("/api/register?from=31/01/2026", String.class)
        .getStatusCode().value()).as("a date not in ISO form").isEqualTo(400);
  }

  @Test
  void aSuspensionOfTheInstanceIsToldInFrench() {
    clockAt("2026-02-02T09:00");
    as("demo", () -> {
      runtimeService().suspendProcessInstanceById(complaint.getId());
      return null;
    });
    clockAt("2026-02-02T10:00");
    as("demo", () -> {
      runtimeService().activateProcessInstanceById(complaint.getId());
      return null;
    });

    assertThat(history().operations()).extracting(Operation::at, Operation::user, Operation::operation, Operation::changes)
        .contains(
            tuple(at("2026-02-02T09:00"), "Démo Administrateur", "Traitement suspendu",
                List.of(new Field("État", "suspendu"))),
            tuple(at("2026-02-02T10:00"), "Démo Administrateur", "Traitement repris",
                List.of(new Field("État", "actif"))));
  }

  @Test
  void aSuspensionOfItsProcessWithItsInstancesIsTold() {
    String definition = complaint.getProcessDefinitionId();
    clockAt("2026-02-03T09:00");
    try {
      as("demo", () -> {
        repositoryService().suspendProcessDefinitionById(definition, true, null);
        return null;
      });
      clockAt("2026-02-03T09:30");
    } finally {
      as("demo", () -> {
        repositoryService().activateProcessDefinitionById(definition, true, null);
        return null;
      });
    }

    assertThat(history().operations()).extracting(Operation::at, Operation::user, Operation::operation,
            Operation::processName)
        .containsOnlyOnce(
            tuple(at("2026-02-03T09:00"), "Démo Administrateur", "Processus suspendu avec ses traitements", "Réclamation"),
            tuple(at("2026-02-03T09:30"), "Démo Administrateur", "Processus repris avec ses traitements", "Réclamation"));
  }

  @Test
  void aSuspensionOfAllTheInstancesOfItsProcessIsTold() {
    String definition = complaint.getProcessDefinitionId();
    clockAt("2026-02-03T09:00");
    try {
      as("demo", () -> {
        runtimeService().updateProcessInstanceSuspensionState().byProcessDefinitionId(definition).suspend();
        return null;
      });
      clockAt("2026-02-03T09:30");
    } finally {
      as("demo", () -> {
        runtimeService().updateProcessInstanceSuspensionState().byProcessDefinitionId(definition).activate();
        return null;
      });
    }

    assertThat(history().operations()).extracting(Operation::at, Operation::user, Operation::operation)
        .containsOnlyOnce(
            tuple(at("2026-02-03T09:00"), "Démo Administrateur", "Traitement suspendu"),
            tuple(at("2026-02-03T09:30"), "Démo Administrateur", "Traitement repris"));
  }

  @Test
  void aTimersNewDueDateIsADateNotMilliseconds() {
    String reminder = timer(complaint, "Timer_AcknowledgementReminder").getId();
    clockAt("2026-02-02T09:00");
    as("demo", () -> {
      managementService.setJobDuedate(reminder, parisTime("2026-02-09T08:00"));
      return null;
    });

    assertThat(history().operations()).extracting(Operation::operation, Operation::changes)
        .contains(tuple("Échéance d'un minuteur changée", List.of(new Field("Échéance", "09/02/2026 08:00"))));
  }

  private InstanceHistory history() {
    return as("audrey", () -> auditTrail.of(complaint.getBusinessKey()));
  }

  /** The order numbers the register listing finds with these filters, as the auditor's search asks it. */
  private List<String> found(String filters) {
    Map<?, ?> page = http.withBasicAuth("audrey", "audrey").getForObject("/api/register?" + filters, Map.class);
    return ((List<?>) page.get("content")).stream().map(row -> (String) ((Map<?, ?>) row).get("orderNumber")).toList();
  }

  private static Step step(InstanceHistory history, String activityId) {
    List<Step> steps = history.steps().stream().filter(step -> step.activityId().equals(activityId)).toList();
    assertThat(steps).as(activityId).hasSize(1);
    return steps.get(0);
  }

  private static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }
}
