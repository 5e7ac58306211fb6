package fr.complaintregister.complaint;

import fr.complaintregister.deadline.Deadlines;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register's rows. Rows are updated as the complaint moves on, never deleted. */
@Repository
public class ComplaintRegister {

  private static final RowMapper<RegisterEntry> ROW = new DataClassRowMapper<>(RegisterEntry.class);
  private static final String COLUMNS = """
      order_number, origin, agency, reception_date, client_name, subject, product_or_service,
      product_category, other_parties, targeted_persons, channel, client_email, client_address,
      document_number, answered_at_once, status, overdue, handler, acknowledgement_due_date,
      answer_due_date, acknowledgement_date, answer_date, closure_date, outcome, answer_text,
      recourse_options, commercial_gesture, commercial_gesture_amount, dysfunctions, signed_by,
      signature_date, process_instance_id, recorded_by""";

  private final NamedParameterJdbcTemplate jdbc;

  public ComplaintRegister(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewComplaint complaint, int sequence, String orderNumber, Deadlines deadlines,
              ComplaintStatus status, String recordedBy, String processInstanceId, LocalDateTime now) {
    jdbc.update("""
        INSERT INTO register_entry (order_number, origin, agency, reception_year, sequence_number,
          reception_date, client_name, subject, product_or_service, product_category, other_parties,
          targeted_persons, channel, client_email, client_address, document_number, answered_at_once,
          status, overdue, acknowledgement_due_date, answer_due_date, process_instance_id,
          recorded_by, recorded_at)
        VALUES (:orderNumber, :origin, :agency, :year, :sequence, :receptionDate, :clientName,
          :subject, :productOrService, :productCategory, :otherParties, :targetedPersons, :channel,
          :clientEmail, :clientAddress, :documentNumber, :answeredAtOnce, :status, FALSE,
          :acknowledgementDue, :answerDue, :processInstanceId, :recordedBy, :now)""",
        new MapSqlParameterSource()
            .addValue("orderNumber", orderNumber)
            .addValue("origin", complaint.origin().name())
            .addValue("agency", complaint.agency())
            .addValue("year", complaint.receptionDate().getYear())
            .addValue("sequence", sequence)
            .addValue("receptionDate", complaint.receptionDate())
            .addValue("clientName", complaint.clientName())
            .addValue("subject", complaint.subject())
            .addValue("productOrService", complaint.productOrService())
            .addValue("productCategory", complaint.productCategory())
            .addValue("otherParties", complaint.otherParties())
            .addValue("targetedPersons", complaint.targetedPersons())
            .addValue("channel", complaint.channel().name())
            .addValue("clientEmail", complaint.clientEmail())
            .addValue("clientAddress", complaint.clientAddress())
            .addValue("documentNumber", complaint.documentNumber())
            .addValue("answeredAtOnce", complaint.answeredAtOnce())
            .addValue("status", status.name())
            .addValue("acknowledgementDue", deadlines.acknowledgementDue())
            .addValue("answerDue", deadlines.answerDue())
            .addValue("processInstanceId", processInstanceId)
            .addValue("recordedBy", recordedBy)
            .addValue("now", now));
  }

  public Optional<RegisterEntry> find(String orderNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM register_entry WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber), ROW).stream().findFirst();
  }

  public RegisterEntry get(String orderNumber) {
    return find(orderNumber).orElseThrow(() -> new ComplaintNotFoundException(orderNumber));
  }

  void recordAcknowledgement(String orderNumber, LocalDate date, String handler) {
    jdbc.update("""
        UPDATE register_entry SET acknowledgement_date = :date, handler = :handler, status = :status
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("date", date)
            .addValue("handler", handler)
            .addValue("status", ComplaintStatus.IN_PROGRESS.name()));
  }

  /**
   * The answer is issued on the day it is signed: that date is also the closure date, and the
   * acknowledgement date of a complaint answered at once.
   */
  void recordAnswer(String orderNumber, Answer answer, LocalDate date, String handler, String signedBy) {
    jdbc.update("""
        UPDATE register_entry SET answer_date = :date, closure_date = :date,
          acknowledgement_date = COALESCE(acknowledgement_date, :date), handler = :handler,
          signed_by = :signedBy, signature_date = :date,
          status = :status, outcome = :outcome, answer_text = :answerText,
          recourse_options = :recourseOptions, commercial_gesture = :commercialGesture,
          commercial_gesture_amount = :commercialGestureAmount, dysfunctions = :dysfunctions
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("date", date)
            .addValue("handler", handler)
            .addValue("signedBy", signedBy)
            .addValue("status", ComplaintStatus.ANSWERED.name())
            .addValue("outcome", answer.outcome().name())
            .addValue("answerText", answer.answerText())
            .addValue("recourseOptions", answer.recourseOptions())
            .addValue("commercialGesture", answer.commercialGesture())
            .addValue("commercialGestureAmount", answer.commercialGestureAmount())
            .addValue("dysfunctions", answer.dysfunctions()));
  }

  void updateStatus(String orderNumber, ComplaintStatus status) {
    jdbc.update("UPDATE register_entry SET status = :status WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber).addValue("status", status.name()));
  }

  void markOverdue(String orderNumber) {
    jdbc.update("UPDATE register_entry SET overdue = TRUE WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber));
  }

  /**
   * The withdrawal closes the row on its day: it leaves the late rows, as no answer is owed any more.
   */
  void recordWithdrawal(String orderNumber, WithdrawalKind kind, String reason, String by, LocalDateTime at,
                        String replacedBy) {
    jdbc.update("""
        UPDATE register_entry SET status = :status, overdue = FALSE, closure_date = :date,
          withdrawal_kind = :kind, withdrawal_reason = :reason, withdrawn_by = :by, withdrawn_at = :at,
          replaced_by = :replacedBy
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("status", ComplaintStatus.WITHDRAWN.name())
            .addValue("date", at.toLocalDate())
            .addValue("kind", kind.name())
            .addValue("reason", reason)
            .addValue("by", by)
            .addValue("at", at)
            .addValue("replacedBy", replacedBy));
  }

  public Optional<Withdrawal> withdrawal(String orderNumber) {
    return jdbc.query("""
        SELECT withdrawal_kind, withdrawal_reason, withdrawn_by, withdrawn_at, replaced_by
        FROM register_entry WHERE order_number = :orderNumber AND withdrawal_kind IS NOT NULL""",
        new MapSqlParameterSource("orderNumber", orderNumber),
        (row, number) -> new Withdrawal(WithdrawalKind.valueOf(row.getString("withdrawal_kind")),
            row.getString("withdrawal_reason"), row.getString("withdrawn_by"),
            row.getObject("withdrawn_at", LocalDateTime.class), row.getString("replaced_by")))
        .stream().findFirst();
  }

  /** The withdrawn complaints this one was recorded in place of. */
  public List<String> replacedRows(String orderNumber) {
    return jdbc.queryForList(
        "SELECT order_number FROM register_entry WHERE replaced_by = :orderNumber ORDER BY order_number",
        new MapSqlParameterSource("orderNumber", orderNumber), String.class);
  }

  /** The rows matching the query among those of the given agencies. */
  public RegisterPage search(RegisterQuery query, AgencyScope scope) {
    List<String> conditions = new ArrayList<>();
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    if (!scope.everyAgency()) {
      conditions.add(scope.agencies().isEmpty() ? "1 = 0" : "agency IN (:agencies)");
      parameters.addValue("agencies", scope.agencies());
    }
    if (query.year() != null) {
      conditions.add("reception_year = :year");
      parameters.addValue("year", query.year());
    }
    if (query.agency() != null) {
      conditions.add("agency = :agency");
      parameters.addValue("agency", query.agency());
    }
    if (query.origin() != null) {
      conditions.add("origin = :origin");
      parameters.addValue("origin", query.origin().name());
    }
    if (query.status() != null) {
      conditions.add("status IN (:statuses)");
      parameters.addValue("statuses", statuses(query.status()));
    }
    if (query.text() != null) {
      conditions.add("(LOWER(client_name) LIKE :text OR LOWER(subject) LIKE :text OR order_number LIKE :text)");
      parameters.addValue("text", "%" + query.text().toLowerCase(Locale.ROOT) + "%");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM register_entry" + where, parameters, Long.class);
    List<RegisterEntry> rows = jdbc.query(
        "SELECT " + COLUMNS + " FROM register_entry" + where
            + " ORDER BY reception_year, agency, sequence_number LIMIT :size OFFSET :offset",
        parameters.addValue("size", query.size()).addValue("offset", (long) query.page() * query.size()),
        ROW);
    return RegisterPage.of(rows, query.page(), query.size(), total);
  }

  private static List<String> statuses(String status) {
    Set<ComplaintStatus> statuses = switch (status) {
      case "open" -> ComplaintStatus.OPEN;
      case "closed" -> ComplaintStatus.CLOSED;
      default -> Set.of(ComplaintStatus.valueOf(status));
    };
    return statuses.stream().map(Enum::name).toList();
  }
}
