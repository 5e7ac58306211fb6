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
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A rejection, even partial, must tell the client the recourse options: the server enforces it. */
class RejectionGuardTests extends ComplaintTestSupport {

  private static final String RECOURSE_REQUIRED = "Une réponse qui rejette totalement ou partiellement la demande"
      + " doit indiquer au client les voies de recours dont il dispose.";

  @Autowired FormService formService;
  @Autowired TestRestTemplate http;

  private ProcessInstance complaint;
  private Task answerTask;

  @BeforeEach
  void complaintAwaitingItsAnswer() {
    clockAt("2026-02-02T09:00");
    complaint = receivedOn(newAgency(), "2026-02-02");
    acknowledge(complaint);
    answerTask = task(complaint);
  }

  @Test
  void answerFormComesWithTheDefaultRecourseOptions() {
    assertThat((String) formService.getTaskFormVariables(answerTask.getId()).getValue("recourseOptions", String.class))
        .contains("médiateur de la consommation");
  }

  @Test
  void rejectionWithoutRecourseOptionsIsRefusedAndChangesNothing() {
    List<String> followUpsBefore = followUpTexts(complaint);

    assertThatThrownBy(() -> completeAs("bruno", answerTask, rejection("REJECTED", " ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(RECOURSE_REQUIRED);

    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
    RegisterEntry row = row(complaint);
    assertThat(row.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(row.answerDate()).isNull();
    assertThat(row.outcome()).isNull();
    assertThat(followUpTexts(complaint)).isEqualTo(followUpsBefore);
  }

  @Test
  void partialRejectionWithoutRecourseOptionsIsRefusedThroughTheEngineRestApiWithA400() {
    ResponseEntity<Map> response = http.withBasicAuth("bruno", "bruno").postForEntity(
        "/engine-rest/task/{id}/submit-form",
        Map.of("variables", Map.of(
            "outcome", Map.of("value", "PARTIALLY_REJECTED"),
            "answerText", Map.of("value", "Nous ne pouvons pas rembourser le forfait."),
            "recourseOptions", Map.of("value", ""))),
        Map.class, answerTask.getId());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("message", RECOURSE_REQUIRED);
    assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
    assertThat(row(complaint).answerDate()).isNull();
  }

  @Test
  void rejectionWithRecourseOptionsIsAnswered() {
    completeAs("bruno", answerTask, rejection("REJECTED", "Vous pouvez saisir le médiateur de l'enseignement de la conduite."));

    assertThat(complaint).isEnded();
    RegisterEntry row = row(complaint);
    assertThat(row.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(row.recourseOptions()).isEqualTo("Vous pouvez saisir le médiateur de l'enseignement de la conduite.");
  }

  private static Map<String, Object> rejection(String outcome, String recourseOptions) {
    return Map.of("outcome", outcome, "answerText", "Votre demande ne peut pas être satisfaite.",
        "recourseOptions", recourseOptions);
  }
}
