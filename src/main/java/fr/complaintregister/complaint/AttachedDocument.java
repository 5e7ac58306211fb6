package fr.complaintregister.complaint;

import java.time.LocalDateTime;

/** A document attached to a register row (the client's letter, a scan, a photo), without its content. */
public record AttachedDocument(long id, String fileName, String contentType, long size, String uploadedBy,
                               LocalDateTime uploadedAt) {
}
