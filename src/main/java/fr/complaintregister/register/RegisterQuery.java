package fr.complaintregister.register;

import fr.complaintregister.complaint.Origin;

/**
 * Filters of the register listing; any may be null.
 *
 * @param year the year of reception (of decision for an action)
 * @param status a complaint's or an action's status name, or {@code open} / {@code closed} for both kinds
 * @param text searched in a complaint's client, subject and order number, and in an action's subject, person in
 *     charge, decision-maker and order number, accents and case ignored
 * @param overdue only the late rows (see {@link RegisterRow#overdue()})
 * @param mineOf only the rows this user recorded or handles, decided or is in charge of ("Mes dossiers")
 */
public record RegisterQuery(Integer year, String agency, Origin origin, String status, String text,
                            int page, int size, boolean overdue, String mineOf) {
}
