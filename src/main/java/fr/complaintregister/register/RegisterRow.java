package fr.complaintregister.register;

import fr.complaintregister.complaint.Origin;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the register listing, a complaint (FS, QS) or a corrective action (PA), in the tracking sheet's
 * columns; the whole row is read through {@code /api/complaints/{n}} or {@code /api/actions/{n}}.
 *
 * @param receptionDate the reception date; for an action, its decision date
 * @param clientName "NOM Prénom Emetteur": the client; for an action, who decided it
 * @param status a complaint's or an action's status name
 * @param overdue late: still open and past a due date, or flagged by an escalation
 * @param handler the person in charge of the row
 * @param answerDueDate the answer's due date; for an action, its due date
 * @param recordedBy who recorded the complaint; for an action, who decided it
 * @param processInstanceId the process that handles the row, for Cockpit's links
 * @param followUpCount the number of lines of its "Suivi" column
 * @param sources for an action, the order numbers of the rows it answers
 * @param actions for a complaint, the order numbers of its corrective actions
 */
public record RegisterRow(
    String orderNumber,
    Origin origin,
    String agency,
    LocalDate receptionDate,
    String clientName,
    String subject,
    String documentNumber,
    String status,
    boolean overdue,
    String handler,
    LocalDate acknowledgementDueDate,
    LocalDate answerDueDate,
    LocalDate closureDate,
    String recordedBy,
    String processInstanceId,
    int followUpCount,
    List<String> sources,
    List<String> actions) {

  RegisterRow linked(List<String> sources, List<String> actions) {
    return new RegisterRow(orderNumber, origin, agency, receptionDate, clientName, subject, documentNumber, status,
        overdue, handler, acknowledgementDueDate, answerDueDate, closureDate, recordedBy, processInstanceId, followUpCount,
        sources, actions);
  }
}
