package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.ComplaintProcess;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.WithdrawalKind;
import fr.complaintregister.security.AsTheEngine;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaComplaintProcess implements ComplaintProcess {

  static final String PROCESS_KEY = "complaint";
  static final String WITHDRAWAL_MESSAGE = "ComplaintWithdrawn";

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;
  private final ComplaintHandling handling;
  private final Messages messages;

  CamundaComplaintProcess(RuntimeService runtimeService, AsTheEngine asTheEngine, ComplaintHandling handling,
                          Messages messages) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
    this.handling = handling;
    this.messages = messages;
  }

  @Override
  public String start(Map<String, Object> submittedFields) {
    return RecordingStart.orderNumberOf(runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .setVariables(submittedFields)
        // The API's answer carries the order number and due dates: no receipt task for the caller.
        .setVariable(ProcessVariables.RECEIPT_TO_HAND_OVER, false),
        messages.get("error.access.record"));
  }

  /**
   * Handlers hold no engine right to change a process instance (the engine REST API would let
   * them change anything): the register checked role and agency, so the engine runs this as itself.
   */
  @Override
  public void withdraw(String orderNumber, WithdrawalKind kind, String reason, String withdrawnBy, String replacedBy) {
    asTheEngine.run(() -> {
      // Its own process only: a letter's mail (letterMail) carries the same business key.
      if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(orderNumber).count() == 0) {
        // Its process is gone (an administrator cancelled it in Cockpit): the register alone is written.
        handling.withdraw(orderNumber, kind, reason, withdrawnBy, replacedBy);
        return;
      }
      runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE)
          .processInstanceBusinessKey(orderNumber)
          .setVariable(ProcessVariables.WITHDRAWAL_KIND, kind.name())
          .setVariable(ProcessVariables.WITHDRAWAL_REASON, reason)
          .setVariable(ProcessVariables.WITHDRAWN_BY, withdrawnBy)
          .setVariable(ProcessVariables.REPLACED_BY, replacedBy)
          .correlateWithResult();
    });
  }
}
