package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Received on 31 January 2026 and acknowledged at once: answer due on 31 March inclusive. */
class AnswerDeadlineTests extends ComplaintTestSupport {

  private ProcessInstance complaint;

  @BeforeEach
  void receivedAndAcknowledged() {
    clockAt("2026-01-31T09:30");
    complaint = receivedOn(newAgency(), "2026-01-31");
    acknowledge(complaint);
  }

  @Test
  void timersAreSetFromTheDeadlinesOnTheRegister() {
    assertThat(timer(complaint, "Timer_AnswerReminder").getDuedate()).isEqualTo(parisTime("2026-03-16T00:00"));
    assertThat(timer(complaint, "Timer_AnswerEscalation").getDuedate()).isEqualTo(parisTime("2026-04-01T00:00"));
    assertThat(timer(complaint, "Timer_InformClient").getDuedate()).as("30 days after reception")
        .isEqualTo(parisTime("2026-03-02T00:00"));
  }

  @Test
  void clientIsToBeKeptInformedEveryThirtyDaysWhileTheComplaintIsOpen() {
    clockAt("2026-03-01T23:59");
    fireDueTimers(complaint);
    assertThat(informClientTasks()).isZero();

    clockAt("2026-03-02T00:00");
    fireDueTimers(complaint);

    Task inform = task("Task_InformClient", complaint);
    assertThat(inform).hasCandidateGroup("gestionnaires");
    assertThat(timer(complaint, "Timer_InformClient").getDuedate()).isEqualTo(parisTime("2026-04-01T00:00"));

    completeAs("bruno", inform, Map.of("followUpNote", "Appel au client : enquête en cours auprès du moniteur."));

    assertThat(followUpTexts(complaint)).contains(
        "Client informé du déroulement du traitement. Appel au client : enquête en cours auprès du moniteur.");
    assertThat(followUpTexts(complaint)).last().asString().startsWith("Courrier émis : Point d'étape");
    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
  }

  @Test
  void answerReminderFifteenDaysBeforeTheDueDateAndNotBefore() {
    clockAt("2026-03-15T23:59");
    fireDueTimers(complaint);
    assertThat(followUpTexts(complaint)).noneMatch(text -> text.startsWith("Rappel : la réponse"));

    clockAt("2026-03-16T00:00");
    fireDueTimers(complaint);

    assertThat(followUpTexts(complaint)).last()
        .isEqualTo("Rappel : la réponse doit être apportée au plus tard le 31/03/2026.");
    assertThat(row(complaint).overdue()).isFalse();
  }

  @Test
  void dayAfterTheAnswerDueDateTheComplaintIsLateAndTheDirectionGetsATask() {
    clockAt("2026-03-31T23:59");
    fireDueTimers(complaint);
    assertThat(row(complaint).overdue()).isFalse();

    clockAt("2026-04-01T00:00");
    fireDueTimers(complaint);

    assertThat(row(complaint).overdue()).isTrue();
    assertThat(followUpTexts(complaint)).contains(
        "Retard : la réponse n'a pas été apportée avant le 31/03/2026 inclus. Direction alertée.");
    assertThat(task("Task_HandleLateAnswer", complaint))
        .hasName("Réclamation en retard").hasCandidateGroup("direction")
        .as("two working days: Thursday 2 and Friday 3 April").hasDueDate(parisTime("2026-04-03T23:59:59"));
    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
  }

  @Test
  void lateTaskIsDueTwoWorkingDaysLaterSkippingTheWeekEndAndPublicHolidays() {
    clockAt("2026-04-03T00:00");
    ProcessInstance late = receivedOn(newAgency(), "2026-02-02");

    clockAt("2026-04-03T00:00");
    fireDueTimers(late);

    assertThat(task("Task_HandleLateAnswer", late)).as("Friday 3 April: Easter Monday 6 April and the week-end do not count")
        .hasDueDate(parisTime("2026-04-08T23:59:59"));
  }

  @Test
  void answeringClosesTheComplaintAndStopsItsTimers() {
    clockAt("2026-03-02T00:00");
    fireDueTimers(complaint);

    clockAt("2026-03-05T15:00");
    completeAs("bruno", task("Task_AnswerComplaint", complaint),
        Map.of("outcome", "ACCEPTED", "answerText", "Nous vous rembourserons la leçon annulée."));

    assertThat(complaint).isEnded();
    assertThat(managementService.createJobQuery().processInstanceId(complaint.getId()).count()).isZero();
    assertThat(informClientTasks()).as("closing the complaint withdraws the pending 'inform the client' task").isZero();
  }

  @Test
  void complaintNeverAcknowledgedIsRemindedAndEscalatedAtItsAnswerDeadlineToo() {
    clockAt("2026-01-31T09:30");
    ProcessInstance unacknowledged = receivedOn(newAgency(), "2026-01-31");

    clockAt("2026-04-01T00:00");
    fireDueTimers(unacknowledged);
    fireDueTimers(unacknowledged);

    assertThat(unacknowledged).isWaitingAt("Task_AcknowledgeComplaint", "Task_HandleLateAcknowledgement", "Task_HandleLateAnswer");
    assertThat(followUpTexts(unacknowledged)).contains(
        "Rappel : la réponse doit être apportée au plus tard le 31/03/2026.",
        "Retard : la réponse n'a pas été apportée avant le 31/03/2026 inclus. Direction alertée.");
    assertThat(taskQuery().processInstanceId(unacknowledged.getId()).taskName("Réclamation en retard").count())
        .as("one for the acknowledgement, one for the answer").isEqualTo(2);
  }

  private long informClientTasks() {
    return taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_InformClient").count();
  }
}
