package fr.complaintregister.improvement;

/** The body of {@code POST /api/actions/{orderNumber}/links}: one more row the action answers. */
record ActionLink(String orderNumber) {
}
