package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMailing;
import fr.complaintregister.security.AsTheEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * One small process per alert (bpmn/staff-mail.bpmn), like a letter's mail: its send task is a job
 * of its own with retries, after the timer's transaction commits, in the agency's tenant.
 */
@Component
class CamundaStaffMailing implements StaffMailing {

  static final String PROCESS_KEY = "staffMail";
  static final String ALERT = "alert";

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;

  CamundaStaffMailing(RuntimeService runtimeService, AsTheEngine asTheEngine) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
  }

  @Override
  public void mailAfterCommit(StaffAlert alert, String reference, String agency) {
    asTheEngine.run(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(reference)
        .setVariable(ProcessVariables.ORDER_NUMBER, reference)
        .setVariable(ComplaintForm.AGENCY, agency)
        .setVariable(ALERT, alert.name())
        .execute());
  }
}
