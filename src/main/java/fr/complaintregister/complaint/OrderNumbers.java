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

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String agency, int year) {
    createCounterIfAbsent(agency, year);
    // The update locks the counter row until the recording commits: concurrent recordings queue here.
    jdbc.update("UPDATE order_counter SET last_number = last_number + 1 WHERE agency = ? AND reception_year = ?",
        agency, year);
    return jdbc.queryForObject("SELECT last_number FROM order_counter WHERE agency = ? AND reception_year = ?",
        Integer.class, agency, year);
  }

  /** The first recording of a year races others to create the counter; losing must not abort the transaction. */
  private void createCounterIfAbsent(String agency, int year) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO order_counter (agency, reception_year, last_number) SELECT ?, ?, 0 "
              + "WHERE NOT EXISTS (SELECT 1 FROM order_counter WHERE agency = ? AND reception_year = ?)",
          agency, year, agency, year));
    } catch (DuplicateKeyException alreadyCreated) {
      // another recording created it first: the savepoint was rolled back, carry on
    }
  }

  static String format(int year, String agency, int sequence) {
    return String.format("%02d.%s.%03d", year % 100, agency, sequence);
  }
}
