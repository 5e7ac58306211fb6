package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;

/**
 * What a task update (the engine REST API's {@code PUT /task/{id}}, which Tasklist sends whole)
 * may change here: its follow-up and due dates. The other fields it carries must be the task's
 * own; an absent field or date is left as it is.
 *
 * @param due the due date sent, {@code null} when absent
 * @param followUp the follow-up date sent, {@code null} when absent
 * @param otherChanges the other fields the update would change (it is then refused)
 */
record TaskDateChange(SentDate due, SentDate followUp, List<String> otherChanges) {

  /** A date the update sends, {@code null} to remove it. */
  record SentDate(Date value) {
  }

  /** The engine REST API's date format, with or without milliseconds, the offset with or without a colon. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");

  /** The fields the engine's update would write besides the dates, as they read on a task. */
  private static final Map<String, Function<Task, Object>> OTHER_FIELDS = Map.of(
      "name", Task::getName,
      "description", Task::getDescription,
      "assignee", Task::getAssignee,
      "owner", Task::getOwner,
      "priority", Task::getPriority,
      "delegationState", task -> task.getDelegationState() == null ? null : task.getDelegationState().name(),
      "parentTaskId", Task::getParentTaskId,
      "caseInstanceId", Task::getCaseInstanceId,
      "tenantId", Task::getTenantId);

  /** @throws IllegalArgumentException when a date is not one */
  static TaskDateChange of(JsonNode body, Task task) {
    List<String> otherChanges = OTHER_FIELDS.entrySet().stream()
        .filter(field -> body.has(field.getKey()) && !sameValue(body.get(field.getKey()), field.getValue().apply(task)))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
    return new TaskDateChange(date(body, "due"), date(body, "followUp"), otherChanges);
  }

  boolean movesDue(Task task) {
    return due != null && !Objects.equals(due.value(), task.getDueDate());
  }

  boolean removesDue(Task task) {
    return due != null && due.value() == null && task.getDueDate() != null;
  }

  private static boolean sameValue(JsonNode sent, Object current) {
    return sent.isNull() ? current == null : current != null && sent.asText().equals(current.toString());
  }

  /** @return the date sent, or {@code null} when the field is absent */
  private static SentDate date(JsonNode body, String field) {
    if (!body.has(field)) {
      return null;
    }
    JsonNode value = body.get(field);
    if (value.isNull()) {
      return new SentDate(null);
    }
    try {
      return new SentDate(Date.from(OffsetDateTime.parse(value.asText(), DATE).toInstant()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field, e);
    }
  }
}
