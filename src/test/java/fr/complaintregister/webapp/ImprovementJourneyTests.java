package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.CLAIM;
import static fr.complaintregister.webapp.TasklistPage.COMPLETE;
import static fr.complaintregister.webapp.TasklistPage.FRENCH_DATE;
import static fr.complaintregister.webapp.TasklistPage.choice;
import static fr.complaintregister.webapp.TasklistPage.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.LinkedAction;
import fr.complaintregister.improvement.CorrectiveAction;
import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quality manager's improvement work in Tasklist, in a real browser, in French. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class ImprovementJourneyTests extends ComplaintTestSupport {

  private static final String DYSFUNCTION = "Planning des moniteurs <i>jamais</i> mis à jour";
  private static final By EXISTING_ACTION_LIST = By.xpath(
      "//*[contains(@class, 'fjs-form-field-select')][.//label[starts-with(normalize-space(), 'Action corrective en cours')]]"
          + "//*[contains(@class, 'fjs-input-group')]");

  @LocalServerPort int port;
  @Autowired FilterService filterService;
  @Autowired CorrectiveActions actions;

  @Test
  void theQualityManagerTurnsAComplaintsDysfunctionIntoACorrectiveAction() {
    LocalDate today = LocalDate.now(PARIS);
    LocalDate due = today.plusMonths(1);
    ProcessInstance complaint = receivedOn(newAgency(), today.toString());
    acknowledge(complaint);
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED",
        "answerText", "Votre leçon est reprogrammée.", "dysfunctions", DYSFUNCTION));

    try (Browser quentin = Browser.open(port, "11-dysfunction-analysis")) {
      quentin.logIn("tasklist", "quentin");
      TasklistPage.search(quentin, filterService, "Tâches de mes groupes", complaint.getBusinessKey());
      quentin.click(By.partialLinkText("Analyser les dysfonctionnements"));
      quentin.waitForText("Dysfonctionnements identifiés dans la réponse");
      assertThat(quentin.text(By.tagName("body"))).as("the handler's words as typed").contains(DYSFUNCTION);
      quentin.screenshot("analysis-task");

      quentin.click(CLAIM);
      quentin.waitUntil(browser -> taskService.createTaskQuery().processInstanceBusinessKey(complaint.getBusinessKey())
          .taskAssignee("quentin").count() == 1);
      // Tasklist renders the form again once the task is claimed: open it afresh.
      quentin.waitUntilGone(CLAIM);
      TasklistPage.search(quentin, filterService, "Mes tâches", complaint.getBusinessKey());
      quentin.click(By.partialLinkText("Analyser les dysfonctionnements"));
      quentin.waitForText("Dysfonctionnements identifiés dans la réponse");
      // He looks for an action under way first, finds none to his liking, and decides a new one.
      quentin.click(field("AnalysisChoice-1"));
      quentin.click(EXISTING_ACTION_LIST);
      quentin.click(field("AnalysisChoice-0"));
      quentin.type(field("DueDate"), due.format(FRENCH_DATE));
      quentin.type(field("ActionSubject"), "Mettre à jour le planning chaque vendredi");
      quentin.type(field("PersonInCharge"), "Bruno");
      quentin.click(choice("Bruno Petit (bruno)"));
      quentin.screenshot("action-decided");
      quentin.click(COMPLETE);
      quentin.waitUntil(browser -> !actionsOf(complaint).isEmpty());
      quentin.screenshot("analysis-done");
    }

    CorrectiveAction action = as("quentin", () -> actions.detail(actionsOf(complaint).get(0).orderNumber())).action();
    assertThat(action.subject()).isEqualTo("Mettre à jour le planning chaque vendredi");
    assertThat(action.personInCharge()).isEqualTo("bruno");
    assertThat(action.dueDate()).isEqualTo(due);
    assertThat(action.checkDate()).as("a month after the due date").isEqualTo(due.plusMonths(1));
  }

  private List<LinkedAction> actionsOf(ProcessInstance complaint) {
    return as("quentin", () -> complaints.detail(complaint.getBusinessKey())).actions();
  }
}
