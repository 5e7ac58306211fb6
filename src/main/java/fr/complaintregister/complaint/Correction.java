package fr.complaintregister.complaint;

import java.time.LocalDateTime;

/** One corrected field of a register row: its value before and after, who corrected it and when (Europe/Paris). */
public record Correction(String field, String from, String to, String by, LocalDateTime at) {
}
