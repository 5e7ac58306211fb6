package fr.complaintregister.improvement;

import fr.complaintregister.complaint.Origin;
import java.time.LocalDate;

/**
 * A corrective action's register row (origin PA), as stored.
 *
 * @param decidedBy who decided it: the tracking sheet's "NOM Prénom Emetteur" for a PA row
 * @param overdue late: see {@link ActionRegister#OVERDUE}
 * @param processInstanceId the process that moves it, null for an imported row until someone takes it up
 */
public record CorrectiveAction(
    String orderNumber,
    String agency,
    LocalDate decisionDate,
    String decidedBy,
    String subject,
    String personInCharge,
    LocalDate dueDate,
    LocalDate checkDate,
    LocalDate closureDate,
    ActionStatus status,
    boolean overdue,
    String processInstanceId) {

  /** The tracking sheet's "Origine" of every action. */
  public Origin getOrigin() {
    return Origin.PA;
  }
}
