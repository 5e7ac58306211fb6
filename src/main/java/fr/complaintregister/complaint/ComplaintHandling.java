package fr.complaintregister.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes each step of a complaint's handling to its register row and follow-up log. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ComplaintHandling {

  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final Messages messages;
  private final Clock clock;

  public ComplaintHandling(ComplaintRegister register, FollowUpLog followUps, Messages messages, Clock clock) {
    this.register = register;
    this.followUps = followUps;
    this.messages = messages;
    this.clock = clock;
  }

  public void acknowledge(String orderNumber, String handler, String note) {
    register.recordAcknowledgement(orderNumber, today(), handler);
    followUps.add(orderNumber, handler, withNote(messages.get("followUp.acknowledged"), note));
  }

  /** The answer is issued: signed by its author when their authorisation suffices, by a signatory otherwise. */
  public void answer(String orderNumber, Answer answer, String handler, String signedBy) {
    register.recordAnswer(orderNumber, answer, today(), handler, signedBy);
    followUps.add(orderNumber, signedBy,
        messages.get("followUp.answered", messages.get("outcome." + answer.outcome().name()), signedBy));
  }

  /** The answer commits more than its author may sign: it waits for someone of the required level. */
  public void awaitSignature(String orderNumber, String handler, String requiredLevel) {
    register.updateStatus(orderNumber, ComplaintStatus.AWAITING_SIGNATURE);
    followUps.add(orderNumber, handler, messages.get("followUp.awaitingSignature", requiredLevel));
  }

  /** The signatory refused the answer: it goes back to be reworked, with their reason. */
  public void refuseSignature(String orderNumber, String signatory, String reason) {
    register.updateStatus(orderNumber, ComplaintStatus.IN_PROGRESS);
    followUps.add(orderNumber, signatory, withNote(messages.get("followUp.signatureRefused"), reason));
  }

  public void alert(String orderNumber, DeadlineAlert alert) {
    RegisterEntry entry = register.get(orderNumber);
    if (alert.late()) {
      register.markOverdue(orderNumber);
    }
    followUps.add(orderNumber, messages.get("followUp.systemAuthor"),
        messages.get("followUp.alert." + alert.name(), alert.dueDate(entry).format(FrenchDate.FORMAT)));
  }

  /**
   * The complaint is withdrawn: its row is closed on this day with the reason; the complaint
   * recorded again in its place, if any, notes which one it replaces.
   */
  public void withdraw(String orderNumber, WithdrawalKind kind, String reason, String by, String replacedBy) {
    register.recordWithdrawal(orderNumber, kind, reason, by, LocalDateTime.now(clock), replacedBy);
    String kindLabel = messages.get("withdrawalKind." + kind.name());
    if (replacedBy == null) {
      followUps.add(orderNumber, by, messages.get("followUp.withdrawn", kindLabel, reason));
    } else {
      followUps.add(orderNumber, by, messages.get("followUp.withdrawnReplacedBy", kindLabel, reason, replacedBy));
      followUps.add(replacedBy, by, messages.get("followUp.replaces", orderNumber));
    }
  }

  /** A note left on a task whose only outcome is the note itself (keeping the client informed, a late complaint). */
  public void note(String orderNumber, String author, String messageKey, String note) {
    followUps.add(orderNumber, author, withNote(messages.get(messageKey), note));
  }

  private String withNote(String text, String note) {
    return note == null || note.isBlank() ? text : text + " " + note.strip();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
