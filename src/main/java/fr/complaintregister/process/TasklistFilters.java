package fr.complaintregister.process;

import fr.complaintregister.complaint.Messages;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task filters every user finds in Tasklist on first login, created once. Each lists the
 * complaint's order number beside the task and puts the nearest deadline first.
 */
@Component
class TasklistFilters {

  /** How soon a deadline must be to show under "Échéance proche ou dépassée". */
  private static final String DUE_SOON = "${dateTime().plusDays(3)}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Messages messages;

  TasklistFilters(FilterService filterService, TaskService taskService, Messages messages) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.messages = messages;
  }

  /** A filter, by its message key ({@code filter.<key>}) and the query it runs. */
  private record TaskFilter(String key, Supplier<TaskQuery> query) {
  }

  @EventListener(ApplicationReadyEvent.class)
  void createMissing() {
    List<TaskFilter> filters = List.of(
        new TaskFilter("mine", () -> query().taskAssigneeExpression("${currentUser()}")),
        // Assigned tasks stay listed, so that a task does not vanish from under the user who claims it.
        new TaskFilter("myGroups",
            () -> query().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new TaskFilter("dueSoon", () -> query().dueBeforeExpression(DUE_SOON)),
        new TaskFilter("all", this::query));
    for (int priority = 0; priority < filters.size(); priority++) {
      String name = messages.get("filter." + filters.get(priority).key());
      if (filterService.createFilterQuery().filterName(name).count() == 0) {
        create(name, priority, filters.get(priority).query().get());
      }
    }
  }

  private TaskQuery query() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  private void create(String name, int priority, TaskQuery query) {
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of(
            "priority", priority,
            "refresh", true,
            "showUndefinedVariable", false,
            "variables", List.of(Map.of("name", ProcessVariables.ORDER_NUMBER,
                "label", messages.get("filter.orderNumberColumn")))));
    filterService.saveFilter(filter);
  }
}
