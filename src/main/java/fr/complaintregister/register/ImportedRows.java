package fr.complaintregister.register;

import fr.complaintregister.complaint.SearchText;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.register.RegisterImport.Imported;
import fr.complaintregister.register.RegisterImport.ImportedAction;
import fr.complaintregister.register.RegisterImport.ImportedRow;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes imported rows into the register as the file has them, with no process: complaints and reviews, then the
 * actions and the rows they answer, then the notes of both.
 */
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

  /**
   * In batches: a year's register is written in a few statements' time, not one round trip per row. The rows are
   * recorded a microsecond apart in the file's order, so that the register lists them in that order within a day,
   * complaints and actions alike (ids do not compare across their two tables).
   */
  void insert(List<Imported> rows, LocalDateTime now) {
    Map<Imported, LocalDateTime> recordedAt = new IdentityHashMap<>();
    for (int index = 0; index < rows.size(); index++) {
      recordedAt.put(rows.get(index), now.plus(index, ChronoUnit.MICROS));
    }
    List<ImportedRow> entries = rows.stream().filter(ImportedRow.class::isInstance).map(ImportedRow.class::cast).toList();
    List<ImportedAction> actions = rows.stream().filter(ImportedAction.class::isInstance).map(ImportedAction.class::cast)
        .toList();
    jdbc.batchUpdate(INSERT, entries.stream().map(row -> values(row, recordedAt.get(row))).toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate("""
            INSERT INTO corrective_action (order_number, agency, decision_year, sequence_number, decision_date,
              decided_by, subject, person_in_charge, due_date, check_date, closure_date, status, overdue, recorded_at,
              search_text)
            VALUES (:orderNumber, :agency, :year, :sequence, :decisionDate, :decidedBy, :subject, :personInCharge,
              :dueDate, :checkDate, :closureDate, :status, FALSE, :recordedAt, :searchText)""",
        actions.stream().map(action -> values(action, recordedAt.get(action))).toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate("INSERT INTO corrective_action_source (action_order_number, source_order_number) "
            + "VALUES (:action, :source)",
        actions.stream().flatMap(action -> action.sources().stream().map(source -> new MapSqlParameterSource(
            "action", action.orderNumber()).addValue("source", source))).toArray(SqlParameterSource[]::new));
    insertNotes("follow_up", entries, now);
    insertNotes("corrective_action_log", actions, now);
  }

  /** The notes of the rows into a log: the complaints' and the actions' are shaped alike. */
  private void insertNotes(String log, List<? extends Imported> rows, LocalDateTime now) {
    jdbc.batchUpdate("INSERT INTO " + log + " (order_number, entry_date, author, entry_text, recorded_at) "
            + "VALUES (:orderNumber, :date, :author, :text, :recordedAt)",
        rows.stream().flatMap(row -> row.notes().stream().map(note -> new MapSqlParameterSource("orderNumber",
                row.orderNumber()).addValue("date", note.date()).addValue("author", note.author())
            .addValue("text", note.text()).addValue("recordedAt", now)))
            .toArray(SqlParameterSource[]::new));
  }

  private static MapSqlParameterSource values(ImportedRow row, LocalDateTime recordedAt) {
    MapSqlParameterSource values = new MapSqlParameterSource("receptionYear", row.numbering().date().getYear())
        .addValue("sequence", row.numbering().sequence())
        .addValue("recordedAt", recordedAt)
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

  private static MapSqlParameterSource values(ImportedAction action, LocalDateTime recordedAt) {
    SheetRow sheet = action.sheet();
    String decidedBy = (String) sheet.get(SheetColumn.ISSUER);
    String subject = (String) sheet.get(SheetColumn.SUBJECT);
    String personInCharge = (String) sheet.get(SheetColumn.HANDLER);
    return new MapSqlParameterSource("orderNumber", action.orderNumber())
        .addValue("agency", action.numbering().agency())
        .addValue("year", action.numbering().date().getYear())
        .addValue("sequence", action.numbering().sequence())
        .addValue("decisionDate", action.numbering().date())
        .addValue("decidedBy", decidedBy)
        .addValue("subject", subject)
        .addValue("personInCharge", personInCharge)
        .addValue("dueDate", sheet.get(SheetColumn.DUE_DATE))
        .addValue("checkDate", sheet.get(SheetColumn.CHECK_DATE))
        .addValue("closureDate", sheet.get(SheetColumn.CLOSURE_DATE))
        .addValue("status", action.status().name())
        .addValue("recordedAt", recordedAt)
        .addValue("searchText", ActionRegister.searchText(action.orderNumber(), decidedBy, subject, personInCharge));
  }
}
