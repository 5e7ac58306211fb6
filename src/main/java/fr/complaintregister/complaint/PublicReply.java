package fr.complaintregister.complaint;

import java.time.LocalDate;

/** The reply a review got in public, on its platform: what was written, when, and by whom. */
public record PublicReply(String text, LocalDate date, String author) {
}
