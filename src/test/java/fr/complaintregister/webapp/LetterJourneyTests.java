package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The handler reads the letter a task will issue before completing it, in Tasklist, with the webapps' login. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class LetterJourneyTests extends ComplaintTestSupport {

  private static final By PREVIEW = By.linkText("Aperçu de la lettre d'accusé de réception (PDF)");

  @LocalServerPort int port;
  @Autowired FilterService filterService;

  @Test
  void theHandlerOpensThePreviewOfTheAcknowledgementLetterFromTheTask() throws IOException {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    String orderNumber = complaint.getBusinessKey();
    Filter filter = filterService.saveFilter(filterService.newTaskFilter("Dossier " + orderNumber)
        .setQuery(taskService.createTaskQuery().processInstanceBusinessKey(orderNumber)));
    String taskPage = "/camunda/app/tasklist/default/#/?filter=" + filter.getId() + "&task="
        + taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult().getId();
    try (Browser bruno = Browser.open(port, "letter-preview")) {
      bruno.logIn("tasklist", "bruno");
      bruno.go(taskPage);
      bruno.waitForText("Aperçu de la lettre d'accusé de réception");
      bruno.screenshot("acknowledgement-task-with-preview-link");

      assertThat(bruno.find(PREVIEW).getDomProperty("href"))
          .endsWith("/api/complaints/" + orderNumber + "/letters/preview/ACKNOWLEDGEMENT");
      try (PDDocument preview = Loader.loadPDF(bruno.download(PREVIEW))) {
        assertThat(new PDFTextStripper().getText(preview)).contains(orderNumber, "Accusé de réception");
      }
      bruno.click(TasklistPage.CLAIM);
      bruno.waitUntil(browser -> taskService.createTaskQuery().processInstanceId(complaint.getId()).taskAssignee("bruno").count() == 1);
      // Tasklist renders the form again once the task is claimed: open it afresh.
      bruno.go(taskPage);
      bruno.waitForText("Aperçu de la lettre d'accusé de réception");
      bruno.click(PREVIEW);
      int tabs = bruno.waitUntil(browser -> browser.getWindowHandles().size() == 2 ? 2 : null);
      assertThat(tabs).as("the letter opens in a tab of its own, the task stays open").isEqualTo(2);
    } finally {
      filterService.deleteFilter(filter.getId());
    }
  }
}
