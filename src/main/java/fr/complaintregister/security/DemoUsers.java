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
 * The demo setup: one user per role, password = user id. Only in the {@code demo} profile,
 * never in production.
 */
@Component
@Profile("demo")
class DemoUsers {

  private record DemoUser(String id, String firstName, String lastName, List<Role> roles) {
  }

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "Démo", "Administrateur", Arrays.asList(Role.values())),
      new DemoUser("alice", "Alice", "Martin", List.of(Role.ACCUEIL)),
      new DemoUser("camille", "Camille", "Bernard", List.of(Role.ACCUEIL)),
      new DemoUser("bruno", "Bruno", "Petit", List.of(Role.GESTIONNAIRES)),
      new DemoUser("claire", "Claire", "Durand", List.of(Role.GESTIONNAIRES)),
      new DemoUser("sophie", "Sophie", "Leroy", List.of(Role.SIGNATAIRES)),
      new DemoUser("simon", "Simon", "Moreau", List.of(Role.SIGNATAIRES)),
      new DemoUser("diane", "Diane", "Simon", List.of(Role.DIRECTION)),
      new DemoUser("quentin", "Quentin", "Laurent", List.of(Role.QUALITE)),
      new DemoUser("audrey", "Audrey", "Lefebvre", List.of(Role.AUDITEURS)));

  private final IdentityService identityService;

  DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** After {@link RoleGroups}, so that memberships find their groups. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  void createDemoUsers() {
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
  }
}
