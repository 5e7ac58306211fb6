package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The answer commits a signature and perhaps a commercial gesture: the signing-level table
 * decides who must sign (defaults: no gesture, the handler; up to 500 €, a signatory; above,
 * the direction), and nothing reaches the client before they do.
 */
class SigningLevelTests extends ComplaintTestSupport {

  @Autowired FormService formService;

  private ProcessInstance complaint;

  @BeforeEach
  void complaintAwaitingItsAnswer() {
    clockAt("2026-02-02T09:00");
    complaint = receivedOn(newAgency(), "2026-02-02");
    acknowledge(complaint);
  }

  @Test
  void withoutGestureTheHandlerSignsTheirOwnAnswer() {
    completeAs("bruno", task(complaint), acceptedWithGesture(0));

    assertThat(complaint).isEnded();
    RegisterEntry row = row(complaint);
    assertThat(row.signedBy()).isEqualTo("bruno");
    assertThat(row.signatureDate()).isEqualTo(date("2026-02-02"));
    assertThat(row.status()).isEqualTo(ComplaintStatus.ANSWERED);
  }

  @Test
  void aGestureOf200EurosWaitsForASignatory() {
    completeAs("bruno", task(complaint), acceptedWithGesture(200));

    assertThat(complaint).isWaitingAt("Task_SignAnswer");
    assertThat(candidateGroups(task(complaint))).containsExactlyInAnyOrder("signataires", "direction");
    RegisterEntry waiting = row(complaint);
    assertThat(waiting.status()).isEqualTo(ComplaintStatus.AWAITING_SIGNATURE);
    assertThat(waiting.answerDate()).as("nothing is sent yet").isNull();
    assertThat(followUpTexts(complaint)).last()
        .isEqualTo("Réponse soumise à validation et signature (niveau requis : Signataires).");

    clockAt("2026-02-03T10:00");
    completeAs("sophie", task(complaint), Map.of("signatureDecision", "SIGNED"));

    assertThat(complaint).isEnded();
    RegisterEntry row = row(complaint);
    assertThat(row.handler()).isEqualTo("bruno");
    assertThat(row.signedBy()).isEqualTo("sophie");
    assertThat(row.answerDate()).isEqualTo(date("2026-02-03"));
  }

  @Test
  void aGestureOf2000EurosCannotBeSentBeforeTheDirectionSignsIt() {
    completeAs("bruno", task(complaint), acceptedWithGesture(2000));
    Task signature = task(complaint);
    assertThat(candidateGroups(signature)).containsExactly("direction");

    assertThatThrownBy(() -> completeAs("sophie", signature, Map.of("signatureDecision", "SIGNED")))
        .as("a signatory is not offered the task").isInstanceOf(AuthorizationException.class);
    taskService.setAssignee(signature.getId(), "sophie");
    assertThatThrownBy(() -> completeAs("sophie", signature, Map.of("signatureDecision", "SIGNED")))
        .as("even when the task is handed to her")
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Cette réponse doit être validée et signée au niveau « Direction » ou au-dessus :"
            + " votre habilitation ne le permet pas.");
    assertThat(complaint).isWaitingAt("Task_SignAnswer");
    assertThat(row(complaint).status()).isEqualTo(ComplaintStatus.AWAITING_SIGNATURE);

    taskService.setAssignee(signature.getId(), null);
    completeAs("diane", signature, Map.of("signatureDecision", "SIGNED"));

    assertThat(complaint).isEnded();
    assertThat(row(complaint).signedBy()).isEqualTo("diane");
  }

  @Test
  void aRefusedSignatureSendsTheAnswerBackWithItsReason() {
    completeAs("bruno", task(complaint), acceptedWithGesture(300));
    Task signature = task(complaint);
    List<String> followUpsBefore = followUpTexts(complaint);

    assertThatThrownBy(() -> completeAs("sophie", signature, Map.of("signatureDecision", "REFUSED")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Indiquez pourquoi la réponse est refusée : son auteur doit savoir quoi reprendre.");
    assertThat(followUpTexts(complaint)).isEqualTo(followUpsBefore);

    completeAs("sophie", signature, Map.of("signatureDecision", "REFUSED",
        "signatureComment", "Un geste de 300 € est excessif pour une leçon : proposez une leçon offerte."));

    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
    Task answerAgain = task(complaint);
    assertThat(answerAgain).as("back in its author's 'Mes tâches'").isAssignedTo("bruno");
    assertThat(formService.getTaskFormVariables(answerAgain.getId()).getValue("signatureRefusal", String.class))
        .as("Markdown for the form's text view, showing the reason as typed")
        .isEqualTo("Un geste de 300 € est excessif pour une leçon \\: proposez une leçon offerte\\.");
    assertThat(formService.getTaskFormVariables(answerAgain.getId()).getValue("commercialGestureAmount", Object.class))
        .as("the answer comes back as written, to be reworked").isEqualTo(300);
    RegisterEntry row = row(complaint);
    assertThat(row.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(row.answerDate()).isNull();
    assertThat(followUpTexts(complaint)).last().isEqualTo("Réponse refusée à la signature et renvoyée à son auteur."
        + " Un geste de 300 € est excessif pour une leçon : proposez une leçon offerte.");

    completeAs("bruno", answerAgain, acceptedWithGesture(0));

    assertThat(complaint).isEnded();
    assertThat(row(complaint).signedBy()).isEqualTo("bruno");
  }

  @Test
  void aSentBackAnswerReturnsToItsAuthorRatherThanToWhoAcknowledged() {
    ProcessInstance acknowledgedByTheDirection = receivedOn(newAgency(), "2026-02-02");
    completeAs("diane", task(acknowledgedByTheDirection), Map.of());
    assertThat(task(acknowledgedByTheDirection)).isAssignedTo("diane");
    completeAs("bruno", task(acknowledgedByTheDirection), acceptedWithGesture(300));

    completeAs("sophie", task(acknowledgedByTheDirection), Map.of("signatureDecision", "REFUSED",
        "signatureComment", "Montant à revoir."));

    assertThat(task(acknowledgedByTheDirection)).isAssignedTo("bruno");
  }

}
