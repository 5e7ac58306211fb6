package fr.complaintregister.complaint;

/** A caller's mistake on one field, with the French message that explains it. */
public record FieldError(String field, String message) {
}
