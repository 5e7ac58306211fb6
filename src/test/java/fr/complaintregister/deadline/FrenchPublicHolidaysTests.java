package fr.complaintregister.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPublicHolidaysTests {

  @ParameterizedTest(name = "{0}: holiday {1}, in Alsace-Moselle {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # day      | holiday | in Alsace-Moselle | which
      2026-01-01 | true    | true              | Jour de l'an
      2026-04-03 | false   | true              | Vendredi saint
      2026-04-05 | false   | false             | Pâques (a Sunday, not a counted holiday)
      2026-04-06 | true    | true              | Lundi de Pâques
      2026-05-01 | true    | true              | Fête du travail
      2026-05-08 | true    | true              | Victoire 1945
      2026-05-14 | true    | true              | Ascension
      2026-05-25 | true    | true              | Lundi de Pentecôte
      2026-07-14 | true    | true              | Fête nationale
      2026-08-15 | true    | true              | Assomption
      2026-11-01 | true    | true              | Toussaint
      2026-11-11 | true    | true              | Armistice
      2026-12-25 | true    | true              | Noël
      2026-12-26 | false   | true              | Saint-Étienne
      2026-06-15 | false   | false             | an ordinary Monday
      2027-03-29 | true    | true              | Lundi de Pâques 2027
      2027-05-06 | true    | true              | Ascension 2027
      """)
  void knowsEachPublicHoliday(LocalDate day, boolean holiday, boolean inAlsaceMoselle) {
    assertThat(new FrenchPublicHolidays(false).isHoliday(day)).isEqualTo(holiday);
    assertThat(new FrenchPublicHolidays(true).isHoliday(day)).isEqualTo(inAlsaceMoselle);
  }

  @ParameterizedTest
  @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
      "2038, 2038-04-25", "2285, 2285-03-22"})
  void computesEasterSunday(int year, LocalDate easter) {
    assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
  }
}
