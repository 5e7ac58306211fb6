package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.COMPLAINT_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.START_BUTTON;
import static fr.complaintregister.webapp.TasklistPage.START_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.agencyChoice;
import static fr.complaintregister.webapp.TasklistPage.field;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.complaint.RegisterQuery;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register's pages, reached from the webapps with their login, as French users work with them. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class RegisterPagesJourneyTests extends ComplaintTestSupport {

  private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final By REGISTER_LINK = By.cssSelector("li.registre-link a");
  private static final By MY_FILES = By.id("tab-mine");
  private static final By SEARCH = By.cssSelector("#filters input[name=q]");
  private static final By SEARCH_BUTTON = By.cssSelector("#filters button[type=submit]");
  private static final By COUNT = By.id("count");
  private static final By NOTE = By.cssSelector("textarea[name=text]");
  private static final By ADD_NOTE = By.xpath("//button[normalize-space()='Ajouter la note']");
  private static final By FOLLOW_UP_LOG = By.cssSelector(".registre-log");
  private static final String CLIENT = "Hélène Gérôme";

  @LocalServerPort int port;

  @Test
  void theDeskFindsWhatItRecordedAHandlerFindsItByNameAndAddsANoteAnotherAgencyDoesNotSeeIt() {
    String agency = newAgency();
    String orderNumber;
    try (Browser alice = Browser.open(port, "register-desk")) {
      recordAsAlice(alice, agency);
      alice.waitUntil(browser -> rowsOf(agency).size() == 1);
      orderNumber = rowsOf(agency).get(0).orderNumber();

      alice.click(REGISTER_LINK);
      alice.waitForText("Registre des réclamations");
      alice.click(MY_FILES);
      alice.waitForText(orderNumber);
      assertThat(alice.text(By.cssSelector(".registre-table tbody"))).contains(CLIENT, "Facture reçue deux fois");
      alice.screenshot("my-files");
    }

    try (Browser bruno = Browser.open(port, "register-handler")) {
      bruno.go("/registre/");
      bruno.waitUntil(browser -> browser.getCurrentUrl().contains("/camunda/app/tasklist/"));
      bruno.logIn("tasklist", "bruno");
      bruno.waitUntil(browser -> browser.getCurrentUrl().endsWith("/registre/"));
      searchClient(bruno);
      bruno.waitForText(orderNumber);
      bruno.screenshot("found-without-accents");

      bruno.click(By.linkText(orderNumber));
      bruno.waitForText("Réclamation " + orderNumber);
      assertThat(bruno.text(By.tagName("main"))).contains(CLIENT, "Accusé de réception : au plus tard le");
      assertThat(bruno.find(By.partialLinkText("Accuser réception")).getDomAttribute("href"))
          .as("the open task opens in Tasklist").startsWith("/camunda/app/tasklist/default/#/?task=");
      bruno.type(NOTE, "Cliente rappelée : <b>facture</b> annulée.");
      bruno.click(ADD_NOTE);
      bruno.waitUntil(browser -> bruno.text(FOLLOW_UP_LOG).contains("<b>facture</b>"));
      FollowUp note = followUps.of(orderNumber).get(followUps.of(orderNumber).size() - 1);
      assertThat(bruno.text(FOLLOW_UP_LOG)).as("the note with its time, the client's text as typed")
          .contains(note.recordedAt().format(FRENCH_TIME) + " (bruno) : Cliente rappelée : <b>facture</b> annulée.");
      bruno.screenshot("note-added");
    }

    try (Browser claire = Browser.open(port, "register-other-agency")) {
      claire.logIn("tasklist", "claire");
      claire.click(REGISTER_LINK);
      searchClient(claire);
      claire.waitForText("Aucune réclamation ne correspond.");
      assertThat(claire.text(By.tagName("body"))).doesNotContain(orderNumber);
      claire.screenshot("not-found-in-other-agency");
    }
  }

  private static void recordAsAlice(Browser alice, String agency) {
    alice.logIn("tasklist", "alice");
    alice.click(START_PROCESS);
    alice.click(COMPLAINT_PROCESS);
    alice.type(field("ClientName"), CLIENT);
    alice.type(field("Agency"), agency);
    alice.click(agencyChoice(agency));
    alice.type(field("Subject"), "Facture reçue deux fois");
    alice.type(field("ProductOrService"), "Forfait code de la route");
    alice.type(field("ClientEmail"), "helene.gerome@exemple.fr");
    alice.click(START_BUTTON);
  }

  private static void searchClient(Browser browser) {
    browser.waitUntil(driver -> !browser.text(COUNT).isEmpty());
    browser.type(SEARCH, "HELENE gerome");
    browser.click(SEARCH_BUTTON);
  }

  private List<RegisterEntry> rowsOf(String agency) {
    return register.search(new RegisterQuery(null, agency, null, null, null, 0, 10), AgencyScope.every()).content();
  }
}
