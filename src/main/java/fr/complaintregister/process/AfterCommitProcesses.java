package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.security.AsTheEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts a small process whose first step is an asynchronous job (a mail): it runs once the
 * caller's transaction commits, with retries of its own. Started as the engine, the caller's right
 * checked before, in the agency's tenant, under the order number of its complaint or action.
 */
@Component
class AfterCommitProcesses {

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;

  AfterCommitProcesses(RuntimeService runtimeService, AsTheEngine asTheEngine) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
  }

  void start(String processKey, String reference, String agency, String variable, Object value) {
    asTheEngine.run(() -> runtimeService.createProcessInstanceByKey(processKey)
        .businessKey(reference)
        .setVariable(ProcessVariables.ORDER_NUMBER, reference)
        .setVariable(ComplaintForm.AGENCY, agency)
        .setVariable(variable, value)
        .execute());
  }
}
