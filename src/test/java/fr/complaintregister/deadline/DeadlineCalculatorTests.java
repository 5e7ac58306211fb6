package fr.complaintregister.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTests {

  private static final String ALSACE = "6701";

  @ParameterizedTest(name = "{0}, received {1} in {2}: acknowledge by {3}, answer by {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # day count | received   | agency | acknowledge by | answer by  | case
      CALENDAR    | 2026-01-31 | 1601   | 2026-02-10     | 2026-03-31 | month end kept
      CALENDAR    | 2025-12-31 | 1601   | 2026-01-10     | 2026-02-28 | year end; 31 Dec + 2 months = 28 Feb
      CALENDAR    | 2027-12-31 | 1601   | 2028-01-10     | 2028-02-29 | leap year
      CALENDAR    | 2026-05-14 | 1601   | 2026-05-24     | 2026-07-14 | holiday and Sunday count, nothing moves
      CALENDAR    | 2026-12-28 | 1601   | 2027-01-07     | 2027-02-28 | due on a Sunday, nothing moves
      OUVRES      | 2026-04-03 | 1601   | 2026-04-20     | 2026-06-03 | weekend and Easter Monday skipped
      OUVRES      | 2026-05-14 | 1601   | 2026-05-29     | 2026-07-13 | Whit Monday skipped; 14 July moves back
      OUVRES      | 2026-12-28 | 1601   | 2027-01-12     | 2027-02-26 | New Year skipped; Sunday moves back to Friday
      OUVRABLES   | 2026-04-03 | 1601   | 2026-04-16     | 2026-06-03 | Saturdays count
      OUVRABLES   | 2026-12-28 | 1601   | 2027-01-09     | 2027-02-27 | Sunday moves back to Saturday
      OUVRES      | 2027-03-12 | 1601   | 2027-03-26     | 2027-05-12 | Good Friday is worked outside Alsace-Moselle
      OUVRES      | 2027-03-12 | 6701   | 2027-03-30     | 2027-05-12 | Good Friday is off in Alsace-Moselle
      """)
  void computesTheLegalDeadlines(DayCount dayCount, LocalDate received, String agency,
                                 LocalDate acknowledgeBy, LocalDate answerBy) {
    DeadlineCalculator calculator = new DeadlineCalculator(new DeadlineSettings(dayCount, 10, 2, Set.of(ALSACE)));

    Deadlines deadlines = calculator.compute(received, agency);

    assertThat(deadlines.acknowledgementDue()).isEqualTo(acknowledgeBy);
    assertThat(deadlines.answerDue()).isEqualTo(answerBy);
  }

  @ParameterizedTest(name = "{0} + 2 working days in {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # from     | agency | due        | case
      2026-02-11 | 1601   | 2026-02-13 | Wednesday to Friday
      2026-04-03 | 1601   | 2026-04-08 | week-end and Easter Monday skipped
      2027-03-25 | 1601   | 2027-03-30 | Good Friday worked outside Alsace-Moselle, Easter Monday off
      2027-03-25 | 6701   | 2027-03-31 | Good Friday off in Alsace-Moselle too
      """)
  void workingDaysSkipWeekEndsAndTheAgencysPublicHolidaysWhateverTheDeadlinesDayCount(LocalDate from, String agency,
                                                                                     LocalDate due) {
    DeadlineCalculator calculator = new DeadlineCalculator(new DeadlineSettings(DayCount.CALENDAR, 10, 2, Set.of(ALSACE)));

    assertThat(calculator.workingDaysAfter(from, 2, agency)).isEqualTo(due);
  }
}
