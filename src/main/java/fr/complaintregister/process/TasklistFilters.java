package fr.complaintregister.process;

import fr.complaintregister.complaint.Messages;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The task filters every user finds in Tasklist on first login, created once by name. Each shows
 * on the task cards the complaint's order number, client and subject, and puts the nearest
 * deadline first. At every start, each filter bearing one of these names (of an earlier version,
 * or made or changed by an administrator) gets back those of the three columns it lacks; its query
 * and its other settings and columns are kept.
 */
@Component
class TasklistFilters {

  /** How soon a deadline must be to show under "Échéance proche ou dépassée". */
  private static final String DUE_SOON = "${dateTime().plusDays(3)}";
  private static final String NOW = "${now()}";
  /**
   * The variables shown on each task card (display copies, see {@code ShowComplaintSummaryListener}),
   * labelled by {@code filter.column.<name>}.
   */
  private static final List<String> COLUMNS =
      List.of(ProcessVariables.ORDER_NUMBER, ProcessVariables.CLIENT_NAME, ProcessVariables.SUBJECT);

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
        new TaskFilter("overdue", () -> query().dueBeforeExpression(NOW)),
        new TaskFilter("all", this::query));
    for (int priority = 0; priority < filters.size(); priority++) {
      String name = messages.get("filter." + filters.get(priority).key());
      List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
      if (existing.isEmpty()) {
        create(name, priority, filters.get(priority).query().get());
      }
      existing.forEach(this::addMissingColumns);
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
            "variables", columns(List.of())));
    filterService.saveFilter(filter);
  }

  private void addMissingColumns(Filter filter) {
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    List<?> columns = properties.get("variables") instanceof List<?> list ? list : List.of();
    List<Object> completed = columns(columns);
    if (completed.size() > columns.size()) {
      properties.put("variables", completed);
      filterService.saveFilter(filter.setProperties(properties));
    }
  }

  /** The columns given, followed by ours that they lack. */
  private List<Object> columns(List<?> existing) {
    List<Object> columns = new ArrayList<>(existing);
    COLUMNS.stream()
        .filter(name -> existing.stream().noneMatch(column -> column instanceof Map<?, ?> map && name.equals(map.get("name"))))
        .forEach(name -> columns.add(Map.of("name", name, "label", messages.get("filter.column." + name))));
    return columns;
  }
}
