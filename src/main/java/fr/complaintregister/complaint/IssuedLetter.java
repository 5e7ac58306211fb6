package fr.complaintregister.complaint;

import java.time.LocalDateTime;

/**
 * A letter issued to the client (receipt, acknowledgement, interim news, answer), without its PDF.
 *
 * @param kind RECEIPT, ACKNOWLEDGEMENT, INTERIM_NEWS, ANSWER or ANSWERED_AT_ONCE
 * @param sentTo the client's email address when the letter was issued, or null
 * @param delivery what remains to do with it: TO_PRINT, POSTED, TO_MAIL, MAILED, MAIL_FAILED or MAIL_LOGGED
 */
public record IssuedLetter(long id, String kind, LocalDateTime issuedAt, String issuedBy, String fileName,
                           String sentTo, String delivery, LocalDateTime postedAt, String postedBy,
                           LocalDateTime mailedAt) {
}
