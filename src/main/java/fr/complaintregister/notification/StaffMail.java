package fr.complaintregister.notification;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.deadline.FrenchPublicHolidays;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.notification.Mailer.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to staff, one mail per person so that an address the server refuses holds up no one else:
 * an alert to whoever the tasks of a complaint or corrective action are for when a deadline nears
 * or passes, and each working morning a digest of what falls due. Composed when it is sent, so a
 * retry tells of the tasks as they are then; each task links to Tasklist.
 */
@Service
public class StaffMail {

  /** The digest follows the national calendar: no mail on a public holiday. */
  private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays(false);

  private final Staff staff;
  private final Mailer mailer;
  private final ComplaintRegister complaints;
  private final FollowUpLog complaintLog;
  private final ActionRegister actions;
  private final Messages messages;
  private final Clock clock;
  private final StaffMailSettings settings;

  StaffMail(Staff staff, Mailer mailer, ComplaintRegister complaints, FollowUpLog complaintLog, ActionRegister actions,
            Messages messages, Clock clock, StaffMailSettings settings) {
    this.staff = staff;
    this.mailer = mailer;
    this.complaints = complaints;
    this.complaintLog = complaintLog;
    this.actions = actions;
    this.messages = messages;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Whom to tell of the alert: whoever its tasks are for and has an address. Nobody when its tasks are done meanwhile;
   * when they are not and nobody can be told, the follow-up log says so.
   */
  @Transactional
  public List<String> alertRecipients(StaffAlert alert, String reference) {
    List<StaffTask> tasks = staff.tasksAlerted(alert, reference);
    List<String> recipients = new ArrayList<>(tasks.stream()
        .flatMap(task -> task.toldOf().stream()).map(StaffMember::id).distinct().toList());
    if (!tasks.isEmpty() && recipients.isEmpty()) {
      logOf(alert).add(reference, messages.get("followUp.systemAuthor"), messages.get("followUp.staffNotMailed"));
    }
    return recipients;
  }

  /** Tells the person of the alert's tasks for them as they are now: nothing when none is left. */
  @Transactional
  public void sendAlert(StaffAlert alert, String reference, String userId) {
    Optional<StaffMember> recipient = reachable(userId);
    List<StaffTask> tasks = staff.tasksAlerted(alert, reference).stream().filter(task -> task.isFor(userId)).toList();
    if (recipient.isEmpty() || tasks.isEmpty()) {
      return;
    }
    StaffMember member = recipient.get();
    String dueDate = dueDate(alert, reference).format(FrenchDate.IN_WORDS);
    List<Paragraph> body = new ArrayList<>();
    body.add(Paragraph.of(messages.get("staffMail.greeting", member.name())));
    body.add(Paragraph.of(messages.get("staffMail.alert." + alert.name(), reference, dueDate)));
    tasks.forEach(task -> body.add(taskLine(task, messages.get("staffMail.task", task.name(), dueText(task), holder(task, userId)))));
    body.add(Paragraph.of(messages.get("staffMail.signature")));
    mailer.send(List.of(member.email()), messages.get("staffMail.subject." + alert.name(), reference, dueDate), body, List.of());
    if (mailer.connected()) {
      logOf(alert).add(reference, messages.get("followUp.systemAuthor"),
          messages.get(alert.escalation() ? "followUp.staffMailed.escalation" : "followUp.staffMailed.reminder", member.name()));
    }
  }

  /** The digests listed on a day: each recipient's task ids. */
  public record Digests(LocalDate day, Map<String, List<String>> taskIds) {
  }

  /**
   * Today's digests, listed once: for each person with an address, the open tasks for them that fall
   * due within the next days or are overdue. None on a public holiday.
   */
  public Digests digests() {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<String>> taskIds = new LinkedHashMap<>();
    if (!HOLIDAYS.isHoliday(today)) {
      staff.dueBefore(digestEnd(today)).forEach(task -> task.toldOf()
          .forEach(member -> taskIds.computeIfAbsent(member.id(), id -> new ArrayList<>()).add(task.id())));
    }
    return new Digests(today, taskIds);
  }

  /**
   * The person's digest of those of its tasks still open and still theirs: nothing when none is left, nor when the
   * digest was listed another day (a retry from Cockpit the next morning would send a stale list).
   */
  public void sendDigest(String userId, List<String> taskIds, LocalDate listedOn) {
    Optional<StaffMember> recipient = reachable(userId);
    List<StaffTask> tasks = staff.openAmong(taskIds).stream().filter(task -> task.isFor(userId)).toList();
    if (recipient.isEmpty() || tasks.isEmpty() || !listedOn.equals(LocalDate.now(clock))) {
      return;
    }
    String lastDay = digestEnd(LocalDate.now(clock)).minusDays(1).format(FrenchDate.IN_WORDS);
    List<Paragraph> body = new ArrayList<>();
    body.add(Paragraph.of(messages.get("staffMail.greeting", recipient.get().name())));
    body.add(Paragraph.of(messages.get("staffMail.digest.intro", lastDay)));
    tasks.forEach(task -> body.add(taskLine(task,
        messages.get("staffMail.digest.task", task.reference(), task.name(), dueText(task), holder(task, userId)))));
    body.add(Paragraph.of(messages.get("staffMail.signature")));
    mailer.send(List.of(recipient.get().email()), messages.get("staffMail.digest.subject", tasks.size(), lastDay), body, List.of());
  }

  /** The digest covers today and the next days: tasks due before the start of the day after. */
  private LocalDate digestEnd(LocalDate today) {
    return today.plusDays(settings.digestDays() + 1L);
  }

  private Optional<StaffMember> reachable(String userId) {
    return staff.member(userId).filter(StaffMember::reachable);
  }

  private LocalDate dueDate(StaffAlert alert, String reference) {
    return alert.aboutAction()
        ? actions.get(reference).dueDate()
        : alert.complaintDeadline().dueDate(complaints.get(reference));
  }

  private FollowUpLog logOf(StaffAlert alert) {
    return alert.aboutAction() ? actions.log() : complaintLog;
  }

  private static Paragraph taskLine(StaffTask task, String text) {
    return new Paragraph(text, task.link());
  }

  private String dueText(StaffTask task) {
    if (task.due() == null) {
      return messages.get("staffMail.task.noDue");
    }
    LocalDate due = task.due().toLocalDate();
    return messages.get(due.isBefore(LocalDate.now(clock)) ? "staffMail.task.overdue" : "staffMail.task.due",
        due.format(FrenchDate.IN_WORDS));
  }

  private String holder(StaffTask task, String recipientId) {
    if (task.assignee() == null) {
      return messages.get("staffMail.task.unassigned");
    }
    return task.assignee().id().equals(recipientId)
        ? messages.get("staffMail.task.yours")
        : messages.get("staffMail.task.assignedTo", task.assignee().name());
  }
}
