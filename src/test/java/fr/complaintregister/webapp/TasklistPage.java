package fr.complaintregister.webapp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.FilterService;
import org.openqa.selenium.By;

/** What the browser tests look for in Tasklist's pages. */
final class TasklistPage {

  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final By START_PROCESS = By.xpath("//a[span[contains(@class, 'glyphicon-list-alt')]]");
  static final By COMPLAINT_PROCESS = By.xpath(
      "//a[@ng-click='selectProcessDefinition(processDefinition)' and normalize-space()='Réclamation']");
  static final By START_BUTTON = By.cssSelector(".modal-footer .btn-primary");
  static final By CLAIM = By.cssSelector("button.claim");
  static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

  private TasklistPage() {
  }

  /** A field of a Camunda form, by the end of its id ({@code Field_<suffix>}). */
  static By field(String idSuffix) {
    return By.cssSelector("[id$='Field_" + idSuffix + "']");
  }

  /** An agency in the recording form's list of the recorder's agencies. */
  static By agencyChoice(String agency) {
    return choice("Agence " + agency);
  }

  /** An option of the open choice list of a Camunda form, by its label. */
  static By choice(String label) {
    return By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='" + label + "']");
  }

  /** Opens one of the Tasklist filters, searched by order number, as Tasklist's search keeps it in the address. */
  static void search(Browser browser, FilterService filters, String filterName, String orderNumber) {
    String filter = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\""
        + orderNumber + "\",\"name\":\"\"}]";
    browser.go("/camunda/app/tasklist/default/#/?filter=" + filter + "&searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8));
    browser.waitForText(orderNumber);
  }

  /** A complaint's task card in the task list, found by its order number. */
  static By taskCard(String orderNumber) {
    return By.xpath("//li[contains(@class, 'task')][.//*[normalize-space()='" + orderNumber + "']]");
  }
}
