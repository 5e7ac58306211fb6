package fr.complaintregister.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How the days of a deadline are counted. */
public enum DayCount {
  /** Every day counts: the strictest reading of the plan. */
  CALENDAR,
  /** Monday to Saturday, public holidays excepted ("jours ouvrables"). */
  OUVRABLES,
  /** Monday to Friday, public holidays excepted ("jours ouvrés"). */
  OUVRES;

  boolean counts(LocalDate day, FrenchPublicHolidays holidays) {
    return switch (this) {
      case CALENDAR -> true;
      case OUVRABLES -> day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
      case OUVRES -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !holidays.isHoliday(day);
    };
  }
}
