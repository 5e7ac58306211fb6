package fr.complaintregister.process;

import java.time.LocalDate;
import java.util.Date;

/** The instants timers and Tasklist due dates are set to, from a due date that is an inclusive day (Europe/Paris). */
final class DueInstants {

  private DueInstants() {
  }

  /** Escalation comes at midnight after the due day. */
  static Date dayAfter(LocalDate dueDate) {
    return startOf(dueDate.plusDays(1));
  }

  static Date lastMomentOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ProcessConfiguration.PARIS).minusSeconds(1).toInstant());
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ProcessConfiguration.PARIS).toInstant());
  }
}
