package fr.complaintregister.improvement;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/actions}: an action already decided, and the rows it answers. */
public record NewAction(String subject, String personInCharge, LocalDate dueDate, LocalDate checkDate,
                        String agency, List<String> sources) {
}
