package fr.complaintregister.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the complaint register, as stored.
 *
 * @param overdue late: still open, and flagged by an escalation or past a due date
 * @param followUpCount the number of lines of its "Suivi" column
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
    int followUpCount) {
}
