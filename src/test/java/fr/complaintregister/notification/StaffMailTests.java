package fr.complaintregister.notification;

import static fr.complaintregister.testing.MailParts.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.complaintregister.testing.ComplaintTestSupport;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;

/**
 * Staff told by mail, through a real SMTP server, when a deadline nears or passes, and each
 * working morning of what falls due: the right people, one mail each, a link to the task, after
 * the timer's step commits.
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
    runStaffMail(orderNumber);

    MimeMessage mail = single(smtp.getReceivedMessages());
    assertThat(recipients(mail)).as("the handlers of the agency, not its signatory nor the direction")
        .containsExactly("bruno@demo.invalid");
    assertThat(mail.getSubject())
        .isEqualTo("Rappel – réclamation n° " + orderNumber + " : accusé de réception à adresser au plus tard le 10 février 2026");
    assertThat(texts(mail, "text/plain")).singleElement().asString().startsWith("Bonjour Bruno Petit,").contains(
        "« Accuser réception de la réclamation », échéance le 10 février 2026, à prendre",
        TASK_LINK + task(complaint).getId());
    assertThat(texts(mail, "text/html")).singleElement().asString()
        .contains("<a href=\"" + TASK_LINK + task(complaint).getId() + "\">");
    assertThat(followUpTexts(complaint)).last().isEqualTo("Rappel envoyé par courriel à Bruno Petit.");
  }

  @Test
  void aTakenTaskIsRemindedToWhoeverTookItOnly() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    taskService.claim(task(complaint).getId(), "sophie");

    fire(complaint, "Timer_AcknowledgementReminder");
    runStaffMail(complaint.getBusinessKey());

    MimeMessage mail = single(smtp.getReceivedMessages());
    assertThat(recipients(mail)).containsExactly("sophie@demo.invalid");
    assertThat(texts(mail, "text/plain")).singleElement().asString().contains("prise par vous");
  }

  @Test
  void aPassedDeadlineIsEscalatedToTheDirectionWithItsLateTask() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    fire(complaint, "Timer_AcknowledgementReminder");
    runStaffMail(orderNumber);
    smtp.reset();

    fire(complaint, "Timer_AcknowledgementEscalation");
    runStaffMail(orderNumber);

    MimeMessage mail = single(smtp.getReceivedMessages());
    assertThat(recipients(mail)).containsExactly("diane@demo.invalid");
    assertThat(mail.getSubject()).isEqualTo("Retard – réclamation n° " + orderNumber
        + " : accusé de réception non adressé dans le délai (échéance le 10 février 2026)");
    Task lateTask = taskService.createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("Task_HandleLateAcknowledgement").singleResult();
    assertThat(texts(mail, "text/plain")).singleElement().asString()
        .contains("Merci d'examiner ce retard", "« Réclamation en retard »", TASK_LINK + lateTask.getId());
    assertThat(followUpTexts(complaint)).last().isEqualTo("Retard signalé par courriel à Diane Simon.");
  }

  @Test
  void aMailServerDownLeavesTheMailToItsRetriesThenSendsItOnce() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    fire(complaint, "Timer_AcknowledgementReminder");
    managementService.executeJob(single(staffMailJobs(orderNumber)).getId());
    Job mailJob = single(staffMailJobs(orderNumber));
    smtp.stop();

    assertThatThrownBy(() -> managementService.executeJob(mailJob.getId())).isInstanceOf(MailSendException.class);
    assertThat(managementService.createJobQuery().jobId(mailJob.getId()).singleResult().getRetries())
        .as("retried later, not lost").isEqualTo(4);
    assertThat(followUpTexts(complaint)).noneMatch(text -> text.startsWith("Rappel envoyé"));

    smtp.start();
    runStaffMail(orderNumber);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(followUpTexts(complaint)).filteredOn(text -> text.startsWith("Rappel envoyé")).hasSize(1);
  }

  @Test
  void whenNoHandlerOfTheAgencyHasAnAddressThoseWhoMayAlsoTakeTheTaskAreTold() throws Exception {
    clockAt("2026-01-31T09:30");
    String agency = agencyWhoseOnlyHandlerHasNoAddress();
    ProcessInstance complaint = receivedOn(agency, "2026-01-31");

    fire(complaint, "Timer_AcknowledgementReminder");
    runStaffMail(complaint.getBusinessKey());

    assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(mail -> recipientsOf(mail).stream()))
        .containsExactlyInAnyOrder("sophie@demo.invalid", "diane@demo.invalid");
  }

  @Test
  void whenNobodyWhoMayTakeTheTaskHasAnAddressTheFollowUpLogSaysSo() {
    clockAt("2026-01-31T09:30");
    String agency = agencyWhoseOnlyHandlerHasNoAddress();
    ProcessInstance complaint = receivedOn(agency, "2026-01-31");
    identityService.deleteTenantUserMembership(agency, "sophie");
    identityService.deleteTenantGroupMembership(agency, "direction");

    fire(complaint, "Timer_AcknowledgementReminder");
    runStaffMail(complaint.getBusinessKey());

    assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(mail -> recipientsOf(mail).stream())).isEmpty();
    assertThat(followUpTexts(complaint)).last().asString().startsWith("Personne n'a pu être prévenu par courriel");
  }

  @Test
  void eachWorkingMorningEveryoneGetsTheTasksForThemThatFallDueInTheNextThreeDays() throws Exception {
    String agency = newAgency();
    clockAt("2026-03-02T10:00");
    ProcessInstance taken = receivedOn(agency, "2026-02-23");
    ProcessInstance untaken = receivedOn(agency, "2026-02-23");
    ProcessInstance dueLater = receivedOn(agency, "2026-03-02");
    taskService.claim(task(taken).getId(), "bruno");

    clockAt("2026-03-03T07:00");
    runDigests();

    MimeMessage digest = single(mailsNaming(taken.getBusinessKey()));
    assertThat(recipients(digest)).containsExactly("bruno@demo.invalid");
    assertThat(mailsNaming(untaken.getBusinessKey())).as("the handlers of the agency only, not its signatory")
        .containsExactly(digest);
    assertThat(digest.getSubject()).as("with bruno's tasks of the other tests' agencies")
        .matches("Registre des réclamations : \\d+ tâches à traiter d'ici le 6 mars 2026");
    String text = texts(digest, "text/plain").get(0);
    assertThat(text).startsWith("Bonjour Bruno Petit,").contains(
        "N° " + taken.getBusinessKey() + " – « Accuser réception de la réclamation », échéance le 5 mars 2026, prise par vous",
        TASK_LINK + task(taken).getId(),
        "N° " + untaken.getBusinessKey() + " – « Accuser réception de la réclamation », échéance le 5 mars 2026, à prendre");
    assertThat(mailsNaming(dueLater.getBusinessKey())).as("due on 12 March, after the three days").isEmpty();
    assertThat(digestTimer().getDuedate()).as("the next working day at 7:00").isEqualTo(parisTime("2026-03-04T07:00"));
  }

  @Test
  void noDigestOnAPublicHoliday() {
    clockAt("2026-04-30T10:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-04-24");

    clockAt("2026-05-01T07:00");
    runDigests();

    assertThat(mailsNaming(complaint.getBusinessKey())).isEmpty();
  }

  /** An agency staffed like 1601 but whose one handler, in place of bruno, has no email address in their account. */
  private String agencyWhoseOnlyHandlerHasNoAddress() {
    String agency = newAgency();
    User handler = identityService.newUser("sanscourriel" + agency);
    handler.setFirstName("Gaël");
    identityService.saveUser(handler);
    identityService.createMembership(handler.getId(), "gestionnaires");
    identityService.createTenantUserMembership(agency, handler.getId());
    identityService.deleteTenantUserMembership(agency, "bruno");
    return agency;
  }

  private void fire(ProcessInstance complaint, String timerId) {
    Job timer = timer(complaint, timerId);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
  }

  /** Runs the staff mail jobs of the complaint as the job executor would: the listing, then each person's mail. */
  private void runStaffMail(String orderNumber) {
    for (List<Job> jobs = staffMailJobs(orderNumber); !jobs.isEmpty(); jobs = staffMailJobs(orderNumber)) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private List<Job> staffMailJobs(String orderNumber) {
    return managementService.createJobQuery().processDefinitionKey("staffMail").list().stream()
        .filter(job -> processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .processInstanceBusinessKey(orderNumber).count() == 1)
        .toList();
  }

  private void runDigests() {
    managementService.executeJob(digestTimer().getId());
    for (List<Job> jobs = digestJobs(); !jobs.isEmpty(); jobs = digestJobs()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private List<Job> digestJobs() {
    return managementService.createJobQuery().processDefinitionKey("staffDigest").messages().list();
  }

  private Job digestTimer() {
    return managementService.createJobQuery().processDefinitionKey("staffDigest").timers().singleResult();
  }

  private List<MimeMessage> mailsNaming(String orderNumber) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> plainText(mail).contains(orderNumber)).toList();
  }

  private static String plainText(MimeMessage mail) {
    try {
      return String.join("\n", texts(mail, "text/plain"));
    } catch (Exception unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static <T> T single(T[] items) {
    return single(List.of(items));
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static List<String> recipients(MimeMessage mail) throws MessagingException {
    return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
  }

  private static List<String> recipientsOf(MimeMessage mail) {
    try {
      return recipients(mail);
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
