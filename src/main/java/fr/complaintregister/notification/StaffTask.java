package fr.complaintregister.notification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An open task as staff mail shows it. {@code reference} is the order number of its complaint or
 * action; {@code addressees} are its assignee, or when nobody has taken it, the members of the
 * agency who are meant to take it.
 */
public record StaffTask(String id, String name, String reference, LocalDateTime due, StaffMember assignee,
                        List<StaffMember> addressees) {

  boolean isFor(String userId) {
    return addressees.stream().anyMatch(member -> member.id().equals(userId));
  }
}
