package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Order numbers show the year in two digits: years shown alike must never share a number. */
class OrderNumbersTests extends ComplaintTestSupport {

  @Autowired OrderNumbers orderNumbers;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void yearsAHundredYearsApartShareOneSequenceAndNeverTheSameNumber() {
    String agency = newAgency();

    String in1926 = nextOrderNumber(agency, 1926);
    String in2026 = nextOrderNumber(agency, 2026);
    String in2126 = nextOrderNumber(agency, 2126);

    assertThat(in1926).isEqualTo("26." + agency + ".001");
    assertThat(in2026).isEqualTo("26." + agency + ".002");
    assertThat(in2126).isEqualTo("26." + agency + ".003");
  }

  @Test
  void aYearBeforeTheCommonEraIsShownAndCountedWithTheSameTwoDigits() {
    String agency = newAgency();

    assertThat(nextOrderNumber(agency, -1)).isEqualTo("99." + agency + ".001");
    assertThat(nextOrderNumber(agency, 1999)).isEqualTo("99." + agency + ".002");
  }

  private String nextOrderNumber(String agency, int year) {
    return new TransactionTemplate(transactionManager).execute(status ->
        OrderNumbers.format(year, agency, orderNumbers.next(agency, year)));
  }
}
