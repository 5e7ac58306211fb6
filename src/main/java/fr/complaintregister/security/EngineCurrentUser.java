package fr.complaintregister.security;

import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the engine authenticated for this request (webapps, engine REST API or domain API). */
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
    return Optional.ofNullable(identityService.getCurrentAuthentication())
        .map(Authentication::getUserId)
        .orElseGet(() -> messages.get("followUp.systemAuthor"));
  }
}
