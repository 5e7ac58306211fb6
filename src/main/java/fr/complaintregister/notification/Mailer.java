package fr.complaintregister.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the application's mail, to clients and to staff: a text part and the same paragraphs in
 * HTML, everything typed escaped. Without an SMTP server (no spring.mail.host) the mail is only
 * written to the log.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  /** A paragraph of the body, with the address it links to, or none. */
  public record Paragraph(String text, String link) {

    public static Paragraph of(String text) {
      return new Paragraph(text, null);
    }

    String plain() {
      return link == null ? text : text + "\n" + link;
    }

    String html() {
      String paragraph = escape(text);
      return "<p>" + (link == null ? paragraph : "<a href=\"" + escape(link) + "\">" + paragraph + "</a>") + "</p>";
    }
  }

  public record Attachment(String fileName, byte[] content, String contentType) {
  }

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  public Mailer(ObjectProvider<JavaMailSender> sender, @Value("${registre.mail.from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  /**
   * Whether a mail can be addressed there: one address as the mail library parses it strictly, in ASCII (a typo at the
   * desk such as {@code jean@gmail..com} or {@code a@b.fr;} would fail every retry).
   */
  public static boolean accepts(String email) {
    try {
      new InternetAddress(email, true).validate();
      return StandardCharsets.US_ASCII.newEncoder().canEncode(email);
    } catch (AddressException notAnAddress) {
      return false;
    }
  }

  /** Whether an SMTP server is configured: without one, {@link #send} only logs. */
  public boolean connected() {
    return sender.getIfAvailable() != null;
  }

  /** Sends one mail to all the addresses; a refusal or an unreachable server throws, for the job's retries. */
  public void send(List<String> to, String subject, List<Paragraph> body, List<Attachment> attachments) {
    JavaMailSender mailSender = sender.getIfAvailable();
    if (mailSender == null) {
      log.info("No SMTP server (spring.mail.host): mail to {} not sent, subject \"{}\"", to, subject);
      return;
    }
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(body.stream().map(Paragraph::plain).collect(Collectors.joining("\n\n")),
          body.stream().map(Paragraph::html)
              .collect(Collectors.joining("\n", "<!DOCTYPE html>\n<html lang=\"fr\"><body>\n", "\n</body></html>")));
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    mailSender.send(message);
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
