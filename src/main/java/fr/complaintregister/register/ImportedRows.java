package fr.complaintregister.register;

import fr.complaintregister.complaint.SearchText;
import fr.complaintregister.register.RegisterImport.ImportedRow;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** Writes imported rows into the register as the file has them, with no process, and their follow-up notes. */
@Repository
class ImportedRows {

  /** The spreadsheet's columns that are the register row's own columns, under the same name. */
  private static final List<SheetColumn> ROW_COLUMNS = Arrays.stream(SheetColumn.values())
      .filter(column -> column.sqlColumn != null && column != SheetColumn.YEAR && column != SheetColumn.CHECK_DATE)
      .toList();
  private static final String INSERT = "INSERT INTO register_entry (reception_year, sequence_number, overdue, "
      + "recorded_at, search_text, " + ROW_COLUMNS.stream().map(column -> column.sqlColumn).collect(Collectors.joining(", "))
      + ") VALUES (:receptionYear, :sequence, FALSE, :recordedAt, :searchText, "
      + ROW_COLUMNS.stream().map(column -> ":" + column.name()).collect(Collectors.joining(", ")) + ")";

  private final NamedParameterJdbcTemplate jdbc;

  ImportedRows(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** In batches: a year's register is written in a few statements' time, not one round trip per row. */
  void insert(List<ImportedRow> rows, LocalDateTime now) {
    jdbc.batchUpdate(INSERT, rows.stream().map(row -> values(row, now)).toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate("""
            INSERT INTO follow_up (order_number, entry_date, author, entry_text, recorded_at)
            VALUES (:orderNumber, :date, :author, :text, :recordedAt)""",
        rows.stream().flatMap(row -> row.notes().stream().map(note -> new MapSqlParameterSource("orderNumber",
                row.orderNumber()).addValue("date", note.date()).addValue("author", note.author())
            .addValue("text", note.text()).addValue("recordedAt", now)))
            .toArray(SqlParameterSource[]::new));
  }

  private static MapSqlParameterSource values(ImportedRow row, LocalDateTime now) {
    MapSqlParameterSource values = new MapSqlParameterSource("receptionYear", row.receptionDate().getYear())
        .addValue("sequence", row.sequence())
        .addValue("recordedAt", now)
        .addValue("searchText", SearchText.of((String) row.sheet().get(SheetColumn.ISSUER),
            (String) row.sheet().get(SheetColumn.SUBJECT), row.orderNumber()));
    ROW_COLUMNS.forEach(column -> values.addValue(column.name(), row.sheet().get(column)));
    values.addValue(SheetColumn.ORIGIN.name(), row.origin().name())
        .addValue(SheetColumn.STATUS.name(), row.status().name())
        .addValue(SheetColumn.OUTCOME.name(), row.outcome() == null ? null : row.outcome().name())
        .addValue(SheetColumn.CHANNEL.name(), row.channel() == null ? null : row.channel().name())
        .addValue(SheetColumn.WITHDRAWAL_KIND.name(), row.withdrawalKind() == null ? null : row.withdrawalKind().name());
    return values;
  }
}
