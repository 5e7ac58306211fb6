package fr.complaintregister.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.LinkedAction;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A corrective action decided on 2 March 2026 for a complaint, due on 31 March, checked on 30 April. */
class CorrectiveActionTests extends ComplaintTestSupport {

  @Autowired CorrectiveActions actions;

  private String agency;
  private ProcessInstance complaint;
  private ProcessInstance action;

  @BeforeEach
  void actionDecidedForAComplaint() {
    clockAt("2026-03-02T10:00");
    agency = newAgency();
    complaint = receivedOn(agency, "2026-03-02");
    action = decided(new NewAction("Prévenir les élèves par SMS de toute leçon annulée", "bruno",
        date("2026-03-31"), null, agency, List.of(complaint.getBusinessKey())));
  }

  @Test
  void actionIsCarriedOutByItsPersonInChargeThenCheckedAndClosed() {
    assertThat(action.getBusinessKey()).as("after its complaint, same counter").isEqualTo("26." + agency + ".002");
    assertThat(detail().action().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(detail().action().checkDate()).as("a month after the due date").isEqualTo(date("2026-04-30"));
    Task carryOut = task("Task_CarryOutAction", action);
    assertThat(carryOut).hasName("Mettre en œuvre l'action corrective").isAssignedTo("bruno")
        .hasDueDate(parisTime("2026-03-31T23:59:59"));

    clockAt("2026-03-20T11:00");
    completeAs("bruno", carryOut, Map.of("carryOutReport", "Envoi de SMS mis en place."));

    assertThat(detail().action().status()).isEqualTo(ActionStatus.CHECKING);
    Task check = task("Task_CheckEffectiveness", action);
    assertThat(check).hasCandidateGroup("qualite").hasDueDate(parisTime("2026-04-30T23:59:59"));

    clockAt("2026-04-30T09:00");
    completeAs("quentin", check, Map.of("effective", true));

    assertThat(action).isEnded();
    assertThat(detail().action().status()).isEqualTo(ActionStatus.CLOSED);
    assertThat(detail().action().closureDate()).isEqualTo(date("2026-04-30"));
    assertThat(detail().followUps()).extracting(FollowUp::author, FollowUp::text).containsExactly(
        tuple("quentin", "Action décidée : Prévenir les élèves par SMS de toute leçon "
            + "annulée. Personne chargée de l'action : bruno, échéance le 31/03/2026, vérification de l'efficacité "
            + "le 30/04/2026."),
        tuple("bruno", "Action mise en œuvre. Envoi de SMS mis en place."),
        tuple("quentin", "Efficacité vérifiée : action efficace, clôturée."));
  }

  @Test
  void theComplaintListsItsActionAndNotesIt() {
    assertThat(as("bruno", () -> complaints.detail(complaint.getBusinessKey())).actions()).containsExactly(
        new LinkedAction(action.getBusinessKey(), "Prévenir les élèves par SMS de toute leçon annulée", "IN_PROGRESS"));
    assertThat(followUpTexts(complaint)).contains("Action corrective " + action.getBusinessKey() + " décidée.");
    assertThat(detail().sources()).containsExactly(complaint.getBusinessKey());
  }

  @Test
  void personInChargeIsRemindedAWeekBeforeTheDueDateAndTheDirectionAlertedTheDayAfter() {
    assertThat(timer(action, "Timer_ActionReminder").getDuedate()).isEqualTo(parisTime("2026-03-24T00:00"));
    assertThat(timer(action, "Timer_ActionEscalation").getDuedate()).isEqualTo(parisTime("2026-04-01T00:00"));

    clockAt("2026-03-24T00:00");
    fireDueTimers(action);
    assertThat(lastLine()).isEqualTo("Rappel : l'action doit être mise en œuvre au plus tard le 31/03/2026.");
    assertThat(detail().action().overdue()).isFalse();

    clockAt("2026-03-31T23:59");
    fireDueTimers(action);
    assertThat(detail().action().overdue()).as("the due day is still in time").isFalse();

    clockAt("2026-04-01T00:00");
    fireDueTimers(action);
    assertThat(detail().action().overdue()).isTrue();
    assertThat(lastLine())
        .isEqualTo("Retard : l'action n'a pas été mise en œuvre avant le 31/03/2026 inclus. Direction alertée.");
    assertThat(action).isWaitingAt("Task_CarryOutAction", "Task_HandleLateAction");
    assertThat(task("Task_HandleLateAction", action)).hasName("Action corrective en retard")
        .hasCandidateGroup("direction").hasDueDate(parisTime("2026-04-03T23:59:59"));
  }

  @Test
  void anIneffectiveActionIsDecidedAgainAndCarriedOutAgainWithItsHistoryKept() {
    completeAs("bruno", task("Task_CarryOutAction", action), Map.of());
    completeAs("quentin", task("Task_CheckEffectiveness", action), Map.of("effective", false, "effectivenessFinding", "Deux plaintes encore."));

    assertThat(detail().action().status()).isEqualTo(ActionStatus.DECIDED);
    Task decide = task("Task_DecideAction", action);
    assertThat(decide).hasName("Décider de l'action corrective").hasCandidateGroup("qualite");

    completeAs("quentin", decide, Map.of("actionSubject", "Appeler chaque élève dont la leçon est annulée",
        "personInCharge", "alice", "dueDate", "2026-05-15", "checkDate", "2026-06-15"));

    assertThat(task("Task_CarryOutAction", action)).isAssignedTo("alice").hasDueDate(parisTime("2026-05-15T23:59:59"));
    assertThat(detail().action().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(detail().action().subject()).isEqualTo("Appeler chaque élève dont la leçon est annulée");
    assertThat(timer(action, "Timer_ActionEscalation").getDuedate()).isEqualTo(parisTime("2026-05-16T00:00"));
    assertThat(detail().followUps()).extracting(FollowUp::text).containsSubsequence(
        "Action décidée : Prévenir les élèves par SMS de toute leçon annulée. Personne chargée de l'action : bruno, "
            + "échéance le 31/03/2026, vérification de l'efficacité le 30/04/2026.",
        "Efficacité vérifiée : action non efficace, à décider de nouveau. Deux plaintes encore.",
        "Action décidée : Appeler chaque élève dont la leçon est annulée. Personne chargée de l'action : alice, "
            + "échéance le 15/05/2026, vérification de l'efficacité le 15/06/2026.");
  }

  @Test
  void anAuditorCanNeitherCarryOutNorCheckAnAction() {
    assertThatThrownBy(() -> completeAs("audrey", task("Task_CarryOutAction", action), Map.of()))
        .isInstanceOf(AuthorizationException.class);
    completeAs("bruno", task("Task_CarryOutAction", action), Map.of());
    assertThatThrownBy(() -> completeAs("audrey", task("Task_CheckEffectiveness", action), Map.of("effective", true)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(detail().action().status()).isEqualTo(ActionStatus.CHECKING);
  }

  @Test
  void thePersonInChargeCannotCloseTheirOwnAction() {
    completeAs("bruno", task("Task_CarryOutAction", action), Map.of("carryOutReport", "Fait."));

    assertThatThrownBy(() -> completeAs("bruno", task("Task_CheckEffectiveness", action), Map.of("effective", true)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(detail().action().status()).isEqualTo(ActionStatus.CHECKING);
    assertThat(detail().action().closureDate()).isNull();
  }

  private ProcessInstance decided(NewAction newAction) {
    String orderNumber = as("quentin", () -> actions.record(newAction)).action().orderNumber();
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
  }

  private ActionDetail detail() {
    return as("quentin", () -> actions.detail(action.getBusinessKey()));
  }

  private String lastLine() {
    List<FollowUp> log = detail().followUps();
    return log.get(log.size() - 1).text();
  }

}
