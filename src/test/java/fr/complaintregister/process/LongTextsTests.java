package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every length the forms announce can be stored, on H2 and PostgreSQL alike, although the engine
 * keeps a text variable in 4,000 characters: the longest answer, refusal reason and note are kept
 * whole on the register and in the process history.
 */
class LongTextsTests extends ComplaintTestSupport {

  private static final String LONGEST_ANSWER = text("Réponse détaillée. ", 10_000);
  private static final String LONGEST_REASON = text("Motif précis. ", 4_000);
  private static final String LONGEST_NOTE = text("Note de suivi. ", 3_000);

  @Autowired HistoryService historyService;

  @Test
  void theLongestAnswerRecourseAndDysfunctionsAreKeptWhole() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    acknowledge(complaint);

    completeAs("bruno", task(complaint), Map.of("outcome", "REJECTED", "answerText", LONGEST_ANSWER,
        "recourseOptions", LONGEST_ANSWER, "dysfunctions", LONGEST_ANSWER));

    assertThat(complaint).isEnded();
    assertThat(row(complaint).answerText()).isEqualTo(LONGEST_ANSWER);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
        .variableName("answerText").singleResult().getValue()).isEqualTo(LONGEST_ANSWER);
  }

  @Test
  void theLongestRefusalReasonIsLoggedAndShownToTheAuthor() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    acknowledge(complaint);
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED", "answerText", "Nous vous remboursons.",
        "commercialGesture", "Remboursement", "commercialGestureAmount", 200));

    completeAs("sophie", task(complaint), Map.of("signatureDecision", "REFUSED", "signatureComment", LONGEST_REASON));

    assertThat(task(complaint)).hasDefinitionKey("Task_AnswerComplaint");
    assertThat(taskService.getVariable(task(complaint).getId(), "signatureRefusal")).asString().contains("Motif");
    assertThat(followUpTexts(complaint)).last().asString().endsWith(LONGEST_REASON);
  }

  @Test
  void theLongestAcknowledgementNoteIsLogged() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());

    completeAs("bruno", task(complaint), Map.of("followUpNote", LONGEST_NOTE));

    assertThat(followUpTexts(complaint)).anySatisfy(text -> assertThat(text).endsWith(LONGEST_NOTE));
  }

  /** The phrase repeated to exactly that length, ending with a full stop (forms strip trailing spaces). */
  private static String text(String phrase, int length) {
    return phrase.repeat(length / phrase.length() + 1).substring(0, length - 1) + ".";
  }
}
