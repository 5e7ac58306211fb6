package fr.complaintregister.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The follow-up notes of register rows: appended, never changed. */
@Repository
public class FollowUpLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public FollowUpLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public FollowUp add(String orderNumber, String author, String text) {
    LocalDateTime now = LocalDateTime.now(clock);
    FollowUp entry = new FollowUp(now.toLocalDate(), author, text, now);
    jdbc.update(
        "INSERT INTO follow_up (order_number, entry_date, author, entry_text, recorded_at) VALUES (?, ?, ?, ?, ?)",
        orderNumber, entry.entryDate(), author, text, now);
    return entry;
  }

  public List<FollowUp> of(String orderNumber) {
    return jdbc.query(
        "SELECT entry_date, author, entry_text AS text, recorded_at FROM follow_up WHERE order_number = ? ORDER BY id",
        new DataClassRowMapper<>(FollowUp.class), orderNumber);
  }
}
