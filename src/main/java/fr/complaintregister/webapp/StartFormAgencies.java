package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Offers the recorder their own agencies in a start form's agency list (a select whose
 * {@code valuesKey} is {@value #AGENCIES}), the only one chosen in advance. Tasklist gives a
 * start form no data before the instance exists, so the form is completed as it is served.
 */
class StartFormAgencies {

  static final String AGENCIES = "agencies";

  private final ProcessEngineConfigurationImpl engine;
  private final IdentityService identityService;

  StartFormAgencies(ProcessEngine processEngine) {
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.identityService = processEngine.getIdentityService();
  }

  /** @return whether the form holds an agency list, now filled */
  boolean fill(JsonNode form) {
    List<ObjectNode> lists = form.path("components").findParents("valuesKey").stream()
        .filter(component -> AGENCIES.equals(component.path("valuesKey").asText()))
        .map(ObjectNode.class::cast)
        .toList();
    if (lists.isEmpty()) {
      return false;
    }
    List<Tenant> agencies = agenciesOfCaller();
    lists.forEach(list -> {
      list.remove("valuesKey");
      ArrayNode values = list.putArray("values");
      agencies.forEach(agency -> values.addObject().put("label", agency.getName()).put("value", agency.getId()));
      if (agencies.size() == 1) {
        list.put("defaultValue", agencies.get(0).getId());
      }
    });
    return true;
  }

  /** The tenants the caller is a member of, read by the system: a user may not read tenants. */
  private List<Tenant> agenciesOfCaller() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getTenantIds() == null || caller.getTenantIds().isEmpty()) {
      return List.of();
    }
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> identityService.createTenantQuery().tenantIdIn(caller.getTenantIds().toArray(String[]::new))
            .orderByTenantId().asc().list()));
  }
}
