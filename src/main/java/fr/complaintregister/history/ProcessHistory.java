package fr.complaintregister.history;

import fr.complaintregister.history.InstanceHistory.Field;
import fr.complaintregister.history.InstanceHistory.Operation;
import fr.complaintregister.history.InstanceHistory.Step;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * Camunda's history of one process instance, read as the caller (the engine's authorizations and agencies apply):
 * its steps with who claimed and completed them and what they entered, and its log of user operations.
 */
@Component
class ProcessHistory {

  private final HistoryService historyService;
  private final HistoryTexts texts;
  private final Clock clock;

  ProcessHistory(HistoryService historyService, HistoryTexts texts, Clock clock) {
    this.historyService = historyService;
    this.texts = texts;
    this.clock = clock;
  }

  HistoricProcessInstance instance(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  List<Step> steps(String processInstanceId) {
    Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    List<UserOperationLogEntry> operations = operationLog(processInstanceId);
    Map<String, List<Field>> entered = enteredByStep(processInstanceId);
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .filter(activity -> !"multiInstanceBody".equals(activity.getActivityType()))
        .map(activity -> step(activity, tasks.get(activity.getTaskId()), operations, entered))
        .toList();
  }

  List<Operation> operations(String processInstanceId) {
    Map<String, String> taskNames = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, task -> Objects.toString(task.getName(), "")));
    // One operation may log several entries, one per property it changed.
    Map<String, List<UserOperationLogEntry>> byOperation = operationLog(processInstanceId).stream()
        .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
    return byOperation.values().stream().map(entries -> {
      UserOperationLogEntry first = entries.get(0);
      return new Operation(parisTime(first.getTimestamp()), first.getUserId(),
          texts.operation(first.getOperationType(), first.getEntityType()), taskNames.get(first.getTaskId()),
          entries.stream().map(texts::change).filter(Objects::nonNull).toList());
    }).toList();
  }

  private Step step(HistoricActivityInstance activity, HistoricTaskInstance task, List<UserOperationLogEntry> operations,
                    Map<String, List<Field>> entered) {
    Date due = task == null ? null : task.getDueDate();
    return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
        parisTime(activity.getStartTime()), parisTime(activity.getEndTime()), activity.getDurationInMillis(),
        activity.isCanceled(), activity.getAssignee(),
        lastUser(operations, activity.getTaskId(), UserOperationLogEntry.OPERATION_TYPE_CLAIM),
        lastUser(operations, activity.getTaskId(), UserOperationLogEntry.OPERATION_TYPE_COMPLETE),
        parisTime(due), due == null ? null : metBy(due, activity.getEndTime()),
        enteredAt(entered, activity));
  }

  /**
   * What a person entered at a task: its form's values are the task's when submitted through it, its activity
   * instance's when set on its execution. Automatic steps enter nothing a person typed.
   */
  private static List<Field> enteredAt(Map<String, List<Field>> entered, HistoricActivityInstance activity) {
    if (activity.getTaskId() == null) {
      return List.of();
    }
    List<Field> fields = new ArrayList<>(entered.getOrDefault(activity.getId(), List.of()));
    fields.addAll(entered.getOrDefault(activity.getTaskId(), List.of()));
    return fields;
  }

  /** Ended by the due time: met; still open after it: missed; else not known yet. */
  private Boolean metBy(Date due, Date end) {
    if (end != null) {
      return !end.after(due);
    }
    return clock.instant().isAfter(due.toInstant()) ? Boolean.FALSE : null;
  }

  private static String lastUser(List<UserOperationLogEntry> operations, String taskId, String operationType) {
    String user = null;
    for (UserOperationLogEntry entry : operations) {
      if (taskId != null && taskId.equals(entry.getTaskId()) && operationType.equals(entry.getOperationType())) {
        user = entry.getUserId();
      }
    }
    return user;
  }

  /**
   * The form fields set at each step (by task, else by activity instance), each with its last value: a listener may
   * pre-fill a field that the person then changes. Left out: an empty value (a listener empties a note once written
   * to the register), a value the field already had (a form shows the answer again to its signatory), and a task's
   * own variables (the copies of the register that Tasklist shows on it).
   */
  private Map<String, List<Field>> enteredByStep(String processInstanceId) {
    Set<String> taskCopies = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .disableBinaryFetching().list().stream().filter(variable -> variable.getTaskId() != null)
        .map(HistoricVariableInstance::getId).collect(Collectors.toSet());
    Map<String, Object> lastValues = new HashMap<>();
    Map<String, Map<String, Field>> byStep = new HashMap<>();
    for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().disableBinaryFetching().orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      Object value = update.getValue();
      Object previous = lastValues.put(update.getVariableName(), value);
      if (value == null || "".equals(value) || value.equals(previous) || taskCopies.contains(update.getVariableInstanceId())) {
        continue;
      }
      String step = update.getTaskId() != null ? update.getTaskId() : update.getActivityInstanceId();
      texts.entered(update.getVariableName(), value).ifPresent(field -> byStep
          .computeIfAbsent(step, any -> new LinkedHashMap<>()).put(update.getVariableName(), field));
    }
    return byStep.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue().values())));
  }

  private List<UserOperationLogEntry> operationLog(String processInstanceId) {
    return historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .orderByTimestamp().asc().list();
  }

  LocalDateTime parisTime(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
  }
}
