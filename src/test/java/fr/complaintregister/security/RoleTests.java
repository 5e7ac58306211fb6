package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom mail tells of an unassigned task: the groups it is meant for, not every group allowed to take it. */
class RoleTests {

  @Test
  void aHandlersTaskIsAnnouncedToTheHandlersNotToTheSignatoriesOrTheDirection() {
    assertThat(Role.addressedAmong(Role.GESTIONNAIRES.groupsAtOrAbove())).containsExactly("gestionnaires");
  }

  @Test
  void aTaskForTheDirectionIsAnnouncedToTheDirection() {
    assertThat(Role.addressedAmong(Role.DIRECTION.groupsAtOrAbove())).containsExactly("direction");
  }

  @Test
  void aQualityGroupBesideTheHandlersDoesNotHideThemAndTheAuditorsAreNeverTold() {
    assertThat(Role.addressedAmong(List.of("gestionnaires", "qualite", "signataires"))).containsExactly("gestionnaires", "qualite");
    assertThat(Role.addressedAmong(List.of("auditeurs", "gestionnaires"))).containsExactly("gestionnaires");
    assertThat(Role.actingAmong(List.of("auditeurs", "gestionnaires", "direction"))).containsExactly("gestionnaires", "direction");
  }

  @Test
  void aGroupAnAdministratorCreatedIsAnnouncedAlongsideTheLowestRole() {
    assertThat(Role.addressedAmong(List.of("signataires", "direction", "juristes"))).containsExactly("signataires", "juristes");
  }
}
