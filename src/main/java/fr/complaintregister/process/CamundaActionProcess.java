package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.improvement.ActionProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

@Component
class CamundaActionProcess implements ActionProcess {

  static final String PROCESS_KEY = "correctiveAction";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  CamundaActionProcess(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * The register checked the caller's role and agency; the engine starts the process as itself,
   * in the action's agency (its tenant), so that no engine right to start it is handed to anyone.
   */
  @Override
  public void start(String orderNumber, String agency) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.createProcessInstanceByKey(PROCESS_KEY)
          .businessKey(orderNumber)
          .setVariable(ProcessVariables.ORDER_NUMBER, orderNumber)
          .setVariable(ComplaintForm.AGENCY, agency)
          .execute();
    } finally {
      identityService.setAuthentication(caller);
    }
  }
}
