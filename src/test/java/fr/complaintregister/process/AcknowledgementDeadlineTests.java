package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Received on 31 January 2026: acknowledgement due on 10 February inclusive. */
class AcknowledgementDeadlineTests extends ComplaintTestSupport {

  private ProcessInstance complaint;

  @BeforeEach
  void receivedOnTheLastDayOfJanuary() {
    clockAt("2026-01-31T09:30");
    complaint = receivedOn(newAgency(), "2026-01-31");
  }

  @Test
  void timersAreSetFromTheDueDateOnTheRegister() {
    assertThat(timer(complaint, "Timer_AcknowledgementReminder").getDuedate()).isEqualTo(parisTime("2026-02-07T00:00"));
    assertThat(timer(complaint, "Timer_AcknowledgementEscalation").getDuedate()).isEqualTo(parisTime("2026-02-11T00:00"));
  }

  @Test
  void nothingFiresBeforeThreeDaysAheadOfTheDueDate() {
    clockAt("2026-02-06T23:59");
    fireDueTimers(complaint);

    assertThat(followUpTexts(complaint)).as("the recording's line and its receipt's").hasSize(2);
    assertThat(row(complaint).overdue()).isFalse();
  }

  @Test
  void reminderThreeDaysBeforeTheDueDateIsNotedOnTheRegister() {
    clockAt("2026-02-07T00:00");
    fireDueTimers(complaint);

    assertThat(followUpTexts(complaint)).last()
        .isEqualTo("Rappel : l'accusé de réception doit être adressé au plus tard le 10/02/2026.");
    assertThat(followUps.of(complaint.getBusinessKey()).get(2).author()).isEqualTo("système");
    assertThat(row(complaint).overdue()).isFalse();
    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint");
    assertThat(timer(complaint, "Timer_AcknowledgementEscalation")).as("escalation still ahead").isNotNull();
  }

  @Test
  void lastDayOfTheDeadlineIsStillInTime() {
    clockAt("2026-02-10T23:59");
    fireDueTimers(complaint);

    assertThat(row(complaint).overdue()).isFalse();
    assertThat(complaint).isNotWaitingAt("Task_HandleLateAcknowledgement");
  }

  @Test
  void dayAfterTheDueDateTheComplaintIsLateAndTheDirectionGetsATask() {
    clockAt("2026-02-11T00:00");
    fireDueTimers(complaint);

    assertThat(row(complaint).overdue()).isTrue();
    assertThat(followUpTexts(complaint))
        .contains("Retard : l'accusé de réception n'a pas été adressé avant le 10/02/2026 inclus. Direction alertée.");
    assertThat(complaint).isWaitingAt("Task_AcknowledgeComplaint", "Task_HandleLateAcknowledgement");
    Task late = task("Task_HandleLateAcknowledgement", complaint);
    assertThat(late).hasName("Réclamation en retard").hasCandidateGroup("direction")
        .as("two working days from Wednesday 11 February").hasDueDate(parisTime("2026-02-13T23:59:59"));

    completeAs("diane", late, Map.of("followUpNote", "Relance de l'agence faite."));

    assertThat(followUpTexts(complaint)).last()
        .isEqualTo("Retard d'accusé de réception examiné par la direction. Relance de l'agence faite.");
  }

  @Test
  void answeringALateComplaintClosesItWithItsOpenLateNoticeAndStopsTheAnswerTimers() {
    clockAt("2026-02-11T00:00");
    fireDueTimers(complaint);
    clockAt("2026-02-12T10:00");
    completeAs("bruno", task("Task_AcknowledgeComplaint", complaint), Map.of());
    completeAs("bruno", task("Task_AnswerComplaint", complaint),
        Map.of("outcome", "ACCEPTED", "answerText", "La leçon annulée vous est rendue."));

    assertThat(complaint).isEnded();
    assertThat(managementService.createJobQuery().processInstanceId(complaint.getId()).count()).isZero();
    assertThat(row(complaint).status()).isEqualTo(ComplaintStatus.ANSWERED);
  }

  @Test
  void acknowledgingInTimeCancelsTheAcknowledgementTimers() {
    clockAt("2026-02-02T10:00");
    acknowledge(complaint);

    clockAt("2026-02-12T00:00");
    fireDueTimers(complaint);

    assertThat(row(complaint).overdue()).isFalse();
    assertThat(complaint).hasNotPassed("Task_EscalateAcknowledgement", "Task_RemindAcknowledgement");
  }
}
