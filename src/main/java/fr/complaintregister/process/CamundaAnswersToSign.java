package fr.complaintregister.process;

import fr.complaintregister.complaint.Answer;
import fr.complaintregister.complaint.AnswerForm;
import fr.complaintregister.letter.AnswersToSign;
import fr.complaintregister.security.AsTheEngine;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The answer as the signature task holds it, in its execution's local copies (what the signatory submits cannot change it): read as
 * the engine for the person the task is for, the caller's right to the complaint checked before.
 */
@Component
class CamundaAnswersToSign implements AnswersToSign {

  private static final String SIGNATURE_TASK = "Task_SignAnswer";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final AnswerForm form;
  private final AsTheEngine asTheEngine;

  CamundaAnswersToSign(TaskService taskService, RuntimeService runtimeService, AnswerForm form, AsTheEngine asTheEngine) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.form = form;
    this.asTheEngine = asTheEngine;
  }

  /** A signature task of the complaint that the person has taken or may take (through their groups). */
  @Override
  public Optional<Answer> awaiting(String orderNumber, String signatory) {
    return asTheEngine.call(() -> taskService.createTaskQuery().processDefinitionKey(CamundaComplaintProcess.PROCESS_KEY)
        .processInstanceBusinessKey(orderNumber).taskDefinitionKey(SIGNATURE_TASK)
        .or().taskAssignee(signatory).taskCandidateUser(signatory).endOr()
        .list().stream().findFirst()
        .map(task -> form.read(runtimeService.getVariablesLocal(task.getExecutionId()))));
  }
}
