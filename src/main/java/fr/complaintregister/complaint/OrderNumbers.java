package fr.complaintregister.complaint;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the sequence of order numbers per agency and year. The counter moves in the
 * transaction that records the complaint, so a rolled-back recording gives its number back:
 * no gap, no duplicate.
 *
 * <p>The number shows the year in two digits, so the counter is kept per two-digit year too:
 * years shown alike (1926 and 2026) share one sequence and never hand out the same number.
 */
@Component
public class OrderNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public OrderNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** @return the next sequence number of the agency for the year of reception */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String agency, int year) {
    int yearOfCentury = yearOfCentury(year);
    createCounterIfAbsent(agency, yearOfCentury);
    // The update locks the counter row until the recording commits: concurrent recordings queue here.
    jdbc.update("UPDATE order_counter SET last_number = last_number + 1 WHERE agency = ? AND year_of_century = ?",
        agency, yearOfCentury);
    return jdbc.queryForObject("SELECT last_number FROM order_counter WHERE agency = ? AND year_of_century = ?",
        Integer.class, agency, yearOfCentury);
  }

  /** An order number taken as it is (an imported register): the next one given in its agency and year comes after it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void raiseTo(String agency, int year, int sequence) {
    int yearOfCentury = yearOfCentury(year);
    createCounterIfAbsent(agency, yearOfCentury);
    jdbc.update("UPDATE order_counter SET last_number = GREATEST(last_number, ?) WHERE agency = ? AND year_of_century = ?",
        sequence, agency, yearOfCentury);
  }

  /** The first recording of a year races others to create the counter; losing must not abort the transaction. */
  private void createCounterIfAbsent(String agency, int yearOfCentury) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO order_counter (agency, year_of_century, last_number) SELECT ?, ?, 0 "
              + "WHERE NOT EXISTS (SELECT 1 FROM order_counter WHERE agency = ? AND year_of_century = ?)",
          agency, yearOfCentury, agency, yearOfCentury));
    } catch (DuplicateKeyException alreadyCreated) {
      // another recording created it first: the savepoint was rolled back, carry on
    }
  }

  public static String format(int year, String agency, int sequence) {
    return String.format("%02d.%s.%03d", yearOfCentury(year), agency, sequence);
  }

  /** The two digits the order number shows, and the counter's key: one function for both, so they cannot disagree. */
  private static int yearOfCentury(int year) {
    return Math.floorMod(year, 100);
  }
}
