package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.CLAIM;
import static fr.complaintregister.webapp.TasklistPage.COMPLAINT_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.COMPLETE;
import static fr.complaintregister.webapp.TasklistPage.FRENCH_DATE;
import static fr.complaintregister.webapp.TasklistPage.START_BUTTON;
import static fr.complaintregister.webapp.TasklistPage.START_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.agencyChoice;
import static fr.complaintregister.webapp.TasklistPage.field;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.register.RegisterRow;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A complaint's journey through Tasklist and Cockpit in a real browser, as French users see it. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class WebappJourneyTests extends ComplaintTestSupport {

  private static final By CLOSE_NOTIFICATION = By.cssSelector("button[ng-click='removeNotification(notification)']");
  private static final By RECEPTION_DATE = field("ReceptionDate");
  /** The text view of a task form that shows the complaint's summary (Text_ComplaintSummary). */
  private static final By SUMMARY = By.xpath(
      "//div[contains(@class, 'fjs-form-field-text')][starts-with(normalize-space(), 'Réclamation ')]");

  @LocalServerPort int port;
  @Autowired FilterService filterService;

  private final List<String> filtersOfThisTest = new ArrayList<>();

  @Test
  void receptionRecordsAComplaintFromTheFrenchStartForm() {
    String agency = newAgency();
    LocalDate today = LocalDate.now(PARIS);
    try (Browser alice = Browser.open(port, "1-reception")) {
      alice.logIn("tasklist", "alice");
      alice.waitForText("Tâches de mes groupes");
      assertThat(alice.text(START_PROCESS)).isEqualTo(WebappLocales.french("tasklist", "START_PROCESS"));
      alice.screenshot("tasklist-filters");

      alice.click(START_PROCESS);
      alice.click(COMPLAINT_PROCESS);
      alice.type(field("ClientName"), "Jeanne Dupont");
      alice.type(RECEPTION_DATE, today.plusDays(1).format(FRENCH_DATE));
      alice.type(field("Agency"), agency);
      alice.click(agencyChoice(agency));
      alice.type(field("Subject"), "Leçon de conduite annulée sans prévenir");
      alice.type(field("ProductOrService"), "Forfait permis B 20 heures");
      alice.type(field("ClientAddress"), "3 rue des Lilas, 16000 Angoulême");
      alice.screenshot("start-form");
      alice.click(START_BUTTON);

      alice.waitForText("La date de réception ne peut pas être dans le futur.");
      assertThat(alice.text(By.cssSelector(".modal .alert"))).as("no English engine jargon").doesNotContain("Cannot");
      alice.scrollTo(By.cssSelector(".modal .alert"));
      alice.screenshot("future-date-refused");
      assertThat(rowsOf(agency)).isEmpty();

      alice.retype(RECEPTION_DATE, today.format(FRENCH_DATE));
      alice.click(START_BUTTON);
      alice.waitUntil(browser -> rowsOf(agency).size() == 1);
      alice.screenshot("recorded");
      assertHidden(alice, rowsOf(agency).get(0).orderNumber(), "reception neither acknowledges nor answers");
    }
    RegisterRow row = rowsOf(agency).get(0);
    assertThat(row.clientName()).isEqualTo("Jeanne Dupont");
    assertThat(row.receptionDate()).isEqualTo(today);
    assertThat(row.recordedBy()).isEqualTo("alice");
  }

  @Test
  void handlerAcknowledgesThenAnswersARejectionOnlyWithRecourseOptions() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    saveFilterOf(complaint);
    try (Browser bruno = Browser.open(port, "2-handler")) {
      bruno.logIn("tasklist", "bruno");
      bruno.click(By.partialLinkText("Tâches de mes groupes"));
      bruno.waitForText("N° d'ordre");
      bruno.screenshot("group-tasks");

      Task acknowledgement = openTask(bruno, complaint);
      bruno.screenshot("acknowledgement");
      claim(bruno, complaint);
      bruno.screenshot("claimed");
      bruno.type(field("FollowUpNote"), "Accusé de réception envoyé par courrier.");
      bruno.click(COMPLETE);
      bruno.waitUntil(browser -> taskService.createTaskQuery().taskId(acknowledgement.getId()).count() == 0);
      bruno.click(CLOSE_NOTIFICATION);

      openTask(bruno, complaint);
      assertThat(taskQuery(complaint).singleResult().getAssignee()).as("who acknowledged answers").isEqualTo("bruno");
      bruno.click(field("Outcome-2"));
      bruno.type(field("AnswerText"), "Le forfait ne peut pas être remboursé.");
      bruno.retype(field("RecourseOptions"), "");
      bruno.screenshot("rejection-without-recourse");
      bruno.click(COMPLETE);
      bruno.waitForText("doit indiquer au client les voies de recours dont il dispose");
      assertThat(bruno.text(By.cssSelector(".notifications .alert"))).doesNotContain("Cannot");
      bruno.screenshot("rejection-refused");
      assertThat(row(complaint).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
      bruno.click(CLOSE_NOTIFICATION);

      bruno.type(field("RecourseOptions"), "Vous pouvez saisir le médiateur de la consommation.");
      bruno.click(COMPLETE);
      bruno.waitUntil(browser -> row(complaint).status() == ComplaintStatus.ANSWERED);
      bruno.screenshot("answered");
    }
    assertThat(row(complaint).recourseOptions()).isEqualTo("Vous pouvez saisir le médiateur de la consommation.");
    assertThat(followUpTexts(complaint)).contains(
        "Accusé de réception adressé au client. Accusé de réception envoyé par courrier.");
  }

  @Test
  void qualityManagerFindsARunningComplaintInCockpit() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    try (Browser quentin = Browser.open(port, "3-cockpit")) {
      quentin.logIn("cockpit", "quentin");
      quentin.go("/camunda/app/cockpit/default/#/processes");
      quentin.click(By.linkText("Réclamation"));
      quentin.waitForText(complaint.getBusinessKey());
      quentin.screenshot("complaint-instances");
      quentin.click(By.linkText(complaint.getId()));
      quentin.waitForText("Accuser réception de la réclamation");
      quentin.screenshot("running-instance");
    }
  }

  @Test
  void anAnswerWithA2000EuroGestureIsSentOnlyOnceTheDirectionSignsIt() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    acknowledge(complaint);
    ProcessInstance otherAgencys = record(complaintForm("1602", LocalDate.now(PARIS).toString()), "camille");
    saveFilterOf(complaint);
    try (Browser bruno = Browser.open(port, "4-signature")) {
      bruno.logIn("tasklist", "bruno");
      openTask(bruno, complaint);
      bruno.click(field("Outcome-0"));
      bruno.type(field("AnswerText"), "Nous vous remboursons le forfait.");
      bruno.type(field("CommercialGesture"), "Remboursement du forfait");
      bruno.type(field("CommercialGestureAmount"), "2000");
      bruno.screenshot("answer-with-gesture");
      bruno.click(COMPLETE);
      bruno.waitUntil(browser -> row(complaint).status() == ComplaintStatus.AWAITING_SIGNATURE);
      assertHidden(bruno, otherAgencys.getBusinessKey(), "a task of agency 1602");
    }
    assertThat(row(complaint).answerDate()).as("not sent before it is signed").isNull();
    try (Browser diane = Browser.open(port, "4-signature")) {
      diane.logIn("tasklist", "diane");
      openTask(diane, complaint);
      diane.waitForText("Valider et signer la réponse");
      assertThat(diane.find(field("AnswerText")).getDomProperty("value")).isEqualTo("Nous vous remboursons le forfait.");
      diane.screenshot("signature-form");
      claim(diane, complaint);
      diane.click(field("SignatureDecision-0"));
      diane.click(COMPLETE);
      diane.waitUntil(browser -> row(complaint).status() == ComplaintStatus.ANSWERED);
      diane.screenshot("signed");
    }
    assertThat(row(complaint).signedBy()).isEqualTo("diane");
    assertThat(row(complaint).handler()).isEqualTo("bruno");
  }

  @Test
  void aClientsMarkupShowsInTheTaskFormAsTypedAndNeverAsALinkImageOrScript() {
    String clientName = "<a href=\"http://evil.example\">Cliquez ici</a> **Gras** <script>alert(1)</script>";
    String subject = "[lien](http://evil.example) ![img](http://evil.example/x.png)\n# Pas un titre\n- ni une liste www.evil.example";
    Map<String, Object> form = complaintForm(newAgency(), LocalDate.now(PARIS).toString());
    form.put("clientName", clientName);
    form.put("subject", subject);
    ProcessInstance complaint = record(form);
    saveFilterOf(complaint);
    try (Browser bruno = Browser.open(port, "5-markup")) {
      bruno.logIn("tasklist", "bruno");
      openTask(bruno, complaint);
      bruno.screenshot("client-markup-as-text");
      WebElement summary = bruno.find(SUMMARY);

      assertThat(summary.getText()).contains("de " + clientName + ", reçue le", "Objet : " + subject);
      assertThat(summary.findElements(By.cssSelector("a, img, script, h1, ul, code"))).isEmpty();
      assertThat(summary.findElements(By.tagName("strong"))).extracting(WebElement::getText)
          .as("only the summary's own labels are bold")
          .containsExactly("Réclamation " + complaint.getBusinessKey(), "Objet :", "Contrat, produit ou service :");
    }
  }

  /** A complaint's task someone may not see: even by its address, Tasklist opens nothing of it. */
  private void assertHidden(Browser browser, String orderNumber, String why) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(orderNumber)
        .taskDefinitionKey("Task_AcknowledgeComplaint").singleResult();
    String allTasks = filterService.createFilterQuery().filterName("Toutes les tâches").singleResult().getId();
    browser.go("/camunda/app/tasklist/default/#/?filter=" + allTasks + "&task=" + task.getId());
    browser.waitForText("La tâche n'existe plus");
    browser.screenshot("hidden-task");
    assertThat(browser.text(By.tagName("body"))).as(why).doesNotContain("Réclamation " + orderNumber);
  }

  /**
   * Claims the complaint's open task. Tasklist sometimes closes the task on the list refresh that
   * follows a claim, so it is opened again, as a user would click it again.
   */
  private void claim(Browser browser, ProcessInstance complaint) {
    Task task = taskQuery(complaint).singleResult();
    browser.click(CLAIM);
    browser.waitUntil(b -> taskService.createTaskQuery().taskId(task.getId()).taskAssigned().count() == 1);
    browser.go("/camunda/app/tasklist/default/#/?filter=" + filterOf(complaint));
    openTask(browser, complaint);
  }

  /**
   * A Tasklist filter of the complaint's tasks, as a user may save one, made before logging in
   * (Tasklist reads its filters then). The tests before this one leave many tasks, and Tasklist
   * closes a task that is not on its list's first page as soon as the list refreshes (after a
   * claim, say).
   */
  private void saveFilterOf(ProcessInstance complaint) {
    Filter filter = filterService.newTaskFilter("Dossier " + complaint.getBusinessKey())
        .setQuery(taskService.createTaskQuery().processInstanceBusinessKey(complaint.getBusinessKey()));
    filterService.saveFilter(filter);
    filtersOfThisTest.add(filter.getId());
  }

  /** Opens the complaint's current task from its filter (see {@link #saveFilterOf}). */
  private Task openTask(Browser browser, ProcessInstance complaint) {
    Task task = taskQuery(complaint).singleResult();
    browser.go("/camunda/app/tasklist/default/#/?filter=" + filterOf(complaint) + "&task=" + task.getId());
    browser.waitForText("Réclamation " + complaint.getBusinessKey() + " de ");
    return task;
  }

  private String filterOf(ProcessInstance complaint) {
    return filterService.createFilterQuery().filterName("Dossier " + complaint.getBusinessKey()).singleResult().getId();
  }

  @AfterEach
  void deleteFiltersOfThisTest() {
    filtersOfThisTest.forEach(filterService::deleteFilter);
    filtersOfThisTest.clear();
  }

  private TaskQuery taskQuery(ProcessInstance complaint) {
    return taskService.createTaskQuery().processInstanceId(complaint.getId());
  }

  private List<RegisterRow> rowsOf(String agency) {
    return listed(agency, null, null).content();
  }

  /** A Camunda Forms field, by the id it has in our form files. */}
