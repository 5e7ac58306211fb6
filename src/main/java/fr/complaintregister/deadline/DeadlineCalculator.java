package fr.complaintregister.deadline;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Computes a complaint's deadlines from its reception date, once, at recording. */
@Component
public class DeadlineCalculator {

  private final DeadlineSettings settings;

  public DeadlineCalculator(DeadlineSettings settings) {
    this.settings = settings;
  }

  public Deadlines compute(LocalDate receptionDate, String agency) {
    FrenchPublicHolidays holidays = holidaysOf(agency);
    return new Deadlines(
        addDays(receptionDate, settings.acknowledgementDays(), settings.dayCount(), holidays),
        addMonths(receptionDate, settings.answerMonths(), holidays));
  }

  /** The n-th working day (Monday to Friday, the agency's public holidays excepted) after a day, whatever the deadlines' day count. */
  public LocalDate workingDaysAfter(LocalDate from, int days, String agency) {
    return addDays(from, days, DayCount.OUVRES, holidaysOf(agency));
  }

  private FrenchPublicHolidays holidaysOf(String agency) {
    return new FrenchPublicHolidays(settings.alsaceMoselleAgencies().contains(agency));
  }

  private static LocalDate addDays(LocalDate from, int days, DayCount dayCount, FrenchPublicHolidays holidays) {
    LocalDate day = from;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (dayCount.counts(day, holidays)) {
        counted++;
      }
    }
    return day;
  }

  /** Month arithmetic keeps the day or takes the month's last (31 Dec + 2 months = 28/29 Feb). */
  private LocalDate addMonths(LocalDate from, int months, FrenchPublicHolidays holidays) {
    LocalDate day = from.plusMonths(months);
    while (!settings.dayCount().counts(day, holidays)) {
      day = day.minusDays(1);
    }
    return day;
  }
}
