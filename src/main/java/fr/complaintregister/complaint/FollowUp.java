package fr.complaintregister.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a register row's "Suivi" column. */
public record FollowUp(LocalDate entryDate, String author, String text, LocalDateTime recordedAt) {
}
