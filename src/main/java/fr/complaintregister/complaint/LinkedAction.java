package fr.complaintregister.complaint;

/** A corrective action as a complaint lists it: its order number, what it is and where it stands. */
public record LinkedAction(String orderNumber, String subject, String status) {
}
