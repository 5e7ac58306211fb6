package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The register's "personne chargée du dossier" follows the answer task from hand to hand. */
class AnswerHandlerTests extends ComplaintTestSupport {

  @Test
  void theHandlerWhoAcknowledgedIsInChargeAndTheAnswerTaskIsTheirs() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());

    acknowledge(complaint);

    assertThat(row(complaint).handler()).isEqualTo("bruno");
    assertThat(task(complaint).getAssignee()).isEqualTo("bruno");
    assertThat(followUpTexts(complaint)).noneMatch(text -> text.startsWith("Personne chargée du dossier"));
  }

  @Test
  void whoeverTakesTheAnswerTaskBecomesThePersonInCharge() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    acknowledge(complaint);
    String answerTask = task(complaint).getId();

    as("demo", () -> {
      taskService.setAssignee(answerTask, null);
      return null;
    });
    assertThat(row(complaint).handler()).as("a task given back to its group keeps its person in charge").isEqualTo("bruno");
    as("sophie", () -> {
      taskService.claim(answerTask, "sophie");
      return null;
    });

    assertThat(row(complaint).handler()).isEqualTo("sophie");
    assertThat(followUps.of(complaint.getBusinessKey())).last()
        .extracting(line -> line.author() + " : " + line.text())
        .isEqualTo("sophie : Personne chargée du dossier : sophie, à la place de bruno.");
  }

  @Test
  void anAnswerTaskReassignedByAnAdministratorMovesTheComplaintToItsNewAssignee() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    acknowledge(complaint);

    as("demo", () -> {
      taskService.setAssignee(task(complaint).getId(), "diane");
      return null;
    });

    assertThat(row(complaint).handler()).isEqualTo("diane");
    assertThat(followUps.of(complaint.getBusinessKey())).extracting(FollowUp::text).last()
        .isEqualTo("Personne chargée du dossier : diane, à la place de bruno.");
  }
}
