package fr.complaintregister.letter;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.letter.LetterStore.LetterToMail;
import fr.complaintregister.notification.Mailer;
import fr.complaintregister.notification.Mailer.Attachment;
import fr.complaintregister.notification.Mailer.Paragraph;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails an issued letter to the client: HTML and text, the PDF attached. Without an SMTP server
 * (no spring.mail.host) the mail is only logged and the letter stays one to print and post.
 */
@Service
public class LetterMail {

  private final Mailer mailer;
  private final LetterStore store;
  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  LetterMail(Mailer mailer, LetterStore store, ComplaintRegister register, FollowUpLog followUps,
             CurrentUser currentUser, Messages messages, Clock clock) {
    this.mailer = mailer;
    this.store = store;
    this.register = register;
    this.followUps = followUps;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
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
    mailer.send(List.of(letter.clientEmail()), messages.get("mail.subject", letter.orderNumber(), kind),
        paragraphs(letter, kind), List.of(new Attachment(letter.fileName(), letter.content(), "application/pdf")));
    if (mailer.connected()) {
      store.markMailed(letterId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
      followUps.add(letter.orderNumber(), currentUser.id(),
          messages.get("followUp.letterMailed", kind, letter.fileName(), letter.clientEmail()));
    } else {
      store.move(letterId, letter.delivery(), Delivery.MAIL_LOGGED);
      followUps.add(letter.orderNumber(), currentUser.id(),
          messages.get("followUp.letterMailLogged", kind, letter.fileName(), letter.clientEmail()));
    }
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

  private List<Paragraph> paragraphs(LetterToMail letter, String kind) {
    RegisterEntry entry = register.get(letter.orderNumber());
    List<Paragraph> paragraphs = new ArrayList<>();
    paragraphs.add(Paragraph.of(messages.get("mail.greeting")));
    paragraphs.add(Paragraph.of(
        messages.get("mail.letterAttached", kind, letter.orderNumber(), entry.receptionDate().format(FrenchDate.IN_WORDS))));
    if (entry.answerDate() == null) {
      paragraphs.add(Paragraph.of(messages.get("mail.answerDue", entry.answerDueDate().format(FrenchDate.IN_WORDS))));
    }
    paragraphs.add(Paragraph.of(messages.get("mail.closing")));
    return paragraphs;
  }
}
