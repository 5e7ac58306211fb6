package fr.complaintregister.deadline;

import java.time.LocalDate;

/** The two legal deadlines of a complaint, each an inclusive day in Europe/Paris. */
public record Deadlines(LocalDate acknowledgementDue, LocalDate answerDue) {
}
