package fr.complaintregister.complaint;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The corrections of register rows: appended, never changed. */
@Repository
public class CorrectionLog {

  private final JdbcTemplate jdbc;

  public CorrectionLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(String orderNumber, Correction correction) {
    jdbc.update("""
        INSERT INTO correction (order_number, field_name, old_value, new_value, corrected_by, corrected_at)
        VALUES (?, ?, ?, ?, ?, ?)""",
        orderNumber, correction.field(), correction.from(), correction.to(), correction.by(), correction.at());
  }

  public List<Correction> of(String orderNumber) {
    return jdbc.query("""
        SELECT field_name, old_value, new_value, corrected_by, corrected_at FROM correction
        WHERE order_number = ? ORDER BY id""",
        (row, index) -> new Correction(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getTimestamp(5).toLocalDateTime()),
        orderNumber);
  }
}
