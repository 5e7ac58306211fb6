package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintSummary;
import fr.complaintregister.complaint.OpenTaskCopies;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.security.AsTheEngine;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The register's summary of a complaint and copies of its order number, client and subject, as
 * local variables of each of its tasks: set when a task is created, refreshed after a correction.
 */
@Component
class ComplaintCopies implements OpenTaskCopies {

  static final String SUMMARY = "complaintSummary";

  private final ComplaintRegister register;
  private final ComplaintSummary summary;
  private final TaskService taskService;
  private final AsTheEngine asTheEngine;

  ComplaintCopies(ComplaintRegister register, ComplaintSummary summary, TaskService taskService,
                  AsTheEngine asTheEngine) {
    this.register = register;
    this.summary = summary;
    this.taskService = taskService;
    this.asTheEngine = asTheEngine;
  }

  Map<String, Object> of(String orderNumber) {
    RegisterEntry entry = register.get(orderNumber);
    return Map.of(
        SUMMARY, summary.of(entry),
        ProcessVariables.ORDER_NUMBER, entry.orderNumber(),
        ProcessVariables.CLIENT_NAME, entry.clientName(),
        ProcessVariables.SUBJECT, entry.subject());
  }

  /** As the engine: the corrector may not see every open task (a late complaint's is the direction's). */
  @Override
  public void refresh(String orderNumber) {
    Map<String, Object> copies = of(orderNumber);
    asTheEngine.run(() -> taskService.createTaskQuery().processInstanceBusinessKey(orderNumber).list()
        .forEach(task -> taskService.setVariablesLocal(task.getId(), copies)));
  }
}
