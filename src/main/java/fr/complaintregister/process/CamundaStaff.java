package fr.complaintregister.process;

import fr.complaintregister.notification.Staff;
import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMember;
import fr.complaintregister.notification.StaffTask;
import fr.complaintregister.security.Agencies;
import fr.complaintregister.security.AsTheEngine;
import fr.complaintregister.security.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Staff and their open tasks as the engine holds them, read as the system (mail is the system's
 * work): a task is for its assignee, or, unassigned, for the members of its agency in the groups it
 * is meant for ({@link Role#addressedAmong}).
 */
@Component
class CamundaStaff implements Staff {

  /** The tasks each alert is about: the work the deadline waits for, or the direction's task once it has passed. */
  private static final Map<StaffAlert, List<String>> ALERTED_TASKS = Map.of(
      StaffAlert.ACKNOWLEDGEMENT_REMINDER, List.of("Task_AcknowledgeComplaint"),
      StaffAlert.ACKNOWLEDGEMENT_ESCALATION, List.of("Task_HandleLateAcknowledgement"),
      StaffAlert.ANSWER_REMINDER, List.of("Task_AnswerComplaint", "Task_SignAnswer"),
      StaffAlert.ANSWER_ESCALATION, List.of("Task_HandleLateAnswer"),
      StaffAlert.ACTION_REMINDER, List.of("Task_CarryOutAction"),
      StaffAlert.ACTION_ESCALATION, List.of("Task_HandleLateAction"));

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final AsTheEngine asTheEngine;

  CamundaStaff(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
               AsTheEngine asTheEngine) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.asTheEngine = asTheEngine;
  }

  @Override
  public List<StaffTask> tasksAlerted(StaffAlert alert, String reference) {
    return asTheEngine.call(() -> staffTasks(taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKeyIn(ALERTED_TASKS.get(alert).toArray(String[]::new)).orderByTaskCreateTime().asc().list()));
  }

  @Override
  public List<StaffTask> dueBefore(LocalDate day) {
    return asTheEngine.call(() -> staffTasks(taskService.createTaskQuery()
        .dueBefore(Date.from(day.atStartOfDay(ProcessConfiguration.PARIS).toInstant()))
        .orderByDueDate().asc().orderByTaskCreateTime().asc().list()));
  }

  @Override
  public Optional<StaffMember> member(String userId) {
    return asTheEngine.call(() -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
        .map(CamundaStaff::member));
  }

  private List<StaffTask> staffTasks(List<Task> tasks) {
    Map<String, String> references = references(tasks);
    Directory directory = new Directory();
    return tasks.stream().map(task -> new StaffTask(task.getId(), task.getName(), references.get(task.getProcessInstanceId()),
        parisTime(task.getDueDate()), task.getAssignee() == null ? null : directory.user(task.getAssignee()),
        directory.addressees(task))).toList();
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

  private static LocalDateTime parisTime(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ProcessConfiguration.PARIS);
  }

  /** The users and memberships one listing needs, each read once. */
  private class Directory {

    private final Map<String, StaffMember> users = new HashMap<>();
    private final Map<String, List<User>> groupMembers = new HashMap<>();
    private final Map<String, Set<String>> userGroups = new HashMap<>();
    private final Map<String, Set<String>> agencyUsers = new HashMap<>();
    private final Map<String, Set<String>> agencyGroups = new HashMap<>();

    StaffMember user(String userId) {
      return users.computeIfAbsent(userId, id -> Optional.ofNullable(identityService.createUserQuery().userId(id).singleResult())
          .map(CamundaStaff::member).orElse(new StaffMember(id, id, null)));
    }

    List<StaffMember> addressees(Task task) {
      if (task.getAssignee() != null) {
        return List.of(user(task.getAssignee()));
      }
      List<String> candidateGroups = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      return Role.addressedAmong(candidateGroups).stream()
          .flatMap(group -> members(group).stream())
          .filter(user -> task.getTenantId() == null || inAgency(user.getId(), task.getTenantId()))
          .map(user -> users.computeIfAbsent(user.getId(), id -> member(user)))
          .distinct().toList();
    }

    private List<User> members(String group) {
      return groupMembers.computeIfAbsent(group, id -> identityService.createUserQuery().memberOfGroup(id).list());
    }

    /** A member of the agency directly, or through one of their groups (the network-wide ones are). */
    private boolean inAgency(String userId, String agency) {
      return agencyUsers.computeIfAbsent(agency, this::directMembers).contains(userId)
          || intersects(groupsOf(userId), agencyGroups.computeIfAbsent(agency, this::memberGroups));
    }

    private Set<String> directMembers(String agency) {
      return identityService.createUserQuery().memberOfTenant(agency).list().stream().map(User::getId).collect(Collectors.toSet());
    }

    private Set<String> memberGroups(String agency) {
      return ids(identityService.createGroupQuery().memberOfTenant(agency).list());
    }

    private Set<String> groupsOf(String userId) {
      return userGroups.computeIfAbsent(userId, id -> ids(identityService.createGroupQuery().groupMember(id).list()));
    }

    private static Set<String> ids(Collection<Group> groups) {
      return groups.stream().map(Group::getId).collect(Collectors.toSet());
    }

    private static boolean intersects(Set<String> some, Set<String> others) {
      return some.stream().anyMatch(others::contains);
    }
  }
}
