package fr.complaintregister.security;

import fr.complaintregister.complaint.ComplaintForm;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * A complaint's process instance belongs to the tenant of its agency, and so do its tasks, jobs,
 * variables and history: the engine then shows them only to that agency's members. The process
 * definition itself is shared by every agency.
 */
@Component
class AgencyTenantProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  /** The submitted agency; when it is missing the recording refuses the form, so no tenant is needed. */
  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    return context.getVariables().get(ComplaintForm.AGENCY) instanceof String agency && !agency.isBlank()
        ? agency.strip() : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  /** A decision taken for a complaint (who is qualified, who must sign) belongs to the complaint's agency. */
  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() == null ? null : context.getExecution().getTenantId();
  }
}
