package fr.complaintregister.improvement;

import java.time.LocalDate;

/** What the quality manager decides: what to do, who does it, by when, and when to check it worked. */
public record ActionDecision(String subject, String personInCharge, LocalDate dueDate, LocalDate checkDate) {
}
