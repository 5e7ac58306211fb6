package fr.complaintregister.history;

import fr.complaintregister.history.InstanceHistory.Verdict;
import java.time.LocalDate;

/** Deadlines are days in Europe/Paris, inclusive, for the register's deadlines and the tasks' alike. */
final class DueDays {

  private DueDays() {
  }

  /**
   * Met when done by the due day; missed when not done and the due day passed before the work stopped (closed,
   * canceled) or before today; else pending while the work goes on, not owed when it stopped before the due day.
   *
   * @param stoppedOn the day the work stopped without being done, or null while it goes on
   */
  static Verdict verdict(LocalDate due, LocalDate done, LocalDate stoppedOn, LocalDate today) {
    if (done != null) {
      return done.isAfter(due) ? Verdict.MISSED : Verdict.MET;
    }
    if ((stoppedOn != null ? stoppedOn : today).isAfter(due)) {
      return Verdict.MISSED;
    }
    return stoppedOn != null ? Verdict.NOT_OWED : Verdict.PENDING;
  }
}
