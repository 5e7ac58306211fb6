package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.improvement.ActionStatus;
import fr.complaintregister.security.AsTheEngine;
import fr.complaintregister.takeup.TakeUpProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A process started before the step where the row stands rather than at its start event: Camunda opens the enclosing
 * sub-processes with their timers, which read the row's own due dates, so a late row is escalated when its job runs.
 */
@Component
class CamundaTakeUp implements TakeUpProcess {

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;

  CamundaTakeUp(RuntimeService runtimeService, AsTheEngine asTheEngine) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
  }

  /**
   * An acknowledged complaint starts before the choice of the qualified handlers, so that its answer task gets them as
   * candidates. A sheet keeps no signature: an answer awaiting one is written and signed again in the tool.
   */
  @Override
  public String complaint(String orderNumber, String agency, ComplaintStatus status) {
    String step = switch (status) {
      case AWAITING_ACKNOWLEDGEMENT -> "Task_AcknowledgeComplaint";
      case IN_PROGRESS, AWAITING_SIGNATURE -> "Task_DetermineQualifiedHandlers";
      default -> throw new IllegalArgumentException("No step to take up a complaint " + status);
    };
    return start(CamundaComplaintProcess.PROCESS_KEY, orderNumber, agency, step, Map.of(
        ProcessVariables.ANSWERED_AT_ONCE, false, ProcessVariables.RECEIPT_TO_HAND_OVER, false));
  }

  @Override
  public String review(String orderNumber, String agency) {
    return start(CamundaReviewProcess.PROCESS_KEY, orderNumber, agency, "Task_ExamineReview",
        Map.of(ProcessVariables.NEGATIVE_REVIEW, true));
  }

  @Override
  public String action(String orderNumber, String agency, ActionStatus status) {
    String step = switch (status) {
      case DECIDED, IN_PROGRESS -> "Task_CarryOutAction";
      case CHECKING -> "Task_CheckEffectiveness";
      case CLOSED -> throw new IllegalArgumentException("No step to take up a closed action");
    };
    return start(CamundaActionProcess.PROCESS_KEY, orderNumber, agency, step, Map.of());
  }

  private String start(String processKey, String orderNumber, String agency, String step, Map<String, Object> variables) {
    return asTheEngine.call(() -> runtimeService.createProcessInstanceByKey(processKey)
        .businessKey(orderNumber)
        .setVariables(variables)
        .setVariable(ProcessVariables.ORDER_NUMBER, orderNumber)
        .setVariable(ComplaintForm.AGENCY, agency)
        .startBeforeActivity(step)
        .execute()
        .getId());
  }
}
