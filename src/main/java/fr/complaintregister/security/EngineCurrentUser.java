package fr.complaintregister.security;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user the engine authenticated for this request (webapps, engine REST API or domain API),
 * with the groups and agencies (tenants) the engine itself checks.
 */
@Component
public class EngineCurrentUser implements CurrentUser {

  private final IdentityService identityService;
  private final Messages messages;

  public EngineCurrentUser(IdentityService identityService, Messages messages) {
    this.identityService = identityService;
    this.messages = messages;
  }

  /** @return the user's id, or the register's name for the system when no one is logged in (a timer) */
  @Override
  public String id() {
    return authentication().map(Authentication::getUserId).orElseGet(() -> messages.get("followUp.systemAuthor"));
  }

  @Override
  public boolean isSystem() {
    return authentication().isEmpty();
  }

  @Override
  public Set<String> groups() {
    return authentication().map(Authentication::getGroupIds).<Set<String>>map(Set::copyOf).orElse(Set.of());
  }

  /** Administrators, like the system, see every agency; everyone else the tenants they belong to. */
  @Override
  public AgencyScope agencies() {
    if (isUnrestricted()) {
      return AgencyScope.every();
    }
    return AgencyScope.of(authentication().map(Authentication::getTenantIds).orElse(List.of()));
  }

  @Override
  public boolean mayReadRegister() {
    return isUnrestricted() || roles().findAny().isPresent();
  }

  @Override
  public boolean mayWriteRegister() {
    return isSystem() || Role.mayWrite(groups());
  }

  @Override
  public boolean mayHandleComplaints() {
    return isUnrestricted() || Role.GESTIONNAIRES.groupsAtOrAbove().stream().anyMatch(groups()::contains);
  }

  private boolean isUnrestricted() {
    return isSystem() || groups().contains(Groups.CAMUNDA_ADMIN);
  }

  private Stream<Role> roles() {
    return groups().stream().flatMap(group -> Role.ofGroup(group).stream());
  }

  private Optional<Authentication> authentication() {
    return Optional.ofNullable(identityService.getCurrentAuthentication()).filter(auth -> auth.getUserId() != null);
  }
}
