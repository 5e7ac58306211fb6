package fr.complaintregister.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do, as Camunda authorizations given to its group. Tasks need no grant here:
 * the engine lets a task's candidates read and work on it (and nobody else), and candidates come
 * from the qualification and signing-level tables. Agencies (tenants) narrow every grant to the
 * user's own complaints.
 *
 * <p>Grants are created once, where missing: what an administrator changes in Camunda Admin
 * afterwards is kept.
 */
@Component
class RoleAuthorizations {

  /** Permissions on one resource (an id or {@code *} for all). */
  record Grant(Resource resource, String resourceId, List<Permission> permissions) {

    static Grant of(Resource resource, String resourceId, Permission... permissions) {
      return new Grant(resource, resourceId, List.of(permissions));
    }
  }

  private static final List<Grant> TASKLIST = List.of(
      Grant.of(APPLICATION, "tasklist", ACCESS),
      Grant.of(FILTER, "*", READ));
  private static final List<Grant> RECORD = List.of(
      Grant.of(PROCESS_DEFINITION, "complaint", READ, CREATE_INSTANCE),
      Grant.of(PROCESS_INSTANCE, "*", CREATE));
  /** Satisfaction questionnaire answers and reviews: recorded at the front desk and by the quality manager. */
  private static final List<Grant> RECORD_REVIEWS = List.of(
      Grant.of(PROCESS_DEFINITION, "review", READ, CREATE_INSTANCE),
      Grant.of(PROCESS_INSTANCE, "*", CREATE));
  /** Following complaints: their history, and their variables (Tasklist's order number column reads them). */
  private static final List<Grant> FOLLOW_COMPLAINTS = List.of(
      Grant.of(PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(PROCESS_INSTANCE, "*", READ),
      Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY));
  private static final List<Grant> WATCH_IN_COCKPIT = List.of(
      Grant.of(APPLICATION, "cockpit", ACCESS),
      Grant.of(TASK, "*", READ),
      Grant.of(DECISION_REQUIREMENTS_DEFINITION, "*", READ),
      Grant.of(DEPLOYMENT, "*", READ));
  /**
   * The quality manager retries failed jobs (a mail server down). No deployment: deploying is
   * running code, so decision tables are published through the domain API, which checks them.
   */
  private static final List<Grant> MAINTAIN = List.of(
      Grant.of(PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.RETRY_JOB),
      Grant.of(PROCESS_INSTANCE, "*", ProcessInstancePermissions.RETRY_JOB));

  static final Map<Role, List<Grant>> GRANTS = grants();

  private final AuthorizationService authorizationService;

  RoleAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void createMissing() {
    GRANTS.forEach((role, grants) -> grants.stream()
        .filter(grant -> authorizationService.createAuthorizationQuery()
            .groupIdIn(role.groupId()).resourceType(grant.resource()).resourceId(grant.resourceId()).count() == 0)
        .forEach(grant -> create(role, grant)));
  }

  private void create(Role role, Grant grant) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(role.groupId());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    grant.permissions().forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }

  private static Map<Role, List<Grant>> grants() {
    Map<Role, List<Grant>> grants = new EnumMap<>(Role.class);
    grants.put(Role.ACCUEIL, merged(TASKLIST, RECORD, RECORD_REVIEWS));
    grants.put(Role.GESTIONNAIRES, merged(TASKLIST, RECORD, FOLLOW_COMPLAINTS));
    grants.put(Role.SIGNATAIRES, merged(TASKLIST, RECORD, FOLLOW_COMPLAINTS));
    grants.put(Role.DIRECTION, merged(TASKLIST, RECORD, FOLLOW_COMPLAINTS, WATCH_IN_COCKPIT));
    grants.put(Role.QUALITE, merged(TASKLIST, RECORD, RECORD_REVIEWS, FOLLOW_COMPLAINTS, WATCH_IN_COCKPIT, MAINTAIN));
    grants.put(Role.AUDITEURS, merged(TASKLIST, FOLLOW_COMPLAINTS, WATCH_IN_COCKPIT));
    return grants;
  }

  /** One grant per resource, as Camunda keeps one authorization per group and resource. */
  @SafeVarargs
  private static List<Grant> merged(List<Grant>... sets) {
    Map<String, Grant> byResource = new LinkedHashMap<>();
    Arrays.stream(sets).flatMap(List::stream).forEach(grant -> byResource.merge(
        grant.resource().resourceType() + "/" + grant.resourceId(), grant,
        (first, second) -> new Grant(first.resource(), first.resourceId(), union(first, second))));
    return List.copyOf(byResource.values());
  }

  private static List<Permission> union(Grant first, Grant second) {
    Set<Permission> permissions = new LinkedHashSet<>(first.permissions());
    permissions.addAll(second.permissions());
    return List.copyOf(permissions);
  }
}
