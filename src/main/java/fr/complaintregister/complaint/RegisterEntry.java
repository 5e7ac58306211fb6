package fr.complaintregister.complaint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the complaint register, as stored.
 *
 * @param overdue late: still open, and flagged by an escalation or past a due date
 * @param followUpCount the number of lines of its "Suivi" column
 * @param rating a review's rating, 1 to 5, or null (a complaint, a review without rating)
 * @param platform where a review was left, or null
 * @param markedNegative a review marked negative by hand
 * @param publicReplyText the review's public reply, shown with its date and author as {@link #publicReply()}
 */
public record RegisterEntry(
    String orderNumber,
    Origin origin,
    String agency,
    LocalDate receptionDate,
    String clientName,
    String subject,
    String productOrService,
    String productCategory,
    String otherParties,
    String targetedPersons,
    Channel channel,
    String clientEmail,
    String clientAddress,
    String documentNumber,
    boolean answeredAtOnce,
    ComplaintStatus status,
    boolean overdue,
    String handler,
    LocalDate acknowledgementDueDate,
    LocalDate answerDueDate,
    LocalDate acknowledgementDate,
    LocalDate answerDate,
    LocalDate closureDate,
    Outcome outcome,
    String answerText,
    String recourseOptions,
    String commercialGesture,
    BigDecimal commercialGestureAmount,
    String dysfunctions,
    String signedBy,
    LocalDate signatureDate,
    String processInstanceId,
    String recordedBy,
    int followUpCount,
    Integer rating,
    String platform,
    boolean markedNegative,
    @JsonIgnore String publicReplyText,
    @JsonIgnore LocalDate publicReplyDate,
    @JsonIgnore String publicReplyAuthor) {

  /** The row as it will read once this answer is recorded: for a letter read before it is issued. */
  public RegisterEntry withAnswer(Answer answer) {
    return new RegisterEntry(orderNumber, origin, agency, receptionDate, clientName, subject, productOrService,
        productCategory, otherParties, targetedPersons, channel, clientEmail, clientAddress, documentNumber,
        answeredAtOnce, status, overdue, handler, acknowledgementDueDate, answerDueDate, acknowledgementDate,
        answerDate, closureDate, answer.outcome(), answer.answerText(), answer.recourseOptions(),
        answer.commercialGesture(), answer.commercialGestureAmount(), answer.dysfunctions(), signedBy, signatureDate,
        processInstanceId, recordedBy, followUpCount, rating, platform, markedNegative, publicReplyText,
        publicReplyDate, publicReplyAuthor);
  }

  /** @return the review's public reply, or null while it has none */
  @JsonProperty
  public PublicReply publicReply() {
    return publicReplyText == null ? null : new PublicReply(publicReplyText, publicReplyDate, publicReplyAuthor);
  }
}
