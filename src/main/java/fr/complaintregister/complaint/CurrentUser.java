package fr.complaintregister.complaint;

import java.util.Collection;
import java.util.Set;

/** Who is making the current request: for the register's "who did what" and for every access check. */
public interface CurrentUser {

  String id();

  /** Nobody is logged in: the engine itself is at work (a timer, a job, the embedded API). */
  boolean isSystem();

  Set<String> groups();

  AgencyScope agencies();

  /** Whether the user is one of these users or a member of one of these groups; the system always is. */
  default boolean isOneOf(Collection<String> userIds, Collection<String> groupIds) {
    return isSystem() || userIds.contains(id()) || groupIds.stream().anyMatch(groups()::contains);
  }

  /** Whether the user holds any role of the register. */
  boolean mayReadRegister();

  /** Whether the user handles complaints: a handler, a signatory, the direction or an administrator. */
  boolean mayHandleComplaints();

  /** Whether the user holds a role that writes to the register (every role but the auditors'). */
  boolean mayWriteRegister();
}
