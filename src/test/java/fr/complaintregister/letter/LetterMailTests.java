package fr.complaintregister.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.IssuedLetter;
import fr.complaintregister.notification.Mailer;
import fr.complaintregister.testing.ComplaintTestSupport;
import static fr.complaintregister.testing.MailParts.texts;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** Letters mailed to a client with an email address, through a real SMTP server: after commit, once, retried when it fails. */
class LetterMailTests extends ComplaintTestSupport {

  private static final String CLIENT_EMAIL = "jeanne.dupont@example.fr";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired LetterStore store;
  @Autowired LetterMail letterMail;
  @Autowired Letters letters;
  @Autowired CurrentUser currentUser;
  @Autowired Messages messages;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transaction;

  @Test
  void acknowledgementIsMailedOnceWithItsPdfOnlyAfterTheTaskIsCompleted() throws Exception {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = withEmail(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    assertThat(mailJobs(orderNumber)).as("the receipt is handed over, not mailed").isEmpty();

    acknowledge(complaint);

    IssuedLetter acknowledgement = letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT);
    assertThat(acknowledgement.delivery()).isEqualTo("TO_MAIL");
    assertThat(acknowledgement.sentTo()).isEqualTo(CLIENT_EMAIL);
    assertThat(smtp.getReceivedMessages()).as("nothing sent inside the task's transaction").isEmpty();

    managementService.executeJob(single(mailJobs(orderNumber)).getId());

    MimeMessage mail = single(List.of(smtp.getReceivedMessages()));
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(CLIENT_EMAIL);
    assertThat(mail.getSubject()).isEqualTo("Votre réclamation n° " + orderNumber + " : Accusé de réception");
    assertThat(texts(mail, "text/plain")).singleElement().asString()
        .contains("réclamation n° " + orderNumber, "reçue le 31 janvier 2026", "au plus tard le 31 mars 2026");
    assertThat(texts(mail, "text/html")).singleElement().asString().contains("au plus tard le 31 mars 2026");
    byte[] pdf = store.find(orderNumber, acknowledgement.id()).orElseThrow().content();
    assertThat(attachments(mail)).containsExactly(Map.entry(acknowledgement.fileName(), pdf.length));
    IssuedLetter mailed = letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT);
    assertThat(mailed.delivery()).isEqualTo("MAILED");
    assertThat(mailed.mailedAt()).isNotNull();
    assertThat(followUpTexts(complaint)).contains(
        "Courrier émis : Accusé de réception, « " + acknowledgement.fileName() + " », à envoyer par courriel à " + CLIENT_EMAIL + ".",
        "Courriel envoyé à " + CLIENT_EMAIL + " : Accusé de réception, « " + acknowledgement.fileName() + " ».");

    letterMail.send(acknowledgement.id());
    assertThat(smtp.getReceivedMessages()).as("a letter already mailed is not sent again").hasSize(1);
  }

  @Test
  void mailServerDownEndsInAnIncidentAndNotSentThenARetrySendsItOnce() throws Exception {
    ProcessInstance complaint = withEmail(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    smtp.stop();

    acknowledge(complaint);
    Job job = single(mailJobs(orderNumber));

    assertThat(failedUntilNoRetryLeft(job)).isEqualTo(List.of(4, 3, 2, 1, 0));
    assertThat(processEngine.getRuntimeService().createIncidentQuery()
        .processInstanceId(job.getProcessInstanceId()).configuration(job.getId()).count()).isOne();
    assertThat(deliveryShownOnTheComplaint(orderNumber)).isEqualTo("MAIL_FAILED");

    smtp.start();
    managementService.setJobRetries(job.getId(), 1);
    assertThat(deliveryShownOnTheComplaint(orderNumber)).as("waiting again once retried").isEqualTo("TO_MAIL");
    managementService.executeJob(job.getId());

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(deliveryShownOnTheComplaint(orderNumber)).isEqualTo("MAILED");
    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void aLetterWhoseMailFailedIsPrintedAndPostedAndItsJobThenSendsNothing() throws Exception {
    ProcessInstance complaint = withEmail(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    smtp.stop();
    acknowledge(complaint);
    Job job = single(mailJobs(orderNumber));
    failedUntilNoRetryLeft(job);
    assertThat(deliveryShownOnTheComplaint(orderNumber)).isEqualTo("MAIL_FAILED");

    as("bruno", () -> posted(orderNumber, letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT)));
    smtp.start();
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(deliveryShownOnTheComplaint(orderNumber)).isEqualTo("POSTED");
    assertThat(smtp.getReceivedMessages()).as("posted: not mailed as well").isEmpty();
  }

  @Test
  void anAddressNoMailCanReachGivesALetterToPrintAndNoMailJob() {
    Map<String, Object> form = complaintForm(newAgency(), "2026-01-31");
    form.put("clientEmail", "jeanne@example..fr");
    ProcessInstance complaint = record(form);
    String orderNumber = complaint.getBusinessKey();

    acknowledge(complaint);

    assertThat(letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT).delivery()).isEqualTo("TO_PRINT");
    assertThat(mailJobs(orderNumber)).isEmpty();
    assertThat(followUpTexts(complaint)).last().asString()
        .endsWith("à imprimer : l'adresse e-mail « jeanne@example..fr » n'est pas valide (corrigez-la dans la fiche).");
  }

  @Test
  void clientWithoutEmailGetsNoMailAndTheLetterIsMarkedPostedByAHandlerOfTheAgency() {
    clockAt("2026-02-03T14:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-02-02");
    String orderNumber = complaint.getBusinessKey();
    acknowledge(complaint);
    IssuedLetter acknowledgement = letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT);
    assertThat(acknowledgement.delivery()).isEqualTo("TO_PRINT");
    assertThat(mailJobs(orderNumber)).isEmpty();

    assertThatThrownBy(() -> as("audrey", () -> posted(orderNumber, acknowledgement))).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as("claire", () -> posted(orderNumber, acknowledgement))).isInstanceOf(AccessRefusedException.class);
    as("bruno", () -> posted(orderNumber, acknowledgement));

    IssuedLetter posted = letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT);
    assertThat(posted.delivery()).isEqualTo("POSTED");
    assertThat(posted.postedBy()).isEqualTo("bruno");
    assertThat(posted.postedAt()).isEqualTo("2026-02-03T14:00");
    assertThat(followUpTexts(complaint)).contains("Courrier posté : Accusé de réception, « " + acknowledgement.fileName() + " ».");
    assertThatThrownBy(() -> as("bruno", () -> posted(orderNumber, acknowledgement))).isInstanceOf(InvalidInputException.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void withoutAMailServerTheMailIsOnlyLoggedAndTheLetterIsToPrintAndPost() {
    ProcessInstance complaint = withEmail(newAgency(), "2026-01-31");
    String orderNumber = complaint.getBusinessKey();
    acknowledge(complaint);
    IssuedLetter acknowledgement = letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT);
    LetterMail unconfigured = new LetterMail(
        new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "reclamations@localhost"),
        store, register, followUps, currentUser, messages, clock);

    transaction.executeWithoutResult(status -> unconfigured.send(acknowledgement.id()));

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT).delivery()).isEqualTo("MAIL_LOGGED");
    assertThat(followUpTexts(complaint)).contains("Courriel non envoyé à " + CLIENT_EMAIL
        + " (aucun serveur de messagerie configuré) : Accusé de réception, « " + acknowledgement.fileName() + " », à imprimer et envoyer.");
    as("bruno", () -> posted(orderNumber, acknowledgement));
    assertThat(letterOf(orderNumber, LetterKind.ACKNOWLEDGEMENT).delivery()).isEqualTo("POSTED");
  }

  /** Runs the job, the mail server down, until its retries are spent: the retries left after each run. */
  private List<Integer> failedUntilNoRetryLeft(Job job) {
    List<Integer> retriesLeft = new ArrayList<>();
    for (Job failed = job; failed.getRetries() > 0; ) {
      String jobId = failed.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isNotNull();
      failed = managementService.createJobQuery().jobId(jobId).singleResult();
      retriesLeft.add(failed.getRetries());
    }
    return retriesLeft;
  }

  private ProcessInstance withEmail(String agency, String receptionDate) {
    Map<String, Object> form = complaintForm(agency, receptionDate);
    form.put("clientEmail", CLIENT_EMAIL);
    return record(form);
  }

  private List<Job> mailJobs(String orderNumber) {
    return managementService.createJobQuery().processDefinitionKey("letterMail").list().stream()
        .filter(job -> processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .processInstanceBusinessKey(orderNumber).count() == 1)
        .toList();
  }

  private Object posted(String orderNumber, IssuedLetter letter) {
    letters.markPosted(orderNumber, letter.id());
    return null;
  }

  private String deliveryShownOnTheComplaint(String orderNumber) {
    return complaints.detail(orderNumber).letters().stream()
        .filter(letter -> letter.kind().equals(LetterKind.ACKNOWLEDGEMENT.name())).findFirst().orElseThrow().delivery();
  }

  private IssuedLetter letterOf(String orderNumber, LetterKind kind) {
    return single(store.of(orderNumber).stream().filter(letter -> letter.kind().equals(kind.name())).toList());
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  /** Each attachment's file name and size in bytes. */
  private static List<Map.Entry<String, Integer>> attachments(MimeMessage mail) throws Exception {
    List<Map.Entry<String, Integer>> attachments = new ArrayList<>();
    Multipart multipart = (Multipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertThat(part.isMimeType("application/pdf")).isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(bytes);
        attachments.add(Map.entry(MimeUtility.decodeText(part.getFileName()), bytes.size()));
      }
    }
    return attachments;
  }
}
