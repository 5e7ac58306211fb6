package fr.complaintregister.security;

import fr.complaintregister.complaint.AgencyDirectory;
import fr.complaintregister.complaint.AgencyMember;
import fr.complaintregister.complaint.Messages;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Agencies are Camunda tenants, one per agency code: a complaint, its tasks and its history
 * belong to its agency's tenant, and only the tenant's members see them. The network-wide groups
 * (direction, quality, auditors by default) are made members of every agency, from its first
 * complaint on.
 */
@Component
public class Agencies implements AgencyDirectory {

  private static final Collator FRENCH_ORDER = Collator.getInstance(Locale.FRENCH);

  private final IdentityService identityService;
  private final AsTheEngine asTheEngine;
  private final Messages messages;
  private final List<String> networkGroups;

  public Agencies(IdentityService identityService, AsTheEngine asTheEngine, Messages messages, AgencySettings settings) {
    this.identityService = identityService;
    this.asTheEngine = asTheEngine;
    this.messages = messages;
    this.networkGroups = settings.networkGroups();
  }

  /** Asked as the system: a user may not read tenants, yet an unknown agency is a mistake to name, not a refusal. */
  @Override
  public boolean exists(String agency) {
    return asTheEngine.call(() -> identityService.createTenantQuery().tenantId(agency).count() > 0);
  }

  /** Asked as the system, for the same reason. */
  @Override
  public List<String> codes() {
    return asTheEngine.call(() -> identityService.createTenantQuery().orderByTenantId().asc().list().stream()
        .map(Tenant::getId).toList());
  }

  /** Asked as the system: a quality manager may not read the user directory. */
  @Override
  public List<AgencyMember> peopleInCharge(String agency) {
    return asTheEngine.call(() -> members(agency).values().stream()
        .filter(user -> Role.mayWrite(groupsOf(user.getId())))
        .map(user -> new AgencyMember(user.getId(), fullName(user)))
        .sorted(Comparator.comparing(AgencyMember::name, FRENCH_ORDER))
        .toList());
  }

  /** The ids of the agency's members, directly or through a group (network-wide people are); asked as the system. */
  public Set<String> memberIds(String agency) {
    return asTheEngine.call(() -> members(agency).keySet());
  }

  private Map<String, User> members(String agency) {
    Map<String, User> members = new HashMap<>();
    identityService.createUserQuery().memberOfTenant(agency).list().forEach(user -> members.put(user.getId(), user));
    identityService.createGroupQuery().memberOfTenant(agency).list().forEach(group -> identityService
        .createUserQuery().memberOfGroup(group.getId()).list().forEach(user -> members.put(user.getId(), user)));
    return members;
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** A user's first and last names, or their id when they have none. */
  public static String fullName(User user) {
    String name = Stream.of(user.getFirstName(), user.getLastName())
        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    return name.isEmpty() ? user.getId() : name;
  }

  /** Creates the agency's tenant unless it exists, open to the network-wide groups. */
  public void create(String code) {
    if (!exists(code)) {
      Tenant tenant = identityService.newTenant(code);
      tenant.setName(messages.get("agency.name", code));
      identityService.saveTenant(tenant);
    }
    openToNetwork(code);
  }

  /**
   * Makes the network-wide groups members of the agency, so that an agency an administrator has
   * just created in Camunda Admin is open to them from its first complaint on. Done by the
   * system, whoever records the complaint: a reception user may not change memberships.
   */
  public void openToNetwork(String agency) {
    asTheEngine.run(() -> addMissingNetworkGroups(agency));
  }

  private void addMissingNetworkGroups(String agency) {
    Set<String> members = identityService.createGroupQuery().memberOfTenant(agency).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    networkGroups.stream()
        .filter(group -> !members.contains(group))
        .forEach(group -> identityService.createTenantGroupMembership(agency, group));
  }
}
