package fr.complaintregister.history;

import java.time.LocalDate;

/** Deadlines are days in Europe/Paris, inclusive, for the register's deadlines and the tasks' alike. */
final class DueDays {

  private DueDays() {
  }

  /**
   * Met when done by the due day; missed when not done and the due day passed before the work stopped (closed,
   * canceled) or before today; else null: it may still be met, or nothing was owed any more by then.
   *
   * @param stoppedOn the day the work stopped without being done, or null while it goes on
   */
  static Boolean met(LocalDate due, LocalDate done, LocalDate stoppedOn, LocalDate today) {
    if (done != null) {
      return !done.isAfter(due);
    }
    return (stoppedOn != null ? stoppedOn : today).isAfter(due) ? Boolean.FALSE : null;
  }
}
