package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.improvement.ActionProcess;
import fr.complaintregister.security.AsTheEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaActionProcess implements ActionProcess {

  static final String PROCESS_KEY = "correctiveAction";

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;

  CamundaActionProcess(RuntimeService runtimeService, AsTheEngine asTheEngine) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
  }

  /**
   * The register checked the caller's role and agency; the engine starts the process as itself,
   * in the action's agency (its tenant), so that no engine right to start it is handed to anyone.
   */
  @Override
  public String start(String orderNumber, String agency) {
    return asTheEngine.call(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(orderNumber)
        .setVariable(ProcessVariables.ORDER_NUMBER, orderNumber)
        .setVariable(ComplaintForm.AGENCY, agency)
        .execute()
        .getId());
  }
}
