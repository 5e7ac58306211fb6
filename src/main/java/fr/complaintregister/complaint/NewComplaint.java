package fr.complaintregister.complaint;

import java.time.LocalDate;

/** A complaint as received, checked, before it gets its order number. */
public record NewComplaint(
    String clientName,
    LocalDate receptionDate,
    String subject,
    String productOrService,
    String productCategory,
    String otherParties,
    String targetedPersons,
    String agency,
    Origin origin,
    Channel channel,
    String clientEmail,
    String clientAddress,
    String documentNumber,
    boolean answeredAtOnce) {
}
