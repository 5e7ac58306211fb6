package fr.complaintregister.complaint;

/** A user of an agency, as a choice list shows them. */
public record AgencyMember(String id, String name) {
}
