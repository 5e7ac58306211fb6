package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.FRENCH_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quality manager's day in Cockpit and the administrator's in Admin, in a real browser, in French. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class QualityManagerJourneyTests extends ComplaintTestSupport {

  private static final By OPEN_COMPLAINTS = By.cssSelector("table.registre-open-complaints");
  private static final By INSTANCE_ACTIONS = By.cssSelector(".ctn-toolbar a");
  private static final By VARIABLE_CHANGES = By.cssSelector(
      "button[ng-click^='enableEditMode'], button[ng-click^='deleteVariable']");
  private static final By RETRY_JOBS = By.cssSelector(".ctn-toolbar a:has(.glyphicon-repeat)");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  @Test
  void theQualityManagerSeesEachOpenComplaintWithItsClientStatusAndDueDatesWithoutOpeningIt() {
    String agency = newAgency();
    LocalDate today = LocalDate.now(PARIS);
    ProcessInstance late = receivedFrom(agency, "<b>Durand</b> & fils", today.minusDays(20));
    fireDueTimers(late);
    ProcessInstance onTime = receivedFrom(agency, "Jeanne Dupont", today);
    try (Browser quentin = Browser.open(port, "6-open-complaints")) {
      quentin.logIn("cockpit", "quentin");
      openComplaintsTab(quentin);
      quentin.waitForText(late.getBusinessKey());
      quentin.scrollTo(rowOf(late));
      quentin.screenshot("open-complaints");

      assertThat(cells(quentin.find(rowOf(late)))).containsExactly(late.getBusinessKey(), agency,
          "<b>Durand</b> & fils", "Leçon de conduite annulée sans prévenir",
          "En attente d'accusé de réception En retard",
          french(row(late).acknowledgementDueDate()), french(row(late).answerDueDate()));
      assertThat(quentin.find(rowOf(late)).getAttribute("class")).contains("registre-overdue");
      assertThat(quentin.find(rowOf(late)).findElements(By.tagName("b"))).as("client text shown as typed").isEmpty();
      assertThat(cells(quentin.find(rowOf(onTime)))).contains("En attente d'accusé de réception",
          french(today.plusDays(10)));
      assertThat(quentin.find(rowOf(onTime)).getAttribute("class")).doesNotContain("registre-overdue");

      quentin.click(By.linkText(late.getBusinessKey()));
      quentin.waitForText("Clé métier");
      quentin.waitForText(late.getId());
      quentin.screenshot("instance-from-the-list");
    }
  }

  @Test
  void theQualityManagerReadsFrenchDatesAndSeesOnlyTheActionsHeMayTake() {
    ProcessInstance complaint = receivedToday();
    try (Browser quentin = Browser.open(port, "7-quality-manager-actions")) {
      quentin.logIn("cockpit", "quentin");
      quentin.go("/camunda/app/cockpit/default/#/process-definition/" + complaint.getProcessDefinitionId() + "/runtime");
      quentin.waitForText(complaint.getBusinessKey());
      assertThat(quentin.text(By.xpath("//tr[td[normalize-space()='" + complaint.getBusinessKey() + "']]")))
          .as("start time in French").containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
      assertThat(quentin.text(By.tagName("body"))).doesNotContain("null").contains("Étiquette de version");
      assertThat(quentin.all(INSTANCE_ACTIONS)).as("no suspension, no job priority").noneMatch(WebElement::isDisplayed);
      quentin.screenshot("definition");

      openInstance(quentin, complaint);
      assertThat(quentin.all(VARIABLE_CHANGES)).as("no variable edit or delete").noneMatch(WebElement::isDisplayed);
      assertThat(quentin.all(INSTANCE_ACTIONS)).filteredOn(WebElement::isDisplayed)
          .as("only the retry of failed jobs, which his role allows").singleElement()
          .isEqualTo(quentin.find(RETRY_JOBS));
      quentin.screenshot("instance");
    }
  }

  @Test
  void theAuditorSeesNoActionAtAll() {
    ProcessInstance complaint = receivedToday();
    try (Browser audrey = Browser.open(port, "8-auditor")) {
      audrey.logIn("cockpit", "audrey");
      openInstance(audrey, complaint);
      assertThat(audrey.all(INSTANCE_ACTIONS)).noneMatch(WebElement::isDisplayed);
      assertThat(audrey.all(VARIABLE_CHANGES)).noneMatch(WebElement::isDisplayed);
      audrey.screenshot("instance");
    }
  }

  @Test
  void theQualityManagerReadsTheQualificationTableInFrench() {
    String table = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("qualification")
        .latestVersion().singleResult().getId();
    try (Browser quentin = Browser.open(port, "9-decision-table")) {
      quentin.logIn("cockpit", "quentin");
      quentin.go("/camunda/app/cockpit/default/#/decision-definition/" + table);
      quentin.waitForText("Politique de résultat");
      assertThat(quentin.all(By.cssSelector(".tjs-container .clause"))).extracting(WebElement::getText)
          .containsExactly("Quand", "Alors", "Et");
      quentin.screenshot("qualification-table");
    }
  }

  @Test
  void theAdministratorFindsAdminInFrench() {
    try (Browser demo = Browser.open(port, "10-admin")) {
      demo.logIn("admin", "demo");
      demo.go("/camunda/app/admin/default/#/groups");
      demo.waitForText("Administrateurs de Camunda");
      demo.screenshot("groups");
      demo.go("/camunda/app/admin/default/#/authorization?resource=0");
      demo.waitForText("Accès");
      demo.screenshot("application-authorizations");
      demo.click(By.linkText("Définition de processus"));
      demo.waitForText("Lecture de l'historique");
      demo.screenshot("process-definition-authorizations");
      demo.go("/camunda/app/admin/default/#/users");
      demo.waitForText("quentin");
      demo.screenshot("users");
      demo.go("/camunda/app/admin/default/#/system?section=system-settings-metrics");
      demo.waitForText("Utilisation mensuelle");
      demo.screenshot("metrics");
      assertThat(demo.text(By.tagName("table"))).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void aNameTheAdministratorTypedStaysAsTypedEvenWhenItLooksLikeADate() {
    Group promotion = identityService.newGroup("promotionhiver");
    promotion.setName("2026-01-31");
    identityService.saveGroup(promotion);
    try (Browser demo = Browser.open(port, "10-admin-typed-names")) {
      demo.logIn("admin", "demo");
      demo.go("/camunda/app/admin/default/#/groups");
      demo.waitForText("promotionhiver");
      demo.screenshot("groups");
      assertThat(demo.text(By.tagName("table"))).contains("2026-01-31").doesNotContain("31/01/2026");
    } finally {
      identityService.deleteGroup(promotion.getId());
    }
  }

  private ProcessInstance receivedToday() {
    return receivedFrom(newAgency(), "Jeanne Dupont", LocalDate.now(PARIS));
  }

  private ProcessInstance receivedFrom(String agency, String clientName, LocalDate receptionDate) {
    Map<String, Object> form = complaintForm(agency, receptionDate.toString());
    form.put("clientName", clientName);
    return record(form);
  }

  private void openComplaintsTab(Browser browser) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint")
        .latestVersion().singleResult().getId();
    browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    browser.click(By.linkText("Réclamations ouvertes"));
    browser.find(OPEN_COMPLAINTS);
  }

  private void openInstance(Browser browser, ProcessInstance complaint) {
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + complaint.getId() + "/runtime");
    browser.waitForText("orderNumber");
  }

  private static By rowOf(ProcessInstance complaint) {
    return By.xpath("//table[contains(@class, 'registre-open-complaints')]//tr[td[1][normalize-space()='"
        + complaint.getBusinessKey() + "']]");
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList();
  }

  private static String french(LocalDate date) {
    return date.format(FRENCH_DATE);
  }
}
