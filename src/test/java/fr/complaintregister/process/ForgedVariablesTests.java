package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Completing a task through the engine REST API can send any variable along. None of them may
 * redirect the register to another complaint, change what a signatory signs, or lower the level
 * the signature requires.
 */
class ForgedVariablesTests extends ComplaintTestSupport {

  @Test
  void anOrderNumberSentWithATaskDoesNotReachAnotherAgencysRow() {
    clockAt("2026-02-02T09:00");
    ProcessInstance own = receivedOn(newAgency(), "2026-02-02");
    ProcessInstance otherAgencys = record(complaintForm("1602", "2026-02-02"), "camille");

    completeAs("bruno", task(own), Map.of("orderNumber", otherAgencys.getBusinessKey()));

    assertThat(row(own).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(row(otherAgencys).status()).isEqualTo(ComplaintStatus.AWAITING_ACKNOWLEDGEMENT);
    assertThat(row(otherAgencys).acknowledgementDate()).isNull();
  }

  @Test
  void anAnswerSentWithAnotherTaskStillWaitsForTheAnswerTask() {
    clockAt("2026-02-02T09:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-02-02");

    completeAs("bruno", task(complaint), Map.of("answerFromDesk", true, "outcome", "ACCEPTED",
        "answerText", "Réponse glissée avec l'accusé de réception."));

    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
    assertThat(row(complaint).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(row(complaint).answerText()).isNull();
  }

  @Test
  void aSignatoryCannotChangeTheAnswerTheySign() {
    ProcessInstance complaint = awaitingSignatureFor(200);
    Map<String, Object> forged = new HashMap<>(Map.of("signatureDecision", "SIGNED"));
    forged.put("answerText", "Nous vous remboursons intégralement.");
    forged.put("commercialGestureAmount", 5000);
    forged.put("answeredBy", "sophie");

    completeAs("sophie", task(complaint), forged);

    RegisterEntry row = row(complaint);
    assertThat(row.answerText()).isEqualTo("La leçon annulée vous est rendue.");
    assertThat(row.commercialGestureAmount()).isEqualByComparingTo(new BigDecimal("200"));
    assertThat(row.handler()).isEqualTo("bruno");
    assertThat(row.signedBy()).isEqualTo("sophie");
  }

  @Test
  void aSignatoryCannotLowerTheLevelTheAnswerRequires() {
    ProcessInstance complaint = awaitingSignatureFor(2000);
    Task signature = task(complaint);
    taskService.setAssignee(signature.getId(), "sophie");

    assertThatThrownBy(() -> completeAs("sophie", signature,
        Map.of("signatureDecision", "SIGNED", "requiredSigningGroup", "signataires")))
        .isInstanceOf(FormFieldValidationException.class);
    assertThat(complaint).isWaitingAt("Task_SignAnswer");
  }

  private ProcessInstance awaitingSignatureFor(int euros) {
    clockAt("2026-02-02T09:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-02-02");
    acknowledge(complaint);
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED", "answerText", "La leçon annulée vous est rendue.",
        "commercialGesture", "Remboursement partiel", "commercialGestureAmount", euros));
    assertThat(complaint).isWaitingAt("Task_SignAnswer");
    return complaint;
  }
}
