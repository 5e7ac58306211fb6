package fr.complaintregister.register;

import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.Outcome;
import java.time.LocalDate;

/**
 * Filters of the register listing; any may be null.
 *
 * @param year the year of reception (of decision for an action)
 * @param status a complaint's or an action's status name, or {@code open} / {@code closed} for both kinds
 * @param text searched in a complaint's client, subject and order number, and in an action's subject, person in
 *     charge, decision-maker and order number, accents and case ignored
 * @param overdue only the late rows (see {@link RegisterRow#overdue()})
 * @param mineOf only the rows this user recorded or handles, decided or is in charge of ("Mes dossiers")
 * @param from only the rows received (an action: decided) on or after this day; to, on or before this one
 * @param outcome only the complaints answered so (no action then)
 * @param deadlineMissed only the rows that missed a deadline, even met late, or closed or withdrawn since without what
 *     was owed by then: the auditor's search
 */
public record RegisterQuery(Integer year, String agency, Origin origin, String status, String text,
                            int page, int size, boolean overdue, String mineOf,
                            LocalDate from, LocalDate to, Outcome outcome, boolean deadlineMissed) {

  public RegisterQuery(Integer year, String agency, Origin origin, String status, String text,
                       int page, int size, boolean overdue, String mineOf) {
    this(year, agency, origin, status, text, page, size, overdue, mineOf, null, null, null, false);
  }

  public RegisterQuery withAuditFilters(LocalDate from, LocalDate to, Outcome outcome, boolean deadlineMissed) {
    return new RegisterQuery(year, agency, origin, status, text, page, size, overdue, mineOf, from, to, outcome,
        deadlineMissed);
  }
}
