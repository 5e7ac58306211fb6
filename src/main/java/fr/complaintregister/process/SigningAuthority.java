package fr.complaintregister.process;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may sign an answer at the level the signing-level table ({@code bpmn/signing-level.dmn})
 * requires: members of that group or of a level above it.
 */
@Component("signingAuthority")
public class SigningAuthority {

  private final CurrentUser currentUser;
  private final Messages messages;

  public SigningAuthority(CurrentUser currentUser, Messages messages) {
    this.currentUser = currentUser;
    this.messages = messages;
  }

  public List<String> groups(String requiredGroup) {
    return Role.groupsActingFor(requiredGroup);
  }

  public boolean coversCurrentUser(String requiredGroup) {
    return currentUser.isOneOf(List.of(), groups(requiredGroup));
  }

  /**
   * Whether the answer's author, the current user, may sign it: an author the qualification table
   * named signs at the handlers' level, whatever their group (the desk answering at once).
   */
  public boolean coversAuthor(String requiredGroup) {
    return Role.GESTIONNAIRES.groupId().equals(requiredGroup) || coversCurrentUser(requiredGroup);
  }

  /** @throws AccessRefusedException when the current user may not sign at the required level */
  public void checkCurrentUser(String requiredGroup) {
    if (!coversCurrentUser(requiredGroup)) {
      throw new AccessRefusedException(null, messages.get("error.signingLevel", levelName(requiredGroup)));
    }
  }

  /** The level's name as users know it: the role's French name, or the group's id. */
  public String levelName(String requiredGroup) {
    return Role.ofGroup(requiredGroup).map(role -> messages.get("role." + role.groupId())).orElse(requiredGroup);
  }
}
