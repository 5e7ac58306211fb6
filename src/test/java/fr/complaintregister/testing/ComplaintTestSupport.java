package fr.complaintregister.testing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintService;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.register.RegisterListing;
import fr.complaintregister.register.RegisterPage;
import fr.complaintregister.register.RegisterQuery;
import fr.complaintregister.security.Agencies;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Small helpers to write process scenarios as a user would tell them: a complaint received on a
 * day, the clock moved on, a task completed by someone.
 */
@ProcessApplicationTest
public abstract class ComplaintTestSupport {

  protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  protected static final String DEMO_AGENCY = "1601";
  private static final AtomicInteger AGENCIES = new AtomicInteger();

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected ComplaintService complaints;
  @Autowired protected ComplaintRegister register;
  @Autowired protected RegisterListing listing;
  @Autowired protected FollowUpLog followUps;
  @Autowired protected IdentityService identityService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected Agencies agencies;

  @BeforeEach
  void initProcessAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    BpmnAwareTests.reset();
  }

  /**
   * An agency of its own for each test, so that its order numbers start at 001, staffed like the
   * demo's agency 1601 (alice at reception, bruno handling, sophie signing).
   */
  protected String newAgency() {
    String agency = String.format("T%04d", AGENCIES.incrementAndGet());
    agencies.create(agency);
    identityService.createUserQuery().memberOfTenant(DEMO_AGENCY).list()
        .forEach(user -> identityService.createTenantUserMembership(agency, user.getId()));
    return agency;
  }

  protected static void clockAt(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant()));
  }

  protected static Date parisTime(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant());
  }

  /** A complete, valid recording form. */
  public static Map<String, Object> complaintForm(String agency, String receptionDate) {
    Map<String, Object> form = new HashMap<>();
    form.put("clientName", "Jeanne Dupont");
    form.put("receptionDate", receptionDate);
    form.put("subject", "Leçon de conduite annulée sans prévenir");
    form.put("productOrService", "Forfait permis B 20 heures");
    form.put("productCategory", "FORMATION");
    form.put("agency", agency);
    form.put("origin", "FS");
    form.put("channel", "courrier");
    form.put("clientAddress", "3 rue des Lilas, 16000 Angoulême");
    form.put("answeredAtOnce", false);
    return form;
  }

  /** An accepted answer with a commercial gesture of so many euros (none for 0), as the answer form submits it. */
  protected static Map<String, Object> acceptedWithGesture(int euros) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("outcome", "ACCEPTED");
    answer.put("answerText", "La leçon annulée vous est rendue.");
    answer.put("commercialGesture", euros == 0 ? null : "Remboursement partiel");
    answer.put("commercialGestureAmount", euros);
    return answer;
  }

  /** Records the complaint as the reception user alice, through the domain service. */
  protected ProcessInstance record(Map<String, Object> form) {
    return record(form, "alice");
  }

  protected ProcessInstance record(Map<String, Object> form, String recorder) {
    String orderNumber = as(recorder, () -> complaints.record(form).orderNumber());
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
  }

  protected ProcessInstance receivedOn(String agency, String receptionDate) {
    return record(complaintForm(agency, receptionDate));
  }

  protected void completeAs(String userId, Task task, Map<String, Object> variables) {
    as(userId, () -> {
      taskService.complete(task.getId(), variables);
      return null;
    });
  }

  /** The handler bruno acknowledges the complaint, with no comment. */
  protected void acknowledge(ProcessInstance complaint) {
    completeAs("bruno", BpmnAwareTests.task(complaint), Map.of());
  }

  /** Runs the action as the user, with their groups and agencies, as the webapps and REST API authenticate them. */
  protected <T> T as(String userId, Callable<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The register listing's first rows of one agency, as a reader of every agency finds them. */
  protected RegisterPage listed(String agency, String status, String text) {
    return listing.search(new RegisterQuery(null, agency, null, status, text, 0, 10, false, null), AgencyScope.every());
  }

  protected RegisterEntry row(ProcessInstance instance) {
    return register.get(instance.getBusinessKey());
  }

  protected List<String> followUpTexts(ProcessInstance instance) {
    return followUps.of(instance.getBusinessKey()).stream().map(FollowUp::text).toList();
  }

  protected List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
  }

  protected Job timer(ProcessInstance instance, String timerId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId).singleResult();
  }

  /** Executes the timers of the instance that are due at the engine's current time, earliest first, as the job executor would. */
  protected void fireDueTimers(ProcessInstance instance) {
    managementService.createJobQuery().processInstanceId(instance.getId()).executable().orderByJobDuedate().asc().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  protected static LocalDate date(String isoDate) {
    return LocalDate.parse(isoDate);
  }
}
