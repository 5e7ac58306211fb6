package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor finds a complaint in Cockpit by its order number or pages through an agency's, and reads its history,
 * changing nothing; printed, it shows its whole path and the time of the printing. Texts from Cockpit's locale file.
 */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class HistoryJourneyTests extends ComplaintTestSupport {

  private static final By RESULT_ROWS = By.cssSelector(".registre-history-results tbody tr");
  private static final By SEARCH = By.xpath("//button[text()='" + label("SEARCH", "SUBMIT") + "']");
  private static final By PRINT = By.xpath("//button[text()='" + label("PRINT") + "']");
  private static final By NEXT_PAGE = By.xpath("//button[text()='" + label("SEARCH", "NEXT") + "']");
  /** Cockpit's cached French locale file as it was before the plugin's labels: how many copies were changed. */
  private static final String WITHOUT_HISTORY_LABELS = "const web = JSON.parse(localStorage.getItem('camunda-web') || '{}');"
      + "const cached = Object.keys(web).filter(key => key.includes('_locales_data_fr'));"
      + "cached.forEach(key => { const file = JSON.parse(web[key]); delete file.labels.REGISTRE_HISTORY;"
      + " web[key] = JSON.stringify(file); });"
      + "localStorage.setItem('camunda-web', JSON.stringify(web)); return cached.length;";
  private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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
      audrey.click(By.linkText(label("NAVIGATION")));
      assertThat(audrey.text(By.cssSelector(".registre-history h2"))).isEqualTo(label("SEARCH", "TITLE"));
      audrey.type(By.name("q"), orderNumber);
      audrey.click(SEARCH);
      audrey.waitForText(label("SEARCH", "ONE"));
      assertThat(audrey.all(RESULT_ROWS)).hasSize(1);
      audrey.screenshot("search-by-order-number");

      audrey.click(By.linkText(orderNumber));
      audrey.waitForText(label("TITLE", "FS").replace("{{orderNumber}}", orderNumber));
      audrey.waitUntil(browser -> audrey.all(By.cssSelector(".registre-taken")).isEmpty() ? null : true);
      assertThat(audrey.all(By.cssSelector(".registre-done[data-element-id='Task_AcknowledgeComplaint']"))).hasSize(1);
      assertThat(audrey.all(By.cssSelector(".registre-done[data-element-id='Task_SignAnswer']"))).as("not on its path").isEmpty();
      String timeline = audrey.text(By.cssSelector(".registre-history-timeline"));
      assertThat(timeline).contains("Accuser réception de la réclamation", "terminée par Bruno Petit",
          "Décision : Demande acceptée", label("VERDICT", "MET"), label("STATE", "DONE"));
      assertThat(audrey.text(By.cssSelector(".registre-history"))).contains(label("REGISTER_DEADLINES"),
          label("OPERATION_LOG"), "Tâche terminée", "statut : Répondue");
      assertThat(audrey.all(By.cssSelector("button")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
          .filter(text -> !text.isBlank())).as("buttons with a word on them").containsExactly(label("PRINT"));
      assertPrintButtonPrints(audrey);
      zoomIn(audrey);
      assertThat(shapesOutside(audrey)).as("on screen, zoomed in, the diagram is cropped").isNotEmpty();
      String zoomOnScreen = viewportTransform(audrey);
      audrey.screenshot("history-of-a-finished-complaint");

      audrey.comeBackLater(Duration.ofHours(3));
      audrey.asPrintedOnA4Portrait();
      audrey.asPrinted(); // a browser may say twice that it is about to print
      assertThat(audrey.all(By.cssSelector(".registre-history-actions")).get(0).isDisplayed()).as("no buttons on paper").isFalse();
      assertThat(audrey.all(By.cssSelector("button")).stream().filter(WebElement::isDisplayed)).as("no button on paper").isEmpty();
      assertThat(shapesOutside(audrey)).as("on paper, the whole diagram").isEmpty();
      assertPrintedAbout(audrey.text(By.cssSelector(".registre-history-printed")), LocalDateTime.now(PARIS).plusHours(3));
      audrey.screenshot("history-as-printed");

      audrey.backOnScreen();
      assertThat(viewportTransform(audrey)).as("the zoom on screen, as before printing").isEqualTo(zoomOnScreen);
      assertThat(shapesOutside(audrey)).as("zoomed in again, the diagram is cropped").isNotEmpty();

      audrey.script("window.viewer = window.angular.element("
          + "document.querySelector('.registre-history-diagram [cam-widget-bpmn-viewer]')).scope()");
      audrey.click(By.linkText(label("BACK_TO_SEARCH")));
      audrey.waitForText(label("SEARCH", "INTRO"));
      assertThat(audrey.script("return window.viewer.$$destroyed")).as("the diagram's viewer let go with its page").isEqualTo(true);
    }
  }

  @Test
  void theAuditorPagesThroughEveryRowOfAnAgencyAndSeesARunningStepAsUnderWayWithItsComment() {
    String agency = newAgency();
    List<String> complaints = IntStream.range(0, 20)
        .mapToObj(number -> receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey()).toList();
    String review = record(review(agency)).getBusinessKey();

    try (Browser audrey = Browser.open(port, "history-pages")) {
      audrey.logIn("cockpit", "audrey");
      audrey.find(By.linkText(label("NAVIGATION")));
      assertThat(audrey.script(WITHOUT_HISTORY_LABELS)).as("cached locale files, as left by an earlier version")
          .isNotEqualTo(0L);
      audrey.blockFiles("*/registre/commun.js");
      audrey.script("location.reload()");
      audrey.waitForText(label("HELPERS_FAILED"));
      audrey.screenshot("history-helpers-not-loaded");
      audrey.blockFiles();
      audrey.script("location.hash = '#/historique'");
      audrey.waitForText(label("SEARCH", "INTRO"));
      audrey.type(By.name("agency"), agency);
      audrey.click(SEARCH);
      audrey.waitForText(label("SEARCH", "MANY").replace("{{count}}", "21"));
      List<String> seen = new ArrayList<>(orderNumbersShown(audrey));
      assertThat(seen).as("the first page, newest first").hasSize(20).startsWith(review);
      audrey.screenshot("first-page-of-an-agency");

      assertThat(audrey.find(NEXT_PAGE).getDomAttribute("class")).as("styled as Cockpit's buttons").contains("btn");
      audrey.click(NEXT_PAGE);
      audrey.waitForText(label("SEARCH", "PAGE").replace("{{number}}", "2").replace("{{total}}", "2"));
      seen.addAll(orderNumbersShown(audrey));
      assertThat(seen).as("every row counted can be browsed").hasSize(21).doesNotHaveDuplicates()
          .containsAll(complaints).contains(review);
      audrey.screenshot("second-page-of-an-agency");

      Task task = taskService.createTaskQuery().processInstanceBusinessKey(complaints.get(0)).singleResult();
      // As Tasklist's « Ajouter un commentaire » writes it: on the task alone.
      as("bruno", () -> taskService.createComment(task.getId(), null, "Client <b>rappelé</b> à 10 h"));
      // As Cockpit's « Ajouter un commentaire » on the instance writes it.
      as("bruno", () -> taskService.createComment(null, task.getProcessInstanceId(), "Dossier <i>suivi</i> par l'agence"));
      audrey.click(By.linkText(complaints.get(0)));
      audrey.waitForText(label("TITLE", "FS").replace("{{orderNumber}}", complaints.get(0)));
      audrey.waitUntil(browser -> audrey.all(By.cssSelector(".registre-taken")).isEmpty() ? null : true);
      assertThat(audrey.all(By.cssSelector(".registre-current[data-element-id='Task_AcknowledgeComplaint']")))
          .as("the step under way stands out from those done").hasSize(1);
      String openStep = audrey.text(By.xpath("//table[contains(@class, 'registre-history-timeline')]"
          + "//tr[td[contains(., 'Accuser réception de la réclamation')]]"));
      assertThat(openStep).as("a step under way, its deadline still ahead").contains(label("STATE", "OPEN"),
          label("VERDICT", "PENDING")).doesNotContain(label("VERDICT", "MET"), label("STATE", "DONE"));
      assertThat(openStep).as("a comment, as typed, by its author's name").contains("Client <b>rappelé</b> à 10 h",
          "Bruno Petit");
      String comments = audrey.text(By.xpath("//section[h3[text()='" + label("COMMENTS") + "']]"));
      assertThat(comments).as("a comment on the complaint itself, as typed").contains("Dossier <i>suivi</i> par l'agence",
          "Bruno Petit").doesNotContain("rappelé");
      audrey.screenshot("history-of-a-running-complaint");
    }
  }

  /** A plugin's text as Cockpit's French locale file gives it. */
  private static String label(String... path) {
    JsonNode text = WebappLocales.labels("cockpit", "fr").path("REGISTRE_HISTORY");
    for (String key : path) {
      text = text.path(key);
    }
    assertThat(text.isTextual()).as("label %s", String.join(".", path)).isTrue();
    return text.asText();
  }

  private static Map<String, Object> review(String agency) {
    return new HashMap<>(Map.of("clientName", "Léa Martin", "subject", "Moniteur toujours en retard", "agency", agency,
        "origin", "QS", "platform", "Google", "rating", 1));
  }

  private static List<String> orderNumbersShown(Browser browser) {
    return browser.all(By.cssSelector(".registre-history-results tbody tr td:first-child"))
        .stream().map(cell -> cell.getText().split(" ")[0]).toList();
  }

  /**
   * « Imprimer » opens the browser's printing: Cockpit's page is sandboxed (its Content-Security-Policy), where the
   * browser ignores window.print() unless the sandbox allows modals.
   */
  private static void assertPrintButtonPrints(Browser browser) {
    assertThat((String) browser.script("return fetch(location.href).then(answer => answer.headers.get('Content-Security-Policy'))"))
        .contains("sandbox ").contains(" allow-modals");
    browser.console();
    browser.script("window.printings = 0; window.addEventListener('beforeprint', () => window.printings++)");
    browser.click(PRINT);
    browser.waitUntil(page -> ((Number) browser.script("return window.printings")).intValue() > 0 ? true : null);
    assertThat(browser.console()).as("nothing refused by the browser").noneMatch(line -> line.contains("print()"));
    browser.backOnScreen(); // the print dialog closed
  }

  private static String viewportTransform(Browser browser) {
    return (String) browser.script(
        "return document.querySelector('.registre-history-diagram .djs-container > svg > .viewport').getAttribute('transform')");
  }

  private static void zoomIn(Browser browser) {
    for (int times = 0; times < 4; times++) {
      browser.click(By.cssSelector(".registre-history-diagram .navigation .in"));
    }
  }

  /** The diagram's shapes that stand, even partly, outside its frame. */
  private static List<String> shapesOutside(Browser browser) {
    Rectangle frame = browser.find(By.cssSelector(".registre-history-diagram .djs-container > svg")).getRect();
    return browser.all(By.cssSelector(".registre-history-diagram .djs-shape")).stream()
        .filter(shape -> !within(shape.getRect(), frame)).map(shape -> shape.getDomAttribute("data-element-id")).toList();
  }

  private static boolean within(Rectangle inner, Rectangle outer) {
    return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1
        && inner.y + inner.height <= outer.y + outer.height + 1;
  }

  /** "Imprimé le dd/MM/yyyy HH:mm", the expected time give or take the minutes the test takes. */
  private static void assertPrintedAbout(String stamp, LocalDateTime expected) {
    String prefix = label("PRINTED_AT").replace("{{time}}", "");
    assertThat(stamp).startsWith(prefix);
    LocalDateTime printed = LocalDateTime.parse(stamp.substring(prefix.length()), FRENCH_TIME);
    assertThat(Duration.between(printed, expected).abs()).isLessThan(Duration.ofMinutes(3));
  }
}
