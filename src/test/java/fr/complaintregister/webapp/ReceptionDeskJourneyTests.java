package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.COMPLAINT_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.FRENCH_DATE;
import static fr.complaintregister.webapp.TasklistPage.START_BUTTON;
import static fr.complaintregister.webapp.TasklistPage.START_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.agencyChoice;
import static fr.complaintregister.webapp.TasklistPage.field;
import static fr.complaintregister.webapp.TasklistPage.taskCard;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.register.RegisterRow;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the people at the desk and the handlers find in their own tasks ("Mes tâches"), in a real browser. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class ReceptionDeskJourneyTests extends ComplaintTestSupport {

  private static final By MY_TASKS = By.partialLinkText("Mes tâches");
  private static final By RECEIPT_TASK = By.partialLinkText("Remettre le récépissé au client");
  private static final By ANSWER_TASK = By.partialLinkText("Instruire et répondre à la réclamation");

  @LocalServerPort int port;

  @Test
  void afterRecordingTheDeskFindsTheOrderNumberAndBothDueDatesInItsOwnTasks() {
    String agency = newAgency();
    try (Browser alice = Browser.open(port, "6-receipt")) {
      fillInTheRecordingFormAsAlice(alice, agency);
      alice.click(START_BUTTON);
      alice.waitUntil(browser -> rowsOf(agency).size() == 1);
      RegisterRow row = rowsOf(agency).get(0);

      alice.click(MY_TASKS);
      assertThat(alice.text(taskCard(row.orderNumber()))).as("the card tells whose complaint it is")
          .contains("Jeanne Dupont", "Leçon de conduite annulée sans prévenir");
      alice.click(RECEIPT_TASK);
      alice.waitForText("Réclamation " + row.orderNumber() + " de Jeanne Dupont");

      assertThat(alice.text(By.tagName("body"))).contains(
          "reçue le " + row.receptionDate().format(FRENCH_DATE),
          "Accusé de réception au plus tard le " + row.acknowledgementDueDate().format(FRENCH_DATE)
              + ", réponse au plus tard le " + row.answerDueDate().format(FRENCH_DATE));
      alice.screenshot("receipt-in-my-tasks");
    }
  }

  @Test
  void theDeskAnswersAtOnceOnlyWhereTheQualificationTableNamesItAndIsToldWhoMay() {
    String agency = newAgency();
    try (Browser alice = Browser.open(port, "8-answer-at-once")) {
      fillInTheRecordingFormAsAlice(alice, agency);
      alice.click(field("AnsweredAtOnce"));
      alice.click(field("Outcome-0"));
      alice.type(field("AnswerText"), "Nous vous remboursons la leçon annulée.");
      alice.screenshot("answer-in-the-recording-form");
      alice.click(START_BUTTON);

      alice.waitForText("réserve cette réponse à : Gestionnaires, Signataires, Direction.");
      alice.scrollTo(By.cssSelector(".modal .alert"));
      alice.screenshot("answer-at-once-refused");
    }
    assertThat(rowsOf(agency)).as("nothing recorded").isEmpty();
  }

  @Test
  void anAnswerASignatorySendsBackIsInItsAuthorsOwnTasksWithTheReason() {
    ProcessInstance complaint = record(complaintForm("1602", LocalDate.now(PARIS).toString()), "camille");
    completeAs("claire", task(complaint), Map.of());
    completeAs("claire", task(complaint), answerWithAGestureOf(300));
    completeAs("simon", task(complaint), Map.of("signatureDecision", "REFUSED",
        "signatureComment", "Trois cents euros pour une leçon : proposez plutôt une leçon offerte."));

    try (Browser claire = Browser.open(port, "7-sent-back")) {
      claire.logIn("tasklist", "claire");
      claire.click(MY_TASKS);
      claire.click(ANSWER_TASK);
      claire.waitForText("Réclamation " + complaint.getBusinessKey() + " de ");

      assertThat(claire.text(By.tagName("body"))).contains("Réponse renvoyée par le signataire, à reprendre :"
          + " Trois cents euros pour une leçon : proposez plutôt une leçon offerte.");
      claire.screenshot("sent-back-answer-in-my-tasks");
    }
  }

  private static void fillInTheRecordingFormAsAlice(Browser browser, String agency) {
    browser.logIn("tasklist", "alice");
    browser.click(START_PROCESS);
    browser.click(COMPLAINT_PROCESS);
    browser.type(field("ClientName"), "Jeanne Dupont");
    browser.type(field("Agency"), agency);
    browser.click(agencyChoice(agency));
    browser.type(field("Subject"), "Leçon de conduite annulée sans prévenir");
    browser.type(field("ProductOrService"), "Forfait permis B 20 heures");
    browser.type(field("ClientAddress"), "3 rue des Lilas, 16000 Angoulême");
  }

  private Task task(ProcessInstance complaint) {
    return taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
  }

  private static Map<String, Object> answerWithAGestureOf(int euros) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("outcome", "ACCEPTED");
    answer.put("answerText", "Nous vous offrons le remboursement de la leçon.");
    answer.put("commercialGesture", "Remboursement");
    answer.put("commercialGestureAmount", euros);
    return answer;
  }

  private List<RegisterRow> rowsOf(String agency) {
    return listed(agency, null, null).content();
  }

  /** A Camunda Forms field, by the id it has in our form files. */}
