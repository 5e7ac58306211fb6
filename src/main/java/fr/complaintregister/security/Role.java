package fr.complaintregister.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The roles of the plan, each a Camunda group. Handling levels nest: whoever may sign may
 * handle, and the direction may do both. The amounts each level may sign live only in the
 * signing-level decision table.
 */
public enum Role {
  ACCUEIL(0), GESTIONNAIRES(1), SIGNATAIRES(2), DIRECTION(3), QUALITE(0), AUDITEURS(0);

  /** Camunda's administrators' group, for the checks outside this package that let administrators in (import, indicators). */
  public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

  private final int handlingLevel;

  Role(int handlingLevel) {
    this.handlingLevel = handlingLevel;
  }

  public String groupId() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId().equals(groupId)).findFirst();
  }

  /** The groups whose members may act at this role's handling level. */
  public List<String> groupsAtOrAbove() {
    return Arrays.stream(values())
        .filter(role -> role == this || handlingLevel > 0 && role.handlingLevel > handlingLevel)
        .map(Role::groupId)
        .toList();
  }

  /** Whether these groups hold a role that writes (every role but the auditors') or administer Camunda. */
  public static boolean mayWrite(Collection<String> groupIds) {
    return groupIds.contains(Groups.CAMUNDA_ADMIN)
        || groupIds.stream().flatMap(group -> ofGroup(group).stream()).anyMatch(role -> role != AUDITEURS);
  }

  /**
   * Of the groups that may take a task, those it is meant for, whom mail tells of it: among the
   * handling roles, the lowest level (the direction may take a handler's task, yet only its own
   * are announced to it); the other roles and groups as they are; never the auditors, who only read.
   */
  public static List<String> addressedAmong(Collection<String> candidateGroups) {
    int lowestLevel = candidateGroups.stream().flatMap(group -> ofGroup(group).stream())
        .mapToInt(role -> role.handlingLevel).filter(level -> level > 0).min().orElse(0);
    return actingAmong(candidateGroups).stream()
        .filter(group -> ofGroup(group).map(role -> role.handlingLevel == 0 || role.handlingLevel == lowestLevel).orElse(true))
        .toList();
  }

  /** Of the groups that may take a task, all but the auditors: mail tells them when none of those it is meant for can be told. */
  public static List<String> actingAmong(Collection<String> candidateGroups) {
    return candidateGroups.stream().filter(group -> !AUDITEURS.groupId().equals(group)).toList();
  }

  /**
   * The groups whose members may act for the given group: the nesting of handling levels for a
   * role, the group alone for any other group an administrator created.
   */
  public static List<String> groupsActingFor(String groupId) {
    return ofGroup(groupId).map(Role::groupsAtOrAbove).orElse(List.of(groupId));
  }
}
