package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda Admin lists groups by their stored name and type: French ones, on old databases too. */
class GroupNamesTests extends ComplaintTestSupport {

  @Autowired RoleGroups roleGroups;

  @Test
  void aDatabaseWithCamundasEnglishGroupNamesAndTypesGetsFrenchOnesAtStartUp() {
    store(Groups.CAMUNDA_ADMIN, RoleGroups.CAMUNDA_ADMIN_DEFAULT_NAME, Groups.GROUP_TYPE_SYSTEM);
    store(Role.QUALITE.groupId(), "Qualité", Groups.GROUP_TYPE_WORKFLOW);

    roleGroups.createMissing();

    assertThat(group(Groups.CAMUNDA_ADMIN)).extracting(Group::getName, Group::getType)
        .containsExactly("Administrateurs de Camunda", "Administration");
    assertThat(group(Role.QUALITE.groupId())).extracting(Group::getName, Group::getType)
        .containsExactly("Qualité", "Rôle");
  }

  @Test
  void aNameAndTypeAnAdministratorChoseAreKept() {
    store(Groups.CAMUNDA_ADMIN, "Service informatique", "Support");

    roleGroups.createMissing();

    assertThat(group(Groups.CAMUNDA_ADMIN)).extracting(Group::getName, Group::getType)
        .containsExactly("Service informatique", "Support");
  }

  @AfterEach
  void startUpAgain() {
    store(Groups.CAMUNDA_ADMIN, RoleGroups.CAMUNDA_ADMIN_DEFAULT_NAME, Groups.GROUP_TYPE_SYSTEM);
    roleGroups.createMissing();
  }

  private void store(String groupId, String name, String type) {
    Group group = group(groupId);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private Group group(String groupId) {
    return identityService.createGroupQuery().groupId(groupId).singleResult();
  }
}
