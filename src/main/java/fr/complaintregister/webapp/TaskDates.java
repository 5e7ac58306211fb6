package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Sets a task's follow-up and due dates for whoever works on it: its assignee, or one of its
 * candidates while nobody took it, in their own agency. The engine would ask for the right to
 * update the whole task, which also hands it to anyone: a handler holds only the right to work on
 * it (TASK_WORK).
 * The update is written under the caller's name in the engine's operation log.
 */
class TaskDates {

  private final ProcessEngineConfigurationImpl engine;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final TaskSettings settings;

  TaskDates(ProcessEngine processEngine, TaskSettings settings) {
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.taskService = processEngine.getTaskService();
    this.identityService = processEngine.getIdentityService();
    this.settings = settings;
  }

  /**
   * @throws TaskUpdateRefused when the caller may not, the update changes more than dates, or it
   *     removes the due date
   */
  void update(String taskId, JsonNode body) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.NOT_WORKING_ON_IT);
    }
    engine.getCommandExecutorTxRequired().execute(context -> {
      withoutChecks(context, () -> update(taskId, body, caller));
      return null;
    });
  }

  private void update(String taskId, JsonNode body, Authentication caller) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.NO_TASK);
    }
    if (task.getTenantId() != null && !tenantsOf(caller).contains(task.getTenantId())) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.OTHER_AGENCY);
    }
    if (!worksOn(task, caller)) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.NOT_WORKING_ON_IT);
    }
    TaskDateChange change;
    try {
      change = TaskDateChange.of(body, task);
    } catch (IllegalArgumentException unreadableDate) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.UNREADABLE_DATE);
    }
    if (!change.otherChanges().isEmpty()) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.NOT_ONLY_DATES);
    }
    if (change.movesDue(task) && !settings.dueDateChangeable()) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.DUE_DATE_FIXED);
    }
    // Without a due date a task would leave "En retard" and "Échéance proche ou dépassée".
    if (change.removesDue(task)) {
      throw new TaskUpdateRefused(TaskUpdateRefused.Reason.DUE_DATE_REQUIRED);
    }
    if (change.movesDue(task)) {
      taskService.setDueDate(taskId, change.due().value());
    }
    if (change.followUp() != null) {
      taskService.setFollowUpDate(taskId, change.followUp().value());
    }
  }

  /** The assignee once someone took the task, else its candidates (users or groups). */
  private boolean worksOn(Task task, Authentication caller) {
    if (task.getAssignee() != null) {
      return caller.getUserId().equals(task.getAssignee());
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
  }

  private static List<String> tenantsOf(Authentication caller) {
    return caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
  }

  /** Our own checks replace the engine's for this command; nested service calls share its context. */
  private static void withoutChecks(CommandContext context, Runnable work) {
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      work.run();
    } finally {
      context.enableTenantCheck();
      context.enableAuthorizationCheck();
    }
  }
}
