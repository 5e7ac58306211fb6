package fr.complaintregister.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * French public holidays ("jours fériés"), with the two extra days observed in Alsace-Moselle
 * (Good Friday and 26 December) when asked for.
 */
public final class FrenchPublicHolidays {

  private static final Set<MonthDay> FIXED = Set.of(
      MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
      MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
  private static final MonthDay SAINT_STEPHEN = MonthDay.of(12, 26);

  private static final int EASTER_MONDAY = 1;
  private static final int ASCENSION = 39;
  private static final int WHIT_MONDAY = 50;
  private static final int GOOD_FRIDAY = -2;

  private final boolean alsaceMoselle;

  public FrenchPublicHolidays(boolean alsaceMoselle) {
    this.alsaceMoselle = alsaceMoselle;
  }

  public boolean isHoliday(LocalDate day) {
    MonthDay monthDay = MonthDay.from(day);
    if (FIXED.contains(monthDay) || alsaceMoselle && monthDay.equals(SAINT_STEPHEN)) {
      return true;
    }
    long daysAfterEaster = easterSunday(day.getYear()).until(day, java.time.temporal.ChronoUnit.DAYS);
    return daysAfterEaster == EASTER_MONDAY || daysAfterEaster == ASCENSION
        || daysAfterEaster == WHIT_MONDAY || alsaceMoselle && daysAfterEaster == GOOD_FRIDAY;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
