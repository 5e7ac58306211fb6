package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.security.AsTheEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands an answered complaint's dysfunctions to the quality manager: an analysis of their own, so that the complaint
 * closes on its answer day while the analysis takes its time. It belongs to the complaint's agency, the
 * complaint's tenant.
 */
@Component("reportDysfunctions")
class ReportDysfunctionsDelegate implements JavaDelegate {

  static final String PROCESS_KEY = "dysfunctionAnalysis";

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;

  ReportDysfunctionsDelegate(RuntimeService runtimeService, AsTheEngine asTheEngine) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
  }

  /** As the engine: whoever issued the answer (a signatory) may not start the quality manager's process. */
  @Override
  public void execute(DelegateExecution execution) {
    String orderNumber = OrderNumber.of(execution);
    asTheEngine.run(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(orderNumber)
        .setVariable(ProcessVariables.ORDER_NUMBER, orderNumber)
        .setVariable(ComplaintForm.AGENCY, execution.getTenantId())
        .execute());
  }
}
