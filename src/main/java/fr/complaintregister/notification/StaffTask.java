package fr.complaintregister.notification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An open task as staff mail shows it, with the link that opens it in Tasklist. {@code reference}
 * is the order number of its complaint or action; {@code addressees} are its assignee, or when
 * nobody has taken it, the members of the agency it is meant for; {@code otherwise} those who may
 * also take it, told when no addressee can be.
 */
public record StaffTask(String id, String name, String reference, LocalDateTime due, String link, StaffMember assignee,
                        List<StaffMember> addressees, List<StaffMember> otherwise) {

  /** Whom mail tells of the task: the addressees who have an address, or when none has, the others who do. */
  List<StaffMember> toldOf() {
    List<StaffMember> told = reachable(addressees);
    return told.isEmpty() ? reachable(otherwise) : told;
  }

  boolean isFor(String userId) {
    return toldOf().stream().anyMatch(member -> member.id().equals(userId));
  }

  private static List<StaffMember> reachable(List<StaffMember> members) {
    return members.stream().filter(StaffMember::reachable).toList();
  }
}
