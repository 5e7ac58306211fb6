package fr.complaintregister.letter;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.letter.LetterStore.LetterToMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Mails an issued letter to the client: HTML and text, the PDF attached. Without an SMTP server
 * (no spring.mail.host) the mail is only logged and the letter stays one to print and post.
 */
@Service
public class LetterMail {

  private static final Logger log = LoggerFactory.getLogger(LetterMail.class);
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

  private final ObjectProvider<JavaMailSender> sender;
  private final LetterStore store;
  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;
  private final String from;

  LetterMail(ObjectProvider<JavaMailSender> sender, LetterStore store, ComplaintRegister register, FollowUpLog followUps,
             CurrentUser currentUser, Messages messages, Clock clock, @Value("${registre.mail.from}") String from) {
    this.sender = sender;
    this.store = store;
    this.register = register;
    this.followUps = followUps;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
    this.from = from;
  }

  /**
   * Whether a mail can be addressed there: one address as the mail library parses it strictly, in ASCII (a typo at the
   * desk such as {@code jean@gmail..com} or {@code a@b.fr;} would fail every retry).
   */
  static boolean accepts(String email) {
    try {
      new InternetAddress(email, true).validate();
      return StandardCharsets.US_ASCII.newEncoder().canEncode(email);
    } catch (AddressException notAnAddress) {
      return false;
    }
  }

  /**
   * Sends the letter unless it was mailed already, so that a retry sends nothing twice. The one
   * window left: the server accepted the mail but this transaction then failed to commit; the
   * job's retry mails it again.
   */
  @Transactional
  public void send(long letterId) {
    LetterToMail letter = store.lockedForMail(letterId);
    if (!Delivery.TO_SEND.contains(letter.delivery())) {
      return;
    }
    String kind = messages.get("letter.kind." + letter.kind().name());
    String subject = messages.get("mail.subject", letter.orderNumber(), kind);
    JavaMailSender mailSender = sender.getIfAvailable();
    if (mailSender == null) {
      log.info("No SMTP server (spring.mail.host): mail to {} not sent, subject \"{}\", letter {} ({})",
          letter.clientEmail(), subject, letter.id(), letter.fileName());
      store.move(letterId, letter.delivery(), Delivery.MAIL_LOGGED);
      followUps.add(letter.orderNumber(), currentUser.id(),
          messages.get("followUp.letterMailLogged", kind, letter.fileName(), letter.clientEmail()));
      return;
    }
    mailSender.send(message(mailSender, letter, subject, paragraphs(letter, kind)));
    store.markMailed(letterId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    followUps.add(letter.orderNumber(), currentUser.id(),
        messages.get("followUp.letterMailed", kind, letter.fileName(), letter.clientEmail()));
  }

  /** The retries ran out: the register says the mail was not sent until someone retries it in Cockpit. */
  @Transactional
  public void markFailed(long letterId) {
    store.move(letterId, Delivery.TO_MAIL, Delivery.MAIL_FAILED);
  }

  /** Someone retries the failed mail in Cockpit: it waits to be sent again. */
  @Transactional
  public void markWaiting(long letterId) {
    store.move(letterId, Delivery.MAIL_FAILED, Delivery.TO_MAIL);
  }

  private List<String> paragraphs(LetterToMail letter, String kind) {
    RegisterEntry entry = register.get(letter.orderNumber());
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(messages.get("mail.greeting"));
    paragraphs.add(messages.get("mail.letterAttached", kind, letter.orderNumber(), entry.receptionDate().format(FRENCH_DATE)));
    if (entry.answerDate() == null) {
      paragraphs.add(messages.get("mail.answerDue", entry.answerDueDate().format(FRENCH_DATE)));
    }
    paragraphs.add(messages.get("mail.closing"));
    return paragraphs;
  }

  private MimeMessage message(JavaMailSender mailSender, LetterToMail letter, String subject, List<String> paragraphs) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(letter.clientEmail());
      helper.setSubject(subject);
      helper.setText(String.join("\n\n", paragraphs), paragraphs.stream()
          .map(paragraph -> "<p>" + HtmlUtils.htmlEscape(paragraph, "UTF-8") + "</p>")
          .collect(Collectors.joining("\n", "<!DOCTYPE html>\n<html lang=\"fr\"><body>\n", "\n</body></html>")));
      helper.addAttachment(letter.fileName(), new ByteArrayResource(letter.content()), "application/pdf");
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    return message;
  }
}
