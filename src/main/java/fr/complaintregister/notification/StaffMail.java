package fr.complaintregister.notification;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.DeadlineAlert;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.notification.Mailer.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to staff: an alert to whoever the tasks of a complaint or corrective action are for when
 * a deadline nears or passes, and each person's daily digest of what falls due. Composed when it
 * is sent, so a retry tells of the tasks as they are then; each task links to Tasklist.
 */
@Service
public class StaffMail {

  private static final Logger log = LoggerFactory.getLogger(StaffMail.class);

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

  /** Tells whoever the alerted tasks are for; the follow-up log of the complaint or action names them. */
  @Transactional
  public void sendAlert(StaffAlert alert, String reference) {
    List<StaffTask> tasks = staff.tasksAlerted(alert, reference);
    List<StaffMember> recipients = reachable(tasks.stream().flatMap(task -> task.addressees().stream()));
    if (recipients.isEmpty()) {
      log.warn("Alert {} for {}: nobody with an email address to tell", alert, reference);
      return;
    }
    String dueDate = dueDate(alert, reference).format(FrenchDate.IN_WORDS);
    String subject = messages.get("staffMail.subject." + alert.name(), reference, dueDate);
    List<Paragraph> body = new ArrayList<>();
    body.add(Paragraph.of(messages.get("staffMail.greeting")));
    body.add(Paragraph.of(messages.get("staffMail.alert." + alert.name(), reference, dueDate)));
    tasks.forEach(task -> body.add(taskLine(task, messages.get("staffMail.task", task.name(), dueText(task), holder(task)))));
    body.add(Paragraph.of(messages.get("staffMail.signature")));
    mailer.send(addresses(recipients), subject, body, List.of());
    if (mailer.connected()) {
      logOf(alert).add(reference, messages.get("followUp.systemAuthor"), messages.get("followUp.staffMailed", subject, names(recipients)));
    }
  }

  /** Whoever has an email address and an open task falling due in the next days (or overdue), each once. */
  public List<String> digestRecipients() {
    return reachable(staff.dueBefore(digestEnd()).stream().flatMap(task -> task.addressees().stream()))
        .stream().map(StaffMember::id).toList();
  }

  /** The person's digest of the open tasks for them that fall due in the next days; nothing when none is left. */
  public void sendDigest(String userId) {
    StaffMember member = staff.member(userId).filter(StaffMember::reachable).orElse(null);
    List<StaffTask> tasks = staff.dueBefore(digestEnd()).stream().filter(task -> task.isFor(userId)).toList();
    if (member == null || tasks.isEmpty()) {
      return;
    }
    String lastDay = digestEnd().minusDays(1).format(FrenchDate.IN_WORDS);
    List<Paragraph> body = new ArrayList<>();
    body.add(Paragraph.of(messages.get("staffMail.digest.greeting", member.name())));
    body.add(Paragraph.of(messages.get("staffMail.digest.intro", lastDay)));
    tasks.forEach(task -> body.add(taskLine(task,
        messages.get("staffMail.digest.task", task.reference(), task.name(), dueText(task), holder(task)))));
    body.add(Paragraph.of(messages.get("staffMail.signature")));
    mailer.send(List.of(member.email()), messages.get("staffMail.digest.subject", tasks.size(), lastDay), body, List.of());
  }

  /** The digest covers today and the next days: tasks due before the start of the day after. */
  private LocalDate digestEnd() {
    return LocalDate.now(clock).plusDays(settings.digestDays() + 1L);
  }

  private LocalDate dueDate(StaffAlert alert, String reference) {
    return alert.aboutAction()
        ? actions.get(reference).dueDate()
        : DeadlineAlert.valueOf(alert.name()).dueDate(complaints.get(reference));
  }

  private FollowUpLog logOf(StaffAlert alert) {
    return alert.aboutAction() ? actions.log() : complaintLog;
  }

  private Paragraph taskLine(StaffTask task, String text) {
    return new Paragraph(text, settings.taskLink(task.id()));
  }

  private String dueText(StaffTask task) {
    if (task.due() == null) {
      return messages.get("staffMail.task.noDue");
    }
    LocalDate due = task.due().toLocalDate();
    return messages.get(due.isBefore(LocalDate.now(clock)) ? "staffMail.task.overdue" : "staffMail.task.due",
        due.format(FrenchDate.IN_WORDS));
  }

  private String holder(StaffTask task) {
    return task.assignee() == null
        ? messages.get("staffMail.task.unassigned")
        : messages.get("staffMail.task.assignedTo", task.assignee().name());
  }

  private static List<StaffMember> reachable(Stream<StaffMember> members) {
    return members.filter(StaffMember::reachable).distinct().toList();
  }

  private static List<String> addresses(Collection<StaffMember> members) {
    return members.stream().map(StaffMember::email).toList();
  }

  private static String names(Collection<StaffMember> members) {
    return members.stream().map(member -> member.name() + " <" + member.email() + ">").collect(Collectors.joining(", "));
  }
}
