package fr.complaintregister.security;

import fr.complaintregister.complaint.AgencyDirectory;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Agencies are Camunda tenants, one per agency code: a complaint, its tasks and its history
 * belong to its agency's tenant, and only the tenant's members see them. The network-wide groups
 * (direction, quality, auditors by default) are made members of every agency.
 */
@Component
public class Agencies implements AgencyDirectory {

  private final IdentityService identityService;
  private final Messages messages;
  private final List<String> networkGroups;

  public Agencies(IdentityService identityService, Messages messages, AgencySettings settings) {
    this.identityService = identityService;
    this.messages = messages;
    this.networkGroups = settings.networkGroups();
  }

  /** Asked by the system or an administrator, whom tenant queries do not restrict. */
  @Override
  public boolean exists(String agency) {
    return identityService.createTenantQuery().tenantId(agency).count() > 0;
  }

  /** Creates the agency's tenant unless it exists, open to the network-wide groups. */
  public void create(String code) {
    if (identityService.createTenantQuery().tenantId(code).count() == 0) {
      Tenant tenant = identityService.newTenant(code);
      tenant.setName(messages.get("agency.name", code));
      identityService.saveTenant(tenant);
    }
    openToNetwork(code);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  void openEveryAgencyToNetwork() {
    identityService.createTenantQuery().list().forEach(tenant -> openToNetwork(tenant.getId()));
  }

  /**
   * Makes the network-wide groups members of the agency, so that an agency an administrator has
   * just created in Camunda Admin is open to them from its first complaint on. Done by the
   * system, whoever records the complaint: a reception user may not change memberships.
   */
  public void openToNetwork(String agency) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      addMissingNetworkGroups(agency);
    } else {
      command.runWithoutAuthorization(() -> {
        addMissingNetworkGroups(agency);
        return null;
      });
    }
  }

  private void addMissingNetworkGroups(String agency) {
    networkGroups.stream()
        .filter(group -> identityService.createTenantQuery().tenantId(agency).groupMember(group).count() == 0)
        .forEach(group -> identityService.createTenantGroupMembership(agency, group));
  }
}
