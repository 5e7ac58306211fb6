package fr.complaintregister.register;

import fr.complaintregister.complaint.Origin;
import java.time.LocalDate;

/**
 * The indicators asked for: complaints received from {@code from} to {@code to} inclusive (by reception date),
 * optionally of one agency, one origin ({@code FS} or {@code QS}) and one product category.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, String agency, Origin origin, String productCategory) {
}
