package fr.complaintregister.complaint;

/**
 * Filters of the register listing; any may be null.
 *
 * @param status a {@link ComplaintStatus} name, or {@code open} / {@code closed}
 * @param text searched in the client's name, the subject and the order number, accents and case ignored
 * @param overdue only the late rows (see {@link RegisterEntry#overdue()})
 * @param mineOf only the rows this user recorded or handles ("Mes dossiers")
 */
public record RegisterQuery(Integer year, String agency, Origin origin, String status, String text,
                            int page, int size, boolean overdue, String mineOf) {
}
