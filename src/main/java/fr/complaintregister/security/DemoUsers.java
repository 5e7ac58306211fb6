package fr.complaintregister.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo setup: one user per role in two agencies, 1601 and 1602, password = user id. Only in
 * the {@code demo} profile, never in production. The network-wide roles see both agencies
 * through their groups (see {@link Agencies}).
 */
@Component
@Profile("demo")
class DemoUsers {

  /** A demo user; {@code agency} is null for the network-wide roles, who see every agency. */
  private record DemoUser(String id, String firstName, String lastName, String agency, List<Role> roles) {
  }

  private static final String AGENCY_1 = "1601";
  private static final String AGENCY_2 = "1602";

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "Démo", "Administrateur", null, Arrays.asList(Role.values())),
      new DemoUser("alice", "Alice", "Martin", AGENCY_1, List.of(Role.ACCUEIL)),
      new DemoUser("camille", "Camille", "Bernard", AGENCY_2, List.of(Role.ACCUEIL)),
      new DemoUser("bruno", "Bruno", "Petit", AGENCY_1, List.of(Role.GESTIONNAIRES)),
      new DemoUser("claire", "Claire", "Durand", AGENCY_2, List.of(Role.GESTIONNAIRES)),
      new DemoUser("sophie", "Sophie", "Leroy", AGENCY_1, List.of(Role.SIGNATAIRES)),
      new DemoUser("simon", "Simon", "Moreau", AGENCY_2, List.of(Role.SIGNATAIRES)),
      new DemoUser("diane", "Diane", "Simon", null, List.of(Role.DIRECTION)),
      new DemoUser("quentin", "Quentin", "Laurent", null, List.of(Role.QUALITE)),
      new DemoUser("audrey", "Audrey", "Lefebvre", null, List.of(Role.AUDITEURS)));

  private final IdentityService identityService;
  private final Agencies agencies;

  DemoUsers(IdentityService identityService, Agencies agencies) {
    this.identityService = identityService;
    this.agencies = agencies;
  }

  /** After {@link RoleGroups}, so that memberships find their groups. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  void createDemoUsers() {
    agencies.create(AGENCY_1);
    agencies.create(AGENCY_2);
    USERS.stream().filter(user -> identityService.createUserQuery().userId(user.id()).count() == 0)
        .forEach(this::create);
  }


  private void create(DemoUser demoUser) {
    User user = identityService.newUser(demoUser.id());
    user.setFirstName(demoUser.firstName());
    user.setLastName(demoUser.lastName());
    user.setEmail(demoUser.id() + "@demo.invalid");
    user.setPassword(demoUser.id());
    identityService.saveUser(user);
    demoUser.roles().forEach(role -> identityService.createMembership(demoUser.id(), role.groupId()));
    if (demoUser.agency() != null) {
      identityService.createTenantUserMembership(demoUser.agency(), demoUser.id());
    }
  }
}
