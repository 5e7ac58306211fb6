package fr.complaintregister.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a register row's "Suivi" column: the tracking sheet shows its date, the page its time (Europe/Paris). */
public record FollowUp(LocalDate entryDate, String author, String text, LocalDateTime recordedAt) {
}
