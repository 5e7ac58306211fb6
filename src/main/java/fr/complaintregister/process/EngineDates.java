package fr.complaintregister.process;

import java.time.LocalDateTime;
import java.util.Date;

/** The engine's dates (instants) as the register's readers read them: Europe/Paris wall-clock times. */
public final class EngineDates {

  private EngineDates() {
  }

  /** @return the Paris time of the date, or null for none (a task without due date, a step still open) */
  public static LocalDateTime parisTime(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ProcessConfiguration.PARIS);
  }
}
