package fr.complaintregister.complaint;

import java.time.LocalDate;
import java.util.function.Function;

/** What a deadline timer reports on the register when it fires. */
public enum DeadlineAlert {
  ACKNOWLEDGEMENT_REMINDER(RegisterEntry::acknowledgementDueDate, false),
  ACKNOWLEDGEMENT_ESCALATION(RegisterEntry::acknowledgementDueDate, true),
  ANSWER_REMINDER(RegisterEntry::answerDueDate, false),
  ANSWER_ESCALATION(RegisterEntry::answerDueDate, true);

  private final Function<RegisterEntry, LocalDate> dueDate;
  private final boolean late;

  DeadlineAlert(Function<RegisterEntry, LocalDate> dueDate, boolean late) {
    this.dueDate = dueDate;
    this.late = late;
  }

  public LocalDate dueDate(RegisterEntry entry) {
    return dueDate.apply(entry);
  }

  /** An escalation means the deadline has passed: the row is marked overdue. */
  boolean late() {
    return late;
  }
}
