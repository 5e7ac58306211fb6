package fr.complaintregister.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The follow-up notes of register rows: appended, never changed. */
@Repository
public class FollowUpLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String table;

  @Autowired
  public FollowUpLog(JdbcTemplate jdbc, Clock clock) {
    this(jdbc, clock, "follow_up");
  }

  /** The same log kept in another table of the same shape: the corrective actions' own. */
  public FollowUpLog(JdbcTemplate jdbc, Clock clock, String table) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.table = table;
  }

  public FollowUp add(String orderNumber, String author, String text) {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    FollowUp entry = new FollowUp(now.toLocalDate(), author, text, now);
    jdbc.update(
        "INSERT INTO " + table + " (order_number, entry_date, author, entry_text, recorded_at) VALUES (?, ?, ?, ?, ?)",
        orderNumber, entry.entryDate(), author, text, entry.recordedAt());
    return entry;
  }

  public List<FollowUp> of(String orderNumber) {
    return jdbc.query(
        "SELECT entry_date, author, entry_text AS text, recorded_at FROM " + table + " WHERE order_number = ? ORDER BY id",
        new DataClassRowMapper<>(FollowUp.class), orderNumber);
  }
}
