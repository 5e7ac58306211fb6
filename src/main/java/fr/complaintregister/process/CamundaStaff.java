package fr.complaintregister.process;

import fr.complaintregister.notification.Staff;
import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMailSettings;
import fr.complaintregister.notification.StaffMember;
import fr.complaintregister.notification.StaffTask;
import fr.complaintregister.security.Agencies;
import fr.complaintregister.security.AsTheEngine;
import fr.complaintregister.security.Role;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Staff and their open tasks as the engine holds them, read as the system (mail is the system's
 * work). A task is for its assignee; unassigned, for the members of its agency among its candidate
 * users and the groups it is meant for ({@link Role#addressedAmong}); when none of them can be told,
 * the next ones are (see {@link StaffTask#otherwise()}).
 */
@Component
class CamundaStaff implements Staff {

  /** The tasks each alert is about: the work the deadline waits for, or the direction's task once it has passed. */
  private static final Map<StaffAlert, List<String>> ALERTED_TASKS = Map.of(
      StaffAlert.ACKNOWLEDGEMENT_REMINDER, List.of("Task_AcknowledgeComplaint"),
      StaffAlert.ACKNOWLEDGEMENT_ESCALATION, List.of("Task_HandleLateAcknowledgement"),
      // Still unacknowledged 15 days before the answer is due: the acknowledgement is the work in the way.
      StaffAlert.ANSWER_REMINDER, List.of("Task_AcknowledgeComplaint", "Task_AnswerComplaint", "Task_SignAnswer"),
      StaffAlert.ANSWER_ESCALATION, List.of("Task_HandleLateAnswer"),
      StaffAlert.ACTION_REMINDER, List.of("Task_CarryOutAction"),
      StaffAlert.ACTION_ESCALATION, List.of("Task_HandleLateAction"));

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Agencies agencies;
  private final AsTheEngine asTheEngine;
  private final String tasklistTask;

  CamundaStaff(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
               Agencies agencies, AsTheEngine asTheEngine, StaffMailSettings settings,
               @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.agencies = agencies;
    this.asTheEngine = asTheEngine;
    this.tasklistTask = settings.appUrl().replaceAll("/+$", "") + webappPath + "/app/tasklist/default/#/?task=";
  }

  @Override
  public List<StaffTask> tasksAlerted(StaffAlert alert, String reference) {
    return staffTasks(query -> query.processInstanceBusinessKey(reference)
        .taskDefinitionKeyIn(ALERTED_TASKS.get(alert).toArray(String[]::new)).orderByTaskCreateTime().asc());
  }

  @Override
  public List<StaffTask> dueBefore(LocalDate day) {
    return staffTasks(query -> query.dueBefore(Date.from(day.atStartOfDay(ProcessConfiguration.PARIS).toInstant()))
        .orderByDueDate().asc().orderByTaskCreateTime().asc());
  }

  @Override
  public List<StaffTask> openAmong(Collection<String> taskIds) {
    return taskIds.isEmpty() ? List.of()
        : staffTasks(query -> query.taskIdIn(taskIds.toArray(String[]::new)).orderByDueDate().asc().orderByTaskCreateTime().asc());
  }

  @Override
  public Optional<StaffMember> member(String userId) {
    return asTheEngine.call(() -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
        .map(CamundaStaff::member));
  }

  /** The tasks of the processes' instances (not a task an administrator created by hand in Tasklist). */
  private List<StaffTask> staffTasks(Function<TaskQuery, TaskQuery> query) {
    return asTheEngine.call(() -> {
      List<Task> tasks = query.apply(taskService.createTaskQuery()).list().stream()
          .filter(task -> task.getProcessInstanceId() != null).toList();
      Map<String, String> references = references(tasks);
      Directory directory = new Directory();
      return tasks.stream().map(task -> directory.staffTask(task, references.get(task.getProcessInstanceId()))).toList();
    });
  }

  /** The order number of each task's complaint or action, read in one query. */
  private Map<String, String> references(List<Task> tasks) {
    Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    return instanceIds.isEmpty() ? Map.of() : runtimeService.createProcessInstanceQuery()
        .processInstanceIds(instanceIds).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  private static StaffMember member(User user) {
    return new StaffMember(user.getId(), Agencies.fullName(user), user.getEmail());
  }


  /** The users and memberships one listing needs, each read once. */
  private class Directory {

    private final Map<String, StaffMember> users = new HashMap<>();
    private final Map<String, List<String>> groupMembers = new HashMap<>();
    private final Map<String, Set<String>> agencyMembers = new HashMap<>();

    StaffMember user(String userId) {
      return users.computeIfAbsent(userId, id -> Optional.ofNullable(identityService.createUserQuery().userId(id).singleResult())
          .map(CamundaStaff::member).orElse(new StaffMember(id, id, null)));
    }

    /**
     * A taken task is for its assignee, and otherwise for those it is meant for; an untaken one is for those it is meant
     * for, and otherwise for all who may take it.
     */
    StaffTask staffTask(Task task, String reference) {
      List<IdentityLink> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
      List<String> users = candidates.stream().map(IdentityLink::getUserId).filter(id -> id != null).toList();
      List<String> groups = candidates.stream().map(IdentityLink::getGroupId).filter(id -> id != null).toList();
      List<StaffMember> meantFor = inAgency(task, users, Role.addressedAmong(groups));
      StaffMember assignee = task.getAssignee() == null ? null : user(task.getAssignee());
      List<StaffMember> addressees = assignee != null ? List.of(assignee) : meantFor;
      List<StaffMember> otherwise = assignee != null && !meantFor.isEmpty() ? meantFor : inAgency(task, users, Role.actingAmong(groups));
      return new StaffTask(task.getId(), task.getName(), reference, EngineDates.parisTime(task.getDueDate()), tasklistTask + task.getId(),
          assignee, addressees, otherwise);
    }

    private List<StaffMember> inAgency(Task task, List<String> users, List<String> groups) {
      return Stream.concat(users.stream(), groups.stream().flatMap(group -> members(group).stream()))
          .distinct()
          .filter(userId -> task.getTenantId() == null || agencyMembers.computeIfAbsent(task.getTenantId(), agencies::memberIds).contains(userId))
          .map(this::user).toList();
    }

    private List<String> members(String group) {
      return groupMembers.computeIfAbsent(group, id -> identityService.createUserQuery().memberOfGroup(id).list().stream()
          .map(user -> users.computeIfAbsent(user.getId(), any -> member(user)).id()).toList());
    }
  }
}
