package fr.complaintregister.letter;

import fr.complaintregister.notification.Mailer;
import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.ErasedContentException;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.IssuedLetter;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.letter.LetterStore.StoredLetter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The letters to the client: composed from the register row on its agency's letterhead, stored as
 * PDF with the row and noted in its follow-up log, in the transaction of the step that issues them.
 */
@Service
public class Letters {

  private static final DateTimeFormatter FILE_NAME_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

  private final ComplaintRegister register;
  private final ComplaintAccess access;
  private final Letterheads letterheads;
  private final LetterTemplates templates;
  private final LetterPdf pdf;
  private final LetterStore store;
  private final FollowUpLog followUps;
  private final Messages messages;
  private final Clock clock;
  private final LetterMailing mailing;
  private final CurrentUser currentUser;
  private final AnswersToSign answersToSign;

  Letters(ComplaintRegister register, ComplaintAccess access, Letterheads letterheads, LetterTemplates templates,
          LetterPdf pdf, LetterStore store, FollowUpLog followUps, Messages messages, Clock clock,
          LetterMailing mailing, CurrentUser currentUser, AnswersToSign answersToSign) {
    this.register = register;
    this.access = access;
    this.letterheads = letterheads;
    this.templates = templates;
    this.pdf = pdf;
    this.store = store;
    this.followUps = followUps;
    this.messages = messages;
    this.clock = clock;
    this.mailing = mailing;
    this.currentUser = currentUser;
    this.answersToSign = answersToSign;
  }

  /**
   * Issues a letter of this kind from what the register holds now: the receipt, the acknowledgement,
   * or an answer.
   *
   * @throws fr.complaintregister.complaint.InvalidInputException when the agency has no letterhead
   * @throws RecourseOptionsMissingException when an answer rejecting the request would not show its recourse options
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public IssuedLetter issue(String orderNumber, LetterKind kind, String issuedBy) {
    return issue(orderNumber, kind, issuedBy, null);
  }

  /**
   * Issues the answer letter, or the answered-at-once letter for an answer given at the desk that goes straight out.
   *
   * @param givenAtOnce whether the answer goes out as written at the desk, in the recording's own transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public IssuedLetter issueAnswer(String orderNumber, boolean givenAtOnce, String issuedBy) {
    return issue(orderNumber, givenAtOnce ? LetterKind.ANSWERED_AT_ONCE : LetterKind.ANSWER, issuedBy, null);
  }

  /** Issues the interim news letter, with what the handler tells the client. */
  @Transactional(propagation = Propagation.MANDATORY)
  public IssuedLetter issueInterimNews(String orderNumber, String issuedBy, String news) {
    return issue(orderNumber, LetterKind.INTERIM_NEWS, issuedBy, news);
  }

  /**
   * The letter as it would be issued now, stored nowhere and marked as a preview: for the handler to read before
   * completing the task, while the complaint awaits it; the answer, for those whom its signature task is for.
   */
  @Transactional(readOnly = true)
  public byte[] preview(String orderNumber, LetterKind kind) {
    RegisterEntry entry = access.writable(register.get(orderNumber));
    if (kind.previewedWhile() == null || entry.status() != kind.previewedWhile()) {
      throw new InvalidInputException(List.of(new FieldError("kind", messages.get("error.letter.noPreview"))));
    }
    RegisterEntry previewed = kind == LetterKind.ANSWER
        ? entry.withAnswer(answersToSign.awaiting(orderNumber, currentUser.id()).orElseThrow(() ->
            new AccessRefusedException("kind", messages.get("error.access.answerPreview"))))
        : entry;
    return composed(previewed, kind, null, now(), true);
  }

  /** The stored letter, for whoever may read the complaint. */
  @Transactional(readOnly = true)
  StoredLetter download(String orderNumber, long id) {
    access.readable(register.get(orderNumber));
    StoredLetter letter = store.find(orderNumber, id).orElseThrow(() -> new LetterNotFoundException(orderNumber, id));
    if (letter.content() == null) {
      throw new ErasedContentException(orderNumber, id);
    }
    return letter;
  }

  String label(LetterKind kind) {
    return messages.get("letter.kind." + kind.name());
  }

  private IssuedLetter issue(String orderNumber, LetterKind kind, String issuedBy, String news) {
    RegisterEntry entry = register.get(orderNumber);
    LocalDateTime issuedAt = now();
    byte[] content = composed(entry, kind, news, issuedAt, false);
    String fileName = messages.get("letter.fileName", label(kind), orderNumber, issuedAt.format(FILE_NAME_DATE));
    String email = entry.clientEmail() == null || entry.clientEmail().isBlank() ? null : entry.clientEmail().strip();
    boolean badAddress = email != null && kind.mailed() && !Mailer.accepts(email);
    boolean mailed = email != null && kind.mailed() && !badAddress;
    IssuedLetter letter = store.add(orderNumber, kind, issuedAt, issuedBy, fileName, content, email,
        mailed ? Delivery.TO_MAIL : Delivery.TO_PRINT);
    if (mailed) {
      mailing.mailAfterCommit(letter.id(), orderNumber, entry.agency());
      followUps.add(orderNumber, issuedBy, messages.get("followUp.letterIssuedToMail", label(kind), fileName, email));
    } else if (badAddress) {
      followUps.add(orderNumber, issuedBy, messages.get("followUp.letterIssuedBadAddress", label(kind), fileName, email));
    } else {
      followUps.add(orderNumber, issuedBy, messages.get("followUp.letterIssued", label(kind), fileName));
    }
    return letter;
  }

  /** A handler of the complaint's agency has printed and posted this letter. */
  @Transactional
  public void markPosted(String orderNumber, long id) {
    access.writable(register.get(orderNumber));
    if (!currentUser.mayHandleComplaints()) {
      throw new AccessRefusedException(null, messages.get("error.access.letterPosted"));
    }
    IssuedLetter letter = store.description(orderNumber, id).orElseThrow(() -> new LetterNotFoundException(orderNumber, id));
    if (!store.markPosted(orderNumber, id, now(), currentUser.id())) {
      throw new InvalidInputException(List.of(new FieldError("delivery", messages.get("error.letter.notToPost"))));
    }
    followUps.add(orderNumber, currentUser.id(),
        messages.get("followUp.letterPosted", label(LetterKind.valueOf(letter.kind())), letter.fileName()));
  }

  private byte[] composed(RegisterEntry entry, LetterKind kind, String news, LocalDateTime issuedAt, boolean preview) {
    boolean answer = kind == LetterKind.ANSWER || kind == LetterKind.ANSWERED_AT_ONCE;
    if (answer) {
      checkRecourseOptionsGiven(entry);
    }
    Map<String, Object> variables = variables(entry, news, issuedAt);
    variables.put("preview", preview);
    String html = templates.render(kind, variables);
    if (answer) {
      checkRecourseOptionsShown(entry, html);
    }
    return pdf.of(html, Path.of("").toUri().toString());
  }

  private Map<String, Object> variables(RegisterEntry entry, String news, LocalDateTime issuedAt) {
    Letterhead letterhead = letterheads.of(entry.agency());
    Map<String, Object> variables = new HashMap<>();
    variables.put("organisation", letterheads.organisation());
    variables.put("letterhead", letterhead);
    variables.put("logo", letterhead.logo() == null ? null : logoUri(letterhead.logo()));
    variables.put("complaint", entry);
    variables.put("issuedAt", issuedAt);
    variables.put("channel", entry.channel() == null ? null : messages.get("channel." + entry.channel().code()));
    variables.put("outcome", entry.outcome() == null ? null : messages.get("outcome." + entry.outcome().name()));
    variables.put("news", news);
    return variables;
  }

  /** A URL as configured, a file path as a file: URL. */
  private static String logoUri(String logo) {
    return logo.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? logo : Path.of(logo).toAbsolutePath().toUri().toString();
  }

  private void checkRecourseOptionsGiven(RegisterEntry entry) {
    if (entry.outcome() == null) {
      throw new IllegalStateException("Complaint " + entry.orderNumber() + " has no answer to issue");
    }
    if (entry.outcome().requiresRecourseOptions()
        && (entry.recourseOptions() == null || entry.recourseOptions().isBlank())) {
      throw new RecourseOptionsMissingException(messages.get("error.letter.noRecourseOptions", entry.orderNumber()));
    }
  }

  /** The templates are the administrator's to edit: a rejection's letter is refused rather than sent without its recourse. */
  private void checkRecourseOptionsShown(RegisterEntry entry, String html) {
    if (entry.outcome().requiresRecourseOptions()
        && !html.contains(HtmlUtils.htmlEscape(entry.recourseOptions().strip(), "UTF-8"))) {
      throw new RecourseOptionsMissingException(messages.get("error.letter.recourseOptionsNotShown", entry.orderNumber()));
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
