package fr.complaintregister.register;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.SearchText;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.ActionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register listing: complaint rows (FS, QS) and corrective actions (PA) together, newest first. Each filter
 * becomes a condition on each table, and each table gives its own newest rows up to the page's end through its
 * index before the two are merged: on the union itself, PostgreSQL sorts every matching row of both tables.
 */
@Repository
public class RegisterListing {

  private static final String COMPLAINT_COLUMNS = """
      id, order_number, origin, agency, reception_date, client_name, subject, document_number, status,
      """ + ComplaintRegister.OVERDUE + """
       AS overdue, handler, acknowledgement_due_date, answer_due_date, closure_date, recorded_by, process_instance_id,
      recorded_at""";
  /** In the complaints' columns: the decision date is its date, the decision-maker its "emetteur". */
  private static final String ACTION_COLUMNS = """
      id, order_number, 'PA' AS origin, agency, decision_date AS reception_date, decided_by AS client_name, subject,
      CAST(NULL AS VARCHAR(100)) AS document_number, status, """ + ActionRegister.OVERDUE + """
       AS overdue, person_in_charge AS handler, CAST(NULL AS DATE) AS acknowledgement_due_date,
      due_date AS answer_due_date, closure_date, decided_by AS recorded_by, process_instance_id, recorded_at""";
  /**
   * A complaint that missed a deadline: acknowledged or answered after it, or not by then, whether it is still open,
   * was closed since, or was withdrawn after it without the acknowledgement or answer it was owed by then.
   */
  private static final String DEADLINE_MISSED = """
      (COALESCE(acknowledgement_date, closure_date, :today) > acknowledgement_due_date
        OR COALESCE(answer_date, closure_date, :today) > answer_due_date OR\s""" + ComplaintRegister.OVERDUE + ")";
  /** Every column of the spreadsheet ({@link SheetColumn}), in its order: the tracking columns, then the other fields. */
  private static final String COMPLAINT_SHEET_COLUMNS = """
      reception_year AS sheet_year, reception_date, client_name, order_number, origin, subject, document_number,
      handler, answer_due_date, closure_date, agency, status, channel, product_or_service, product_category,
      other_parties, targeted_persons, client_email, client_address, answered_at_once, acknowledgement_due_date,
      acknowledgement_date, answer_date, outcome, answer_text, recourse_options, commercial_gesture,
      commercial_gesture_amount, dysfunctions, signed_by, signature_date, rating, platform, marked_negative,
      public_reply_text, public_reply_date, public_reply_author, withdrawal_kind, withdrawal_reason, recorded_by,
      CAST(NULL AS DATE) AS check_date, recorded_at, id""";
  private static final String ACTION_SHEET_COLUMNS = """
      decision_year AS sheet_year, decision_date AS reception_date, decided_by AS client_name, order_number,
      'PA' AS origin, subject, CAST(NULL AS VARCHAR(100)) AS document_number, person_in_charge AS handler,
      due_date AS answer_due_date, closure_date, agency, status, CAST(NULL AS VARCHAR(20)) AS channel,
      CAST(NULL AS VARCHAR(500)) AS product_or_service, CAST(NULL AS VARCHAR(50)) AS product_category,
      CAST(NULL AS VARCHAR(1000)) AS other_parties, CAST(NULL AS VARCHAR(1000)) AS targeted_persons,
      CAST(NULL AS VARCHAR(320)) AS client_email, CAST(NULL AS VARCHAR(1000)) AS client_address,
      CAST(NULL AS BOOLEAN) AS answered_at_once, CAST(NULL AS DATE) AS acknowledgement_due_date,
      CAST(NULL AS DATE) AS acknowledgement_date, CAST(NULL AS DATE) AS answer_date,
      CAST(NULL AS VARCHAR(30)) AS outcome, CAST(NULL AS VARCHAR(10000)) AS answer_text,
      CAST(NULL AS VARCHAR(10000)) AS recourse_options, CAST(NULL AS VARCHAR(2000)) AS commercial_gesture,
      CAST(NULL AS DECIMAL(12, 2)) AS commercial_gesture_amount, CAST(NULL AS VARCHAR(10000)) AS dysfunctions,
      CAST(NULL AS VARCHAR(100)) AS signed_by, CAST(NULL AS DATE) AS signature_date, CAST(NULL AS INT) AS rating,
      CAST(NULL AS VARCHAR(100)) AS platform, CAST(NULL AS BOOLEAN) AS marked_negative,
      CAST(NULL AS VARCHAR(4000)) AS public_reply_text, CAST(NULL AS DATE) AS public_reply_date,
      CAST(NULL AS VARCHAR(200)) AS public_reply_author, CAST(NULL AS VARCHAR(30)) AS withdrawal_kind,
      CAST(NULL AS VARCHAR(2000)) AS withdrawal_reason, decided_by AS recorded_by, check_date, recorded_at, id""";
  /** The sheet goes by year (a sheet each), then in the order rows were received. */
  private static final String OLDEST_FIRST_BY_YEAR = " ORDER BY sheet_year, reception_date, recorded_at, id, origin";
  /** Within a day, by the time of recording, which compares across both tables (ids do not). */
  private static final String NEWEST_FIRST = " ORDER BY reception_date DESC, recorded_at DESC, id DESC";
  /** Ids of both tables may meet: the origin keeps the order stable from page to page. */
  private static final String NEWEST_FIRST_OF_BOTH = NEWEST_FIRST + ", origin";

  /** Rows read by the thousand from the database, not all at once: an export of the whole register fits in memory. */
  private static final int SHEET_FETCH_SIZE = 1000;

  private final NamedParameterJdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate streamingJdbc;
  private final ComplaintRegister complaints;

  public RegisterListing(NamedParameterJdbcTemplate jdbc, ComplaintRegister complaints) {
    this.jdbc = jdbc;
    this.complaints = complaints;
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
    streaming.setFetchSize(SHEET_FETCH_SIZE);
    this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
  }

  /** The status names the listing's filter takes besides {@code open} and {@code closed}. */
  static boolean isStatus(String status) {
    return Set.of("open", "closed").contains(status) || !complaintStatuses(status).isEmpty()
        || !actionStatuses(status).isEmpty();
  }

  /** The rows matching the query among those of the given agencies, newest first. */
  @Transactional(readOnly = true)
  public RegisterPage search(RegisterQuery query, AgencyScope scope) {
    MapSqlParameterSource parameters = complaints.overdueParameters();
    List<Table> tables = tables(query, scope, parameters);
    if (tables.isEmpty()) {
      return RegisterPage.of(List.of(), query.page(), query.size(), 0);
    }
    long total = jdbc.queryForObject(
        "SELECT " + tables.stream().map(Table::count).collect(Collectors.joining(" + ")), parameters, Long.class);
    long pageEnd = ((long) query.page() + 1) * query.size();
    // The page is cut first, so that the follow-up count is read for its rows only, not for every row skipped.
    List<RegisterRow> rows = jdbc.query("""
            SELECT listed.*,
              (SELECT COUNT(*) FROM follow_up WHERE follow_up.order_number = listed.order_number)
              + (SELECT COUNT(*) FROM corrective_action_log WHERE corrective_action_log.order_number = listed.order_number)
                AS follow_up_count
            FROM (SELECT * FROM (""" + tables.stream().map(table -> table.rows(pageEnd)).collect(Collectors.joining(" UNION ALL "))
            + ") AS listed" + NEWEST_FIRST_OF_BOTH + " LIMIT :size OFFSET :offset) AS listed" + NEWEST_FIRST_OF_BOTH,
        parameters.addValue("size", query.size()).addValue("offset", (long) query.page() * query.size()),
        (row, number) -> withoutLinks(row));
    return RegisterPage.of(withLinks(rows), query.page(), query.size(), total);
  }

  /**
   * Every row matching the query among those of the given agencies, in the sheet's columns and order, handed one by
   * one as the database streams them; the page and size of the query are not used.
   */
  @Transactional(readOnly = true)
  public void eachSheetRow(RegisterQuery query, AgencyScope scope, RowCallbackHandler handler) {
    MapSqlParameterSource parameters = complaints.overdueParameters();
    List<Table> tables = tables(query, scope, parameters);
    if (!tables.isEmpty()) {
      streamingJdbc.query("SELECT * FROM (" + tables.stream().map(Table::sheetRows).collect(Collectors.joining(" UNION ALL "))
          + ") AS listed" + OLDEST_FIRST_BY_YEAR, parameters, handler);
    }
  }

  /** The given rows in the sheet's columns, whatever their agency. */
  @Transactional(readOnly = true)
  public void eachSheetRow(Collection<String> orderNumbers, RowCallbackHandler handler) {
    if (!orderNumbers.isEmpty()) {
      List<String> numbered = List.of("order_number IN (:numbers)");
      streamingJdbc.query("SELECT * FROM (" + new Table("register_entry", COMPLAINT_COLUMNS, COMPLAINT_SHEET_COLUMNS,
              numbered).sheetRows() + " UNION ALL " + new Table("corrective_action", ACTION_COLUMNS, ACTION_SHEET_COLUMNS,
              numbered).sheetRows() + ") AS listed" + OLDEST_FIRST_BY_YEAR,
          new MapSqlParameterSource("numbers", orderNumbers), handler);
    }
  }

  /** The tables the query may find rows in, each with its conditions. */
  private static List<Table> tables(RegisterQuery query, AgencyScope scope, MapSqlParameterSource parameters) {
    List<String> common = commonConditions(query, scope, parameters);
    List<Table> tables = new ArrayList<>();
    if (query.origin() != Origin.PA && (query.status() == null || !complaintStatuses(query.status()).isEmpty())) {
      tables.add(complaintTable(query, common, parameters));
    }
    if ((query.origin() == null || query.origin() == Origin.PA) && query.outcome() == null
        && (query.status() == null || !actionStatuses(query.status()).isEmpty())) {
      tables.add(actionTable(query, common, parameters));
    }
    return tables;
  }

  private record Table(String name, String columns, String sheetColumns, List<String> conditions) {

    String where() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    String count() {
      return "(SELECT COUNT(*) FROM " + name + where() + ")";
    }

    /**
     * Its newest rows up to the page's end: the page is among them. The end is written in the statement, not bound:
     * H2 reuses a union member's result from the previous page when only its bound limit changed, which emptied the
     * pages after the first.
     */
    String rows(long pageEnd) {
      return "(SELECT " + columns + " FROM " + name + where() + NEWEST_FIRST + " LIMIT " + pageEnd + ")";
    }

    String sheetRows() {
      return "SELECT " + sheetColumns + " FROM " + name + where();
    }
  }

  /** The conditions on the columns both tables name alike. */
  private static List<String> commonConditions(RegisterQuery query, AgencyScope scope, MapSqlParameterSource parameters) {
    List<String> conditions = new ArrayList<>();
    if (!scope.everyAgency()) {
      conditions.add(scope.agencies().isEmpty() ? "1 = 0" : "agency IN (:agencies)");
      parameters.addValue("agencies", scope.agencies());
    }
    if (query.agency() != null) {
      conditions.add("agency = :agency");
      parameters.addValue("agency", query.agency());
    }
    if (query.text() != null) {
      conditions.add("search_text LIKE :text ESCAPE '\\'");
      parameters.addValue("text", "%" + likeEscaped(SearchText.of(query.text())) + "%");
    }
    parameters.addValue("year", query.year()).addValue("origin", query.origin() == null ? null : query.origin().name())
        .addValue("me", query.mineOf()).addValue("from", query.from()).addValue("to", query.to());
    return conditions;
  }

  private static Table complaintTable(RegisterQuery query, List<String> common, MapSqlParameterSource parameters) {
    List<String> conditions = new ArrayList<>(common);
    if (query.year() != null) {
      conditions.add("reception_year = :year");
    }
    if (query.origin() != null) {
      conditions.add("origin = :origin");
    }
    if (query.status() != null) {
      conditions.add("status IN (:complaintStatuses)");
      parameters.addValue("complaintStatuses", complaintStatuses(query.status()));
    }
    if (query.overdue()) {
      conditions.add(ComplaintRegister.OVERDUE);
    }
    if (query.mineOf() != null) {
      conditions.add("(recorded_by = :me OR handler = :me)");
    }
    conditions.addAll(period(query, "reception_date"));
    if (query.outcome() != null) {
      conditions.add("outcome = :outcome");
      parameters.addValue("outcome", query.outcome().name());
    }
    if (query.deadlineMissed()) {
      conditions.add(DEADLINE_MISSED);
    }
    return new Table("register_entry", COMPLAINT_COLUMNS, COMPLAINT_SHEET_COLUMNS, conditions);
  }

  private static Table actionTable(RegisterQuery query, List<String> common, MapSqlParameterSource parameters) {
    List<String> conditions = new ArrayList<>(common);
    if (query.year() != null) {
      conditions.add("decision_year = :year");
    }
    if (query.status() != null) {
      conditions.add("status IN (:actionStatuses)");
      parameters.addValue("actionStatuses", actionStatuses(query.status()));
    }
    if (query.overdue()) {
      conditions.add(ActionRegister.OVERDUE);
    }
    if (query.mineOf() != null) {
      conditions.add("(decided_by = :me OR person_in_charge = :me)");
    }
    conditions.addAll(period(query, "decision_date"));
    if (query.deadlineMissed()) {
      // The overdue column stays set once an escalation fired, also after the action is closed.
      conditions.add("(overdue OR " + ActionRegister.OVERDUE + ")");
    }
    return new Table("corrective_action", ACTION_COLUMNS, ACTION_SHEET_COLUMNS, conditions);
  }

  private static List<String> period(RegisterQuery query, String dateColumn) {
    List<String> conditions = new ArrayList<>();
    if (query.from() != null) {
      conditions.add(dateColumn + " >= :from");
    }
    if (query.to() != null) {
      conditions.add(dateColumn + " <= :to");
    }
    return conditions;
  }

  private static List<String> complaintStatuses(String status) {
    return statuses(status, ComplaintStatus.values(), ComplaintStatus.OPEN, ComplaintStatus.CLOSED);
  }

  private static List<String> actionStatuses(String status) {
    return statuses(status, ActionStatus.values(), ActionStatus.OPEN, Set.of(ActionStatus.CLOSED));
  }

  /** The statuses of one kind of row the filter stands for: none when it names a status of the other kind. */
  private static <S extends Enum<S>> List<String> statuses(String status, S[] all, Set<S> open, Set<S> closed) {
    return switch (status) {
      case "open" -> open.stream().map(Enum::name).toList();
      case "closed" -> closed.stream().map(Enum::name).toList();
      default -> Arrays.stream(all).map(Enum::name).filter(status::equals).toList();
    };
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static RegisterRow withoutLinks(ResultSet row) throws SQLException {
    return new RegisterRow(row.getString("order_number"), Origin.valueOf(row.getString("origin")),
        row.getString("agency"), row.getObject("reception_date", LocalDate.class), row.getString("client_name"),
        row.getString("subject"), row.getString("document_number"), row.getString("status"),
        row.getBoolean("overdue"), row.getString("handler"), row.getObject("acknowledgement_due_date", LocalDate.class),
        row.getObject("answer_due_date", LocalDate.class), row.getObject("closure_date", LocalDate.class),
        row.getString("recorded_by"), row.getString("process_instance_id"), row.getInt("follow_up_count"), List.of(),
        List.of());
  }

  /** The page's rows with their links both ways, read in one statement for the whole page. */
  private List<RegisterRow> withLinks(List<RegisterRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<Link> links = jdbc.query("""
            SELECT action_order_number, source_order_number FROM corrective_action_source
            WHERE action_order_number IN (:numbers) OR source_order_number IN (:numbers)
            ORDER BY action_order_number, source_order_number""",
        new MapSqlParameterSource("numbers", rows.stream().map(RegisterRow::orderNumber).toList()),
        (row, number) -> new Link(row.getString("action_order_number"), row.getString("source_order_number")));
    Map<String, List<String>> sources = links.stream().collect(
        Collectors.groupingBy(Link::action, Collectors.mapping(Link::source, Collectors.toList())));
    Map<String, List<String>> actions = links.stream().collect(
        Collectors.groupingBy(Link::source, Collectors.mapping(Link::action, Collectors.toList())));
    return rows.stream().map(row -> row.linked(sources.getOrDefault(row.orderNumber(), List.of()),
        actions.getOrDefault(row.orderNumber(), List.of()))).toList();
  }

  private record Link(String action, String source) {
  }
}
