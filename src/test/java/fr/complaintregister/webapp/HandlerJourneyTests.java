package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.CLAIM;
import static fr.complaintregister.webapp.TasklistPage.COMPLAINT_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.COMPLETE;
import static fr.complaintregister.webapp.TasklistPage.START_BUTTON;
import static fr.complaintregister.webapp.TasklistPage.START_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.field;
import static fr.complaintregister.webapp.TasklistPage.taskCard;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.register.RegisterRow;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A handler's and a recorder's day in Tasklist, in a real browser, as French users see it. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class HandlerJourneyTests extends ComplaintTestSupport {

  private static final By SET_FOLLOW_UP = By.xpath("//a[normalize-space()='Définir la date de suivi']");
  private static final By DUE_DATE = By.cssSelector(".task-details .due-date");
  private static final By REMOVE_DUE_DATE = By.cssSelector(".task-details .reset-due-date");
  private static final By APPLY_DATE = By.cssSelector("button[ng-click^='applyChange']");
  private static final By CREATE_TASK = By.cssSelector(".create-task-action");
  private static final By NOTICES = By.cssSelector(".notifications");

  @LocalServerPort int port;
  @Autowired FilterService filterService;

  private final List<String> filtersOfThisTest = new ArrayList<>();

  @Test
  void aHandlerSetsAFollowUpDateAndMovesTheDueDateWhileTheRegistersDeadlinesStay() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    RegisterEntry before = row(complaint);
    List<Date> timersBefore = timerDueDates(complaint);
    Task task = taskQueryOf(complaint);
    LocalDate due = parisDate(task.getDueDate());
    // The date picker opens on the due date's month.
    LocalDate newDue = due.withDayOfMonth(due.getDayOfMonth() == 15 ? 16 : 15);
    try (Browser bruno = Browser.open(port, "handler-dates")) {
      bruno.logIn("tasklist", "bruno");
      openTask(bruno, complaint);
      bruno.screenshot("task");
      assertThat(bruno.all(CREATE_TASK)).as("nobody may create a standalone task")
          .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());

      bruno.click(SET_FOLLOW_UP);
      bruno.screenshot("follow-up-date-picker");
      bruno.click(APPLY_DATE);
      bruno.waitUntil(browser -> taskQueryOf(complaint).getFollowUpDate() != null);
      bruno.screenshot("follow-up-date-set");

      bruno.click(DUE_DATE);
      bruno.click(day(newDue.getDayOfMonth()));
      bruno.screenshot("due-date-picker");
      bruno.click(APPLY_DATE);
      bruno.waitUntil(browser -> !task.getDueDate().equals(taskQueryOf(complaint).getDueDate()));
      bruno.screenshot("due-date-moved");
      assertThat(bruno.all(REMOVE_DUE_DATE)).as("a task's due date may move, not go").isNotEmpty()
          .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
    }
    assertThat(parisDate(taskQueryOf(complaint).getDueDate())).isEqualTo(newDue);
    assertThat(taskQueryOf(complaint).getAssignee()).as("setting dates does not claim").isNull();
    assertThat(row(complaint).acknowledgementDueDate()).isEqualTo(before.acknowledgementDueDate());
    assertThat(row(complaint).answerDueDate()).isEqualTo(before.answerDueDate());
    assertThat(timerDueDates(complaint)).isEqualTo(timersBefore);
  }

  @Test
  void anOverdueTaskIsFoundByItsOrderNumberUnderEnRetardInWarningColourWithItsClientAndSubject() {
    ProcessInstance late = receivedOn(newAgency(), LocalDate.now(PARIS).minusDays(20).toString());
    ProcessInstance onTime = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    try (Browser bruno = Browser.open(port, "handler-overdue")) {
      bruno.logIn("tasklist", "bruno");
      search(bruno, "En retard", onTime);
      bruno.waitForText("Aucune tâche ne correspond aux filtres.");
      bruno.screenshot("on-time-task-not-overdue");

      search(bruno, "En retard", late);
      bruno.waitForText("Jeanne Dupont");
      By lateCard = taskCard(late.getBusinessKey());
      assertThat(bruno.text(lateCard)).contains("N° d'ordre", "Jeanne Dupont", "Leçon de conduite annulée sans prévenir");
      assertThat(bruno.find(lateCard).findElements(By.cssSelector(".due-date.overdue"))).hasSize(1);
      assertThat(bruno.find(lateCard).getCssValue("border-left-color")).isEqualTo("rgba(201, 48, 44, 1)");
      bruno.screenshot("overdue-task-found-by-order-number");
    }
  }

  @Test
  void theDirectionFindsALateComplaintAmongTasksDueSoonAndNotesWhatItDid() {
    ProcessInstance late = receivedOn(newAgency(), LocalDate.now(PARIS).minusDays(12).toString());
    fireDueTimers(late);
    try (Browser diane = Browser.open(port, "direction-late")) {
      diane.logIn("tasklist", "diane");
      search(diane, "Échéance proche ou dépassée", late);
      diane.click(By.partialLinkText("Réclamation en retard"));
      diane.waitForText("Le délai fixé par le plan de gestion des réclamations est dépassé.");
      diane.screenshot("late-complaint-due-soon");
      diane.click(CLAIM);
      diane.type(field("FollowUpNote"), "Gestionnaire relancé par téléphone.");
      diane.click(COMPLETE);
      diane.waitUntil(browser -> followUpTexts(late).stream().anyMatch(text -> text.endsWith("Gestionnaire relancé par téléphone.")));
      diane.screenshot("late-complaint-handled");
    }
  }

  @Test
  void aHandlersSubmissionSaysWhereTheComplaintWentNext() {
    ProcessInstance complaint = receivedOn(newAgency(), LocalDate.now(PARIS).toString());
    try (Browser bruno = Browser.open(port, "handler-next-step")) {
      bruno.logIn("tasklist", "bruno");
      openTask(bruno, complaint);
      bruno.click(CLAIM);
      bruno.waitUntil(browser -> taskQueryOf(complaint).getAssignee() != null);
      openTask(bruno, complaint);
      bruno.click(COMPLETE);
      bruno.waitForText("maintenant à l'étape");
      bruno.screenshot("next-step-notice");
      assertThat(bruno.text(NOTICES)).contains("Réclamation " + complaint.getBusinessKey(),
          "« " + taskQueryOf(complaint).getName() + " »");
    }
  }

  @Test
  void aRecorderOfOneAgencyFindsItChosenAndIsToldTheOrderNumber() {
    try (Browser camille = Browser.open(port, "recorder")) {
      camille.logIn("tasklist", "camille");
      camille.click(START_PROCESS);
      camille.click(COMPLAINT_PROCESS);
      camille.waitUntil(browser -> "Agence 1602".equals(camille.find(field("Agency")).getDomProperty("value")));
      camille.screenshot("agency-chosen");
      camille.click(START_BUTTON);
      camille.waitForText("Ce champ est obligatoire.");
      camille.screenshot("required-fields-in-french");

      camille.type(field("ClientName"), "Paul Martin");
      camille.type(field("ReceptionDate"), "1/2/2026");
      camille.waitForText("Saisissez une date au format JJ/MM/AAAA");
      camille.scrollTo(field("ReceptionDate"));
      camille.screenshot("date-format-in-french");
      camille.retype(field("ReceptionDate"), "");
      camille.type(field("Subject"), "Facture envoyée deux fois");
      camille.type(field("ProductOrService"), "Forfait code de la route");
      camille.type(field("ClientEmail"), "paul.martin@exemple.fr");
      camille.click(START_BUTTON);
      camille.waitForText("enregistrée");
      camille.screenshot("recorded");
      RegisterRow recorded = listed("1602", null, "Paul Martin").content().get(0);
      assertThat(camille.text(NOTICES)).contains("Réclamation " + recorded.orderNumber() + " enregistrée");
      assertThat(recorded.agency()).isEqualTo("1602");
    }
  }

  private void search(Browser browser, String filterName, ProcessInstance complaint) {
    TasklistPage.search(browser, filterService, filterName, complaint.getBusinessKey());
  }

  /** Opens the complaint's task from a filter of its own, as a user may save one (see WebappJourneyTests). */
  private void openTask(Browser browser, ProcessInstance complaint) {
    if (filtersOfThisTest.isEmpty()) {
      saveFilterOf(complaint);
    }
    browser.go("/camunda/app/tasklist/default/#/?filter=" + filtersOfThisTest.get(0) + "&task=" + taskQueryOf(complaint).getId());
    browser.waitForText("Réclamation " + complaint.getBusinessKey() + " de ");
  }

  private void saveFilterOf(ProcessInstance complaint) {
    Filter filter = filterService.newTaskFilter("Dossier " + complaint.getBusinessKey())
        .setQuery(taskService.createTaskQuery().processInstanceBusinessKey(complaint.getBusinessKey()));
    filterService.saveFilter(filter);
    filtersOfThisTest.add(filter.getId());
  }

  @AfterEach
  void deleteFiltersOfThisTest() {
    filtersOfThisTest.forEach(filterService::deleteFilter);
    filtersOfThisTest.clear();
  }

  private Task taskQueryOf(ProcessInstance complaint) {
    return taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
  }

  private List<Date> timerDueDates(ProcessInstance complaint) {
    return managementService.createJobQuery().processInstanceId(complaint.getId()).timers().orderByJobDuedate().asc()
        .list().stream().map(Job::getDuedate).toList();
  }

  private static LocalDate parisDate(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), PARIS).toLocalDate();
  }

  /** A day of the month the date picker shows (not one of the neighbouring months'). */
  private static By day(int dayOfMonth) {
    return By.xpath(String.format("//table//button[span[not(contains(@class, 'text-muted')) and normalize-space()='%02d']]",
        dayOfMonth));
  }
}
