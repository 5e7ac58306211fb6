package fr.complaintregister.notification;

import static fr.complaintregister.testing.MailParts.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.complaintregister.testing.ComplaintTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff told by mail, through a real SMTP server, when a deadline nears or passes, and each
 * morning of what falls due: the right people, a link to the task, after the timer's step commits.
 */
class StaffMailTests extends ComplaintTestSupport {

  private static final String TASK_LINK = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Test
  void acknowledgementReminderTellsTheAgencyHandlersWithALinkToTheTask() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();

    fire(complaint, "Timer_AcknowledgementReminder");
    assertThat(smtp.getReceivedMessages()).as("nothing sent inside the timer's transaction").isEmpty();
    sendStaffMail(orderNumber);

    MimeMessage mail = single(smtp.getReceivedMessages());
    assertThat(recipients(mail)).as("the handlers of the agency, not its signatory nor the direction")
        .containsExactly("bruno@demo.invalid");
    assertThat(mail.getSubject())
        .isEqualTo("Rappel – réclamation n° " + orderNumber + " : accusé de réception à adresser au plus tard le 10 février 2026");
    assertThat(texts(mail, "text/plain")).singleElement().asString().contains(
        "« Accuser réception de la réclamation », échéance le 10 février 2026, à prendre",
        TASK_LINK + task(complaint).getId());
    assertThat(texts(mail, "text/html")).singleElement().asString()
        .contains("<a href=\"" + TASK_LINK + task(complaint).getId() + "\">");
    assertThat(followUpTexts(complaint)).last().asString()
        .startsWith("Courriel envoyé à ").contains("Bruno Petit <bruno@demo.invalid>")
        .endsWith(" : « " + mail.getSubject() + " ».");
  }

  @Test
  void aTakenTaskIsRemindedToWhoeverTookItOnly() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    taskService.claim(task(complaint).getId(), "sophie");

    fire(complaint, "Timer_AcknowledgementReminder");
    sendStaffMail(complaint.getBusinessKey());

    MimeMessage mail = single(smtp.getReceivedMessages());
    assertThat(recipients(mail)).containsExactly("sophie@demo.invalid");
    assertThat(texts(mail, "text/plain")).singleElement().asString().contains("prise par Sophie Leroy");
  }

  @Test
  void aPassedDeadlineIsEscalatedToTheDirectionWithItsLateTask() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    fire(complaint, "Timer_AcknowledgementReminder");
    sendStaffMail(orderNumber);
    smtp.reset();

    fire(complaint, "Timer_AcknowledgementEscalation");
    sendStaffMail(orderNumber);

    MimeMessage mail = single(smtp.getReceivedMessages());
    assertThat(recipients(mail)).containsExactly("diane@demo.invalid");
    assertThat(mail.getSubject())
        .isEqualTo("Retard – réclamation n° " + orderNumber + " : accusé de réception non adressé au 10 février 2026");
    Task lateTask = taskService.createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("Task_HandleLateAcknowledgement").singleResult();
    assertThat(texts(mail, "text/plain")).singleElement().asString()
        .contains("« Réclamation en retard »", TASK_LINK + lateTask.getId());
  }

  @Test
  void aMailServerDownLeavesTheAlertToItsRetriesThenSendsItOnce() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    fire(complaint, "Timer_AcknowledgementReminder");
    Job job = staffMailJob(complaint.getBusinessKey());
    smtp.stop();

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .as("retried later, not lost").isEqualTo(4);
    assertThat(followUpTexts(complaint)).noneMatch(text -> text.startsWith("Courriel envoyé"));

    smtp.start();
    managementService.executeJob(job.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(followUpTexts(complaint)).filteredOn(text -> text.startsWith("Courriel envoyé")).hasSize(1);
  }

  @Test
  void eachMorningEveryoneGetsTheTasksThatFallDueInTheNextThreeDays() throws Exception {
    String agency = newAgency();
    clockAt("2026-03-02T10:00");
    ProcessInstance dueSoon = receivedOn(agency, "2026-02-23");
    ProcessInstance dueLater = receivedOn(agency, "2026-03-02");
    taskService.claim(task(dueSoon).getId(), "bruno");

    clockAt("2026-03-03T07:00");
    managementService.executeJob(digestTimer().getId());
    List<Job> digests = managementService.createJobQuery().processDefinitionKey("staffDigest").activityId("Task_MailDigest").list();
    digests.forEach(job -> managementService.executeJob(job.getId()));

    MimeMessage digest = Arrays.stream(smtp.getReceivedMessages())
        .filter(mail -> recipientsOf(mail).contains("bruno@demo.invalid")).findFirst().orElseThrow();
    assertThat(digest.getSubject()).startsWith("Registre des réclamations : ").endsWith(" à échéance d'ici le 6 mars 2026");
    String text = texts(digest, "text/plain").get(0);
    assertThat(text).startsWith("Bonjour Bruno Petit,").contains(
        "N° " + dueSoon.getBusinessKey() + " – « Accuser réception de la réclamation », échéance le 5 mars 2026, prise par Bruno Petit",
        TASK_LINK + task(dueSoon).getId());
    assertThat(text).as("due on 12 March, after the three days").doesNotContain(dueLater.getBusinessKey());
    assertThat(digestTimer().getDuedate()).as("the next working day at 7:00").isEqualTo(parisTime("2026-03-04T07:00"));
  }

  private void fire(ProcessInstance complaint, String timerId) {
    Job timer = timer(complaint, timerId);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
  }

  private Job staffMailJob(String orderNumber) {
    return managementService.createJobQuery().processDefinitionKey("staffMail").list().stream()
        .filter(job -> runtimeService(job).processInstanceBusinessKey(orderNumber).count() == 1)
        .findFirst().orElseThrow();
  }

  private org.camunda.bpm.engine.runtime.ProcessInstanceQuery runtimeService(Job job) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId());
  }

  private void sendStaffMail(String orderNumber) {
    managementService.executeJob(staffMailJob(orderNumber).getId());
  }

  private Job digestTimer() {
    return managementService.createJobQuery().processDefinitionKey("staffDigest").timers().singleResult();
  }

  private static MimeMessage single(MimeMessage[] mails) {
    assertThat(mails).hasSize(1);
    return mails[0];
  }

  private static List<String> recipients(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList();
  }

  private static List<String> recipientsOf(MimeMessage mail) {
    try {
      return recipients(mail);
    } catch (Exception unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
