package fr.complaintregister.improvement;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.PublicReply;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.complaint.ReviewForms;
import fr.complaintregister.complaint.ReviewForms.Examination;
import fr.complaintregister.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What happens to a satisfaction questionnaire answer or review (a QS row) once recorded. */
@Service
public class Reviews {

  /** Who answers reviews in public, as they decide the actions reviews lead to. */
  private static final List<String> REPLIERS = List.of(Role.QUALITE.groupId(), Role.DIRECTION.groupId());

  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final ComplaintAccess access;
  private final ReviewForms forms;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  public Reviews(ComplaintRegister register, FollowUpLog followUps, ComplaintAccess access, ReviewForms forms,
                 CurrentUser currentUser, Messages messages, Clock clock) {
    this.register = register;
    this.followUps = followUps;
    this.access = access;
    this.forms = forms;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  /** The negative review was examined: its row closes today, with what was done and the public reply if any. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void examined(String orderNumber, String examinedBy, Examination examination) {
    register.recordExamination(orderNumber, LocalDate.now(clock));
    followUps.add(orderNumber, examinedBy, messages.get("followUp.review.examined"));
    examination.reply().ifPresent(reply -> recordPublicReply(orderNumber, examinedBy, reply, ReviewForms.REPLY_DATE));
  }

  /**
   * Records or replaces the review's public reply.
   *
   * @throws AccessRefusedException for a caller who is neither of the quality manager's nor the direction's group
   * @throws InvalidInputException for a complaint (FS row) or a wrong field
   */
  @Transactional
  public void replyInPublic(String orderNumber, Map<String, ?> submitted) {
    RegisterEntry entry = access.writable(register.get(orderNumber));
    if (!currentUser.isOneOf(List.of(), REPLIERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.publicReply"));
    }
    if (entry.origin() != Origin.QS) {
      throw new InvalidInputException(List.of(new FieldError(null, messages.get("error.review.notReview", orderNumber))));
    }
    recordPublicReply(orderNumber, currentUser.id(), forms.readPublicReply(submitted), "date");
  }

  /** A reply answers the review: it cannot be older, whichever form gave its date (named by {@code dateField}). */
  private void recordPublicReply(String orderNumber, String recordedBy, PublicReply reply, String dateField) {
    LocalDate received = register.get(orderNumber).receptionDate();
    if (reply.date().isBefore(received)) {
      throw new InvalidInputException(List.of(new FieldError(dateField,
          messages.get("error.review.replyBeforeReview", received.format(FrenchDate.FORMAT)))));
    }
    register.recordPublicReply(orderNumber, reply);
    followUps.add(orderNumber, recordedBy, messages.get("followUp.review.publicReply",
        reply.date().format(FrenchDate.FORMAT), reply.author() == null ? messages.get("followUp.review.noAuthor") : reply.author()));
  }
}
