package fr.complaintregister.process;

import fr.complaintregister.complaint.OpenTasks;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The engine's open tasks of a complaint, read with the caller's authentication: its authorizations and tenants apply. */
@Component
class CamundaOpenTasks implements OpenTasks {

  private final TaskService taskService;

  CamundaOpenTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public List<OpenTask> of(String orderNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(orderNumber).orderByTaskCreateTime().asc().list()
        .stream().map(CamundaOpenTasks::openTask).toList();
  }

  private static OpenTask openTask(Task task) {
    return new OpenTask(task.getId(), task.getName(), task.getAssignee(), EngineDates.parisTime(task.getDueDate()));
  }

}
