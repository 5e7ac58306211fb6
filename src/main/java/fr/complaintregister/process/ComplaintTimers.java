package fr.complaintregister.process;

import static fr.complaintregister.process.DueInstants.dayAfter;
import static fr.complaintregister.process.DueInstants.lastMomentOf;
import static fr.complaintregister.process.DueInstants.startOf;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.deadline.DeadlineCalculator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The dates of the complaint process's timers and task due dates, read from the deadlines stored
 * on the register row. A due date is an inclusive day: escalation comes at midnight after it.
 */
@Component("complaintTimers")
public class ComplaintTimers {

  private final ComplaintRegister register;
  private final TimerSettings settings;
  private final DeadlineCalculator deadlines;
  private final Clock clock;

  public ComplaintTimers(ComplaintRegister register, TimerSettings settings, DeadlineCalculator deadlines, Clock clock) {
    this.register = register;
    this.settings = settings;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public Date acknowledgementReminder(String orderNumber) {
    return startOf(entry(orderNumber).acknowledgementDueDate().minusDays(settings.acknowledgementReminderDaysBefore()));
  }

  public Date acknowledgementEscalation(String orderNumber) {
    return dayAfter(entry(orderNumber).acknowledgementDueDate());
  }

  /** The Tasklist due date of the acknowledgement: the last moment of its due day. */
  public Date acknowledgementTaskDue(String orderNumber) {
    return lastMomentOf(entry(orderNumber).acknowledgementDueDate());
  }

  public Date answerReminder(String orderNumber) {
    return startOf(entry(orderNumber).answerDueDate().minusDays(settings.answerReminderDaysBefore()));
  }

  public Date answerEscalation(String orderNumber) {
    return dayAfter(entry(orderNumber).answerDueDate());
  }

  public Date answerTaskDue(String orderNumber) {
    return lastMomentOf(entry(orderNumber).answerDueDate());
  }

  /** The Tasklist due date of a "Réclamation en retard" task: the end of the n-th working day after today. */
  public Date lateTaskDue(String orderNumber) {
    return lateTaskDueIn(entry(orderNumber).agency());
  }

  /** The Tasklist due date of a late task of the agency, whatever is late. */
  Date lateTaskDueIn(String agency) {
    return lastMomentOf(deadlines.workingDaysAfter(LocalDate.now(clock), settings.lateTaskWorkingDays(), agency));
  }

  /** Every n days from reception, as an ISO 8601 repeating interval. */
  public String informClientCycle(String orderNumber) {
    LocalDate first = entry(orderNumber).receptionDate().plusDays(settings.informClientEveryDays());
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.atStartOfDay(ProcessConfiguration.PARIS))
        + "/P" + settings.informClientEveryDays() + "D";
  }

  private RegisterEntry entry(String orderNumber) {
    return register.get(orderNumber);
  }
}
