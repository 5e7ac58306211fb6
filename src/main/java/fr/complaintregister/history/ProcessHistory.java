package fr.complaintregister.history;

import static fr.complaintregister.process.EngineDates.parisTime;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ACTIVATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_PROCESS_DEFINITION;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ASSIGN;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_CLAIM;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELEGATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_RESOLVE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SUSPEND;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION;

import fr.complaintregister.history.InstanceHistory.Comment;
import fr.complaintregister.history.InstanceHistory.Field;
import fr.complaintregister.history.InstanceHistory.Operation;
import fr.complaintregister.history.InstanceHistory.Step;
import fr.complaintregister.history.InstanceHistory.StepState;
import fr.complaintregister.history.InstanceHistory.Verdict;
import fr.complaintregister.process.ProcessComments;
import fr.complaintregister.process.ProcessComments.WrittenComment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * Camunda's history of one process instance and of the others started under its business key (the order number:
 * its letters' mail, its dysfunction analysis, its staff alerts), read as the caller (the engine's authorizations and
 * agencies apply): their steps with who claimed and completed them, what they entered and wrote, and their log of
 * user operations, each tagged with its process.
 *
 * <p>Left out because Camunda's history cannot tie them to one instance: the operations of a batch (job retries,
 * deletion, modification or migration of many instances), logged once for the batch with a count of instances while
 * its jobs run with the log turned off; and a job definition's suspension or retries, logged for the definition.
 */
@Component
class ProcessHistory {

  /** The operations that change who holds a task, each logging its new assignee (an unclaim is a claim of nobody). */
  private static final Set<String> HOLDER_CHANGES =
      Set.of(OPERATION_TYPE_CLAIM, OPERATION_TYPE_ASSIGN, OPERATION_TYPE_DELEGATE, OPERATION_TYPE_RESOLVE);
  /**
   * Suspensions logged for a whole process definition, not for one of its instances: of the definition with its
   * instances, or of all the instances of a definition (Cockpit's "suspend all").
   */
  private static final Set<String> DEFINITION_WIDE_SUSPENSIONS = Set.of(OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION,
      OPERATION_TYPE_ACTIVATE_PROCESS_DEFINITION, OPERATION_TYPE_SUSPEND, OPERATION_TYPE_ACTIVATE);

  private final HistoryService historyService;
  private final ProcessComments processComments;
  private final HistoryTexts texts;
  private final Clock clock;

  ProcessHistory(HistoryService historyService, ProcessComments processComments, HistoryTexts texts,
                 Clock clock) {
    this.historyService = historyService;
    this.processComments = processComments;
    this.texts = texts;
    this.clock = clock;
  }

  HistoricProcessInstance instance(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  /**
   * The steps, operations and comments of the instance and its related instances, each list in time order.
   *
   * @param names the history's lookup of people's names
   */
  Trail trail(HistoricProcessInstance main, UnaryOperator<String> names) {
    List<HistoricProcessInstance> instances = withRelated(main);
    Map<String, List<UserOperationLogEntry>> definitionWide = definitionWideSuspensions(instances);
    Set<String> operationsSeen = new HashSet<>();
    List<Step> steps = new ArrayList<>();
    List<Operation> operations = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      OneInstance one = new OneInstance(instance, names);
      steps.addAll(one.steps());
      // A definition-wide suspension that took several of these instances along is one operation.
      one.operations(definitionWide.getOrDefault(instance.getProcessDefinitionKey(), List.of())).stream()
          .filter(operation -> operationsSeen.add(operation.getKey()))
          .map(Map.Entry::getValue)
          .forEach(operations::add);
      comments.addAll(one.instanceComments());
    }
    // Stable sorts: within one instance the engine's own order stays, the main instance first on a tie.
    steps.sort(Comparator.comparing(Step::start));
    operations.sort(Comparator.comparing(Operation::at));
    comments.sort(Comparator.comparing(Comment::at));
    return new Trail(steps, operations, comments);
  }

  record Trail(List<Step> steps, List<Operation> operations, List<Comment> comments) {
  }

  private List<HistoricProcessInstance> withRelated(HistoricProcessInstance main) {
    List<HistoricProcessInstance> instances = new ArrayList<>(List.of(main));
    if (main.getBusinessKey() != null) {
      historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(main.getBusinessKey())
          .orderByProcessInstanceStartTime().asc().list().stream()
          .filter(instance -> !instance.getId().equals(main.getId()))
          .forEach(instances::add);
    }
    return instances;
  }

  /**
   * The definition-wide suspensions and activations of the instances' definitions, by definition key, over the
   * instances' lifetime: one query for each definition, however many of its instances there are.
   */
  private Map<String, List<UserOperationLogEntry>> definitionWideSuspensions(List<HistoricProcessInstance> instances) {
    Date from = instances.stream().map(HistoricProcessInstance::getStartTime).min(Comparator.naturalOrder()).orElseThrow();
    Map<String, List<UserOperationLogEntry>> byKey = new HashMap<>();
    for (String key : instances.stream().map(HistoricProcessInstance::getProcessDefinitionKey).distinct().toList()) {
      byKey.put(key, historyService.createUserOperationLogQuery().processDefinitionKey(key)
          .entityTypeIn(EntityTypes.PROCESS_DEFINITION, EntityTypes.PROCESS_INSTANCE).afterTimestamp(from)
          .orderByTimestamp().asc().list().stream()
          .filter(entry -> entry.getProcessInstanceId() == null
              && DEFINITION_WIDE_SUSPENSIONS.contains(entry.getOperationType()))
          .toList());
    }
    return byKey;
  }

  /** One process instance's history, read once. */
  private final class OneInstance {

    private final HistoricProcessInstance instance;
    private final UnaryOperator<String> names;
    private final List<UserOperationLogEntry> log;
    private final Map<String, HistoricTaskInstance> tasks;
    private final Map<String, List<Comment>> commentsByTask;

    OneInstance(HistoricProcessInstance instance, UnaryOperator<String> names) {
      this.instance = instance;
      this.names = names;
      this.log = historyService.createUserOperationLogQuery().processInstanceId(instance.getId())
          .orderByTimestamp().asc().list();
      this.tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list().stream()
          .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
      this.commentsByTask = processComments.of(instance.getId(), tasks.keySet()).stream().collect(Collectors.groupingBy(
          comment -> Objects.toString(comment.taskId(), ""), LinkedHashMap::new,
          Collectors.mapping(this::comment, Collectors.toList())));
    }

    List<Step> steps() {
      Map<String, List<Field>> entered = enteredByStep();
      return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
          .filter(activity -> !"multiInstanceBody".equals(activity.getActivityType()))
          .map(activity -> step(activity, entered))
          .toList();
    }

    List<Comment> instanceComments() {
      return commentsByTask.getOrDefault("", List.of());
    }

    /**
     * The instance's own log, one operation for the entries of each (one per property it changed), and the
     * definition-wide suspensions or activations that took it along while it ran, each by its operation id.
     */
    List<Map.Entry<String, Operation>> operations(List<UserOperationLogEntry> definitionWide) {
      List<UserOperationLogEntry> entries = new ArrayList<>(log);
      entries.addAll(tookThisInstanceAlong(definitionWide));
      return entries.stream()
          .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()))
          .entrySet().stream()
          .map(operation -> Map.entry(operation.getKey(), operation(operation.getValue())))
          .toList();
    }

    private Operation operation(List<UserOperationLogEntry> entries) {
      UserOperationLogEntry first = entries.get(0);
      HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
      return new Operation(parisTime(first.getTimestamp()), names.apply(first.getUserId()),
          texts.operation(first.getOperationType(), first.getEntityType()), task == null ? null : task.getName(),
          entries.stream().map(entry -> texts.change(entry, names)).filter(Objects::nonNull).toList(),
          instance.getProcessDefinitionName());
    }

    /**
     * Of the definition-wide entries, those of this instance's definition (by id, or by key for all its versions)
     * logged while it ran; a definition's own suspension only when it took its instances along.
     */
    private List<UserOperationLogEntry> tookThisInstanceAlong(List<UserOperationLogEntry> definitionWide) {
      Map<String, List<UserOperationLogEntry>> byOperation = definitionWide.stream()
          .filter(entry -> instance.getEndTime() == null || entry.getTimestamp().before(instance.getEndTime()))
          .filter(entry -> !entry.getTimestamp().before(instance.getStartTime()))
          .filter(entry -> entry.getProcessDefinitionId() == null
              || entry.getProcessDefinitionId().equals(instance.getProcessDefinitionId()))
          .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
      return byOperation.values().stream()
          .filter(entries -> EntityTypes.PROCESS_INSTANCE.equals(entries.get(0).getEntityType())
              || entries.stream().anyMatch(entry -> "includeProcessInstances".equals(entry.getProperty())
                  && "true".equals(entry.getNewValue())))
          .flatMap(List::stream)
          .toList();
    }

    private Step step(HistoricActivityInstance activity, Map<String, List<Field>> entered) {
      HistoricTaskInstance task = activity.getTaskId() == null ? null : tasks.get(activity.getTaskId());
      Date due = task == null ? null : task.getDueDate();
      StepState state = activity.getEndTime() == null ? StepState.OPEN
          : activity.isCanceled() ? StepState.CANCELED : StepState.DONE;
      return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
          parisTime(activity.getStartTime()), parisTime(activity.getEndTime()), activity.getDurationInMillis(),
          names.apply(activity.getAssignee()), names.apply(claimer(activity.getTaskId())),
          names.apply(lastUser(activity.getTaskId(), OPERATION_TYPE_COMPLETE)), parisTime(due),
          due == null ? null : dueVerdict(day(due), state, activity.getEndTime()), enteredAt(entered, activity), state,
          instance.getId(), instance.getProcessDefinitionName(),
          activity.getTaskId() == null ? List.of() : commentsByTask.getOrDefault(activity.getTaskId(), List.of()));
    }

    /** A step done by its due day met it; one canceled or still open past it missed it. */
    private Verdict dueVerdict(LocalDate dueDay, StepState state, Date end) {
      LocalDate endDay = end == null ? null : day(end);
      return DueDays.verdict(dueDay, state == StepState.DONE ? endDay : null, state == StepState.CANCELED ? endDay : null,
          LocalDate.now(clock));
    }

    /**
     * Who claimed the task for themselves, if the last change of its holder was that claim: an unclaim, an
     * assignment or a delegation since leaves nobody who claimed it (the log names who assigned it to whom).
     */
    private String claimer(String taskId) {
      String claimer = null;
      for (UserOperationLogEntry entry : log) {
        if (taskId != null && taskId.equals(entry.getTaskId()) && HOLDER_CHANGES.contains(entry.getOperationType())
            && "assignee".equals(entry.getProperty())) {
          claimer = OPERATION_TYPE_CLAIM.equals(entry.getOperationType()) ? entry.getNewValue() : null;
        }
      }
      return claimer;
    }

    private String lastUser(String taskId, String operationType) {
      String user = null;
      for (UserOperationLogEntry entry : log) {
        if (taskId != null && taskId.equals(entry.getTaskId()) && operationType.equals(entry.getOperationType())) {
          user = entry.getUserId();
        }
      }
      return user;
    }

    private Comment comment(WrittenComment comment) {
      return new Comment(names.apply(comment.userId()), comment.at(), comment.text());
    }

    /**
     * The form fields set at each step (by task, else by activity instance), each with its last value: a listener
     * may pre-fill a field that the person then changes. Left out: an empty value (a listener empties a note once
     * written to the register), a value the field already had (a form shows the answer again to its signatory), and
     * a task's own variables (the copies of the register that Tasklist shows on it).
     */
    private Map<String, List<Field>> enteredByStep() {
      Set<String> taskCopies = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .disableBinaryFetching().list().stream().filter(variable -> variable.getTaskId() != null)
          .map(HistoricVariableInstance::getId).collect(Collectors.toSet());
      Map<String, Object> lastValues = new HashMap<>();
      Map<String, Map<String, Field>> byStep = new HashMap<>();
      for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
          .variableUpdates().disableBinaryFetching().orderPartiallyByOccurrence().asc().list()) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        Object value = update.getValue();
        Object previous = lastValues.put(update.getVariableName(), value);
        if (value == null || "".equals(value) || value.equals(previous)
            || taskCopies.contains(update.getVariableInstanceId())) {
          continue;
        }
        String step = update.getTaskId() != null ? update.getTaskId() : update.getActivityInstanceId();
        texts.entered(update.getVariableName(), value).ifPresent(field -> byStep
            .computeIfAbsent(step, any -> new LinkedHashMap<>()).put(update.getVariableName(), field));
      }
      return byStep.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue().values())));
    }
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

  private static LocalDate day(Date date) {
    return parisTime(date).toLocalDate();
  }
}
