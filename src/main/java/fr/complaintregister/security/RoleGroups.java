package fr.complaintregister.security;

import fr.complaintregister.complaint.Messages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every role exists as a Camunda group, in every setup, so that an admin can add people to it.
 * Groups carry French names and types, which Camunda Admin shows as they are: the English ones
 * Camunda gives its administrators' group, and the ones older databases hold, are renamed at
 * start-up; a name or type an administrator chose is kept.
 */
@Component
class RoleGroups {

  /** The name Camunda gives the administrators' group it creates. */
  static final String CAMUNDA_ADMIN_DEFAULT_NAME = "camunda BPM Administrators";

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
        group.setType(messages.get("group.type.role"));
        identityService.saveGroup(group);
      } else {
        renameDefault(role.groupId(), null, Groups.GROUP_TYPE_WORKFLOW, "group.type.role");
      }
    }
    renameDefault(Groups.CAMUNDA_ADMIN, CAMUNDA_ADMIN_DEFAULT_NAME, Groups.GROUP_TYPE_SYSTEM, "group.type.administration");
  }

  /** Gives the group its French name and type where it still has Camunda's English ones. */
  private void renameDefault(String groupId, String defaultName, String defaultType, String frenchTypeKey) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      return;
    }
    boolean englishName = defaultName != null && defaultName.equals(group.getName());
    boolean englishType = defaultType.equals(group.getType());
    if (englishName) {
      group.setName(messages.get("group.name." + groupId));
    }
    if (englishType) {
      group.setType(messages.get(frenchTypeKey));
    }
    if (englishName || englishType) {
      identityService.saveGroup(group);
    }
  }
}
