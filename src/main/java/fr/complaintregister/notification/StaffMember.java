package fr.complaintregister.notification;

/** A user as staff mail addresses them: the email of their Camunda account, null when it has none. */
public record StaffMember(String id, String name, String email) {

  boolean reachable() {
    return email != null && Mailer.accepts(email);
  }
}
