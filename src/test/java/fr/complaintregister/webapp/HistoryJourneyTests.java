package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor finds a finished complaint in Cockpit by its order number and reads its history, changing nothing. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class HistoryJourneyTests extends ComplaintTestSupport {

  @LocalServerPort int port;

  @Test
  void theAuditorFindsAFinishedComplaintAndSeesItsPathAndTimelineWithNothingToChange() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    acknowledge(complaint);
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED", "answerText", "La leçon vous est rendue."));
    assertThat(complaint).isEnded();
    String orderNumber = complaint.getBusinessKey();

    try (Browser audrey = Browser.open(port, "history")) {
      audrey.logIn("cockpit", "audrey");
      audrey.click(By.linkText("Historique"));
      audrey.type(By.name("q"), orderNumber);
      audrey.click(By.xpath("//button[text()='Rechercher']"));
      audrey.waitForText("1 ligne trouvée.");
      audrey.screenshot("search-by-order-number");

      audrey.click(By.linkText(orderNumber));
      audrey.waitForText("Historique de la réclamation " + orderNumber);
      audrey.waitUntil(browser -> audrey.all(By.cssSelector(".registre-taken")).isEmpty() ? null : true);
      assertThat(audrey.all(By.cssSelector(".registre-done[data-element-id='Task_AcknowledgeComplaint']"))).hasSize(1);
      assertThat(audrey.all(By.cssSelector(".registre-done[data-element-id='Task_SignAnswer']"))).as("not on its path").isEmpty();
      String timeline = audrey.text(By.cssSelector(".registre-history-timeline"));
      assertThat(timeline).contains("Accuser réception de la réclamation", "terminée par bruno",
          "Décision : Demande acceptée", "Respectée");
      assertThat(audrey.text(By.cssSelector(".registre-history"))).contains("Échéances du registre",
          "Journal des opérations", "Tâche terminée");
      assertThat(audrey.all(By.cssSelector("button")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
          .filter(text -> !text.isBlank())).as("buttons with a word on them").containsExactly("Imprimer");
      audrey.screenshot("history-of-a-finished-complaint");

      audrey.asPrinted();
      assertThat(audrey.all(By.cssSelector(".registre-history-actions")).get(0).isDisplayed()).as("no buttons on paper").isFalse();
      audrey.screenshot("history-as-printed");
    }
  }
}
