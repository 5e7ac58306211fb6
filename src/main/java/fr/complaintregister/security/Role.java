package fr.complaintregister.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The roles of the plan, each a Camunda group. Handling levels nest: whoever may sign may
 * handle, and the direction may do both.
 */
public enum Role {
  ACCUEIL(0), GESTIONNAIRES(1), SIGNATAIRES(2), DIRECTION(3), QUALITE(0), AUDITEURS(0);

  private final int handlingLevel;

  Role(int handlingLevel) {
    this.handlingLevel = handlingLevel;
  }

  public String groupId() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The groups whose members may act at this role's handling level. */
  public List<String> groupsAtOrAbove() {
    return Arrays.stream(values())
        .filter(role -> role == this || handlingLevel > 0 && role.handlingLevel > handlingLevel)
        .map(Role::groupId)
        .toList();
  }
}
