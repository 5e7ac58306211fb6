package fr.complaintregister.security;

import fr.complaintregister.complaint.Messages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every role exists as a Camunda group, in every setup, so that an admin can add people to it. */
@Component
class RoleGroups {

  private final IdentityService identityService;
  private final Messages messages;

  RoleGroups(IdentityService identityService, Messages messages) {
    this.identityService = identityService;
    this.messages = messages;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void createMissing() {
    for (Role role : Role.values()) {
      if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
        Group group = identityService.newGroup(role.groupId());
        group.setName(messages.get("role." + role.groupId()));
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    }
  }
}
