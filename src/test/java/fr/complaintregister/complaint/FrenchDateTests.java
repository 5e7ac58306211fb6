package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in words, as letters and mails write them. */
class FrenchDateTests {

  @Test
  void theFirstOfTheMonthIsWrittenAsAnOrdinal() {
    assertThat(FrenchDate.IN_WORDS.format(LocalDate.of(2026, 3, 1))).isEqualTo("1er mars 2026");
    assertThat(FrenchDate.IN_WORDS.format(LocalDate.of(2026, 3, 2))).isEqualTo("2 mars 2026");
    assertThat(FrenchDate.IN_WORDS.format(LocalDate.of(2026, 8, 31))).isEqualTo("31 août 2026");
  }
}
