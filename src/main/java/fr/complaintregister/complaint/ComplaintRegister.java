package fr.complaintregister.complaint;

import fr.complaintregister.deadline.Deadlines;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register's rows. Rows are updated as the complaint moves on, never deleted. */
@Repository
public class ComplaintRegister {

  private static final RowMapper<RegisterEntry> ROW = new DataClassRowMapper<>(RegisterEntry.class);
  /**
   * Late: still open, and flagged by an escalation or past a due date (the escalation may not
   * have run yet, and an imported row has no process to flag it). A review has no due date: never late. Its
   * parameters are {@link #overdueParameters()}.
   */
  public static final String OVERDUE = """
      (status IN (:openStatuses) AND (overdue
        OR (acknowledgement_date IS NULL AND acknowledgement_due_date IS NOT NULL AND acknowledgement_due_date < :today)
        OR (answer_due_date IS NOT NULL AND answer_due_date < :today)))""";
  private static final String COLUMNS = """
      order_number, origin, agency, reception_date, client_name, subject, product_or_service,
      product_category, other_parties, targeted_persons, channel, client_email, client_address,
      document_number, answered_at_once, status, handler, acknowledgement_due_date,
      answer_due_date, acknowledgement_date, answer_date, closure_date, outcome, answer_text,
      recourse_options, commercial_gesture, commercial_gesture_amount, dysfunctions, signed_by,
      signature_date, process_instance_id, recorded_by, rating, platform, marked_negative,
      public_reply_text, public_reply_date, public_reply_author, """ + OVERDUE + """
       AS overdue,
      (SELECT COUNT(*) FROM follow_up WHERE follow_up.order_number = register_entry.order_number) AS follow_up_count""";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public ComplaintRegister(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(NewComplaint complaint, int sequence, String orderNumber, Deadlines deadlines,
              ComplaintStatus status, String recordedBy, String processInstanceId, LocalDateTime now) {
    insert(complaint, sequence, orderNumber, status, recordedBy, processInstanceId, now,
        new MapSqlParameterSource("acknowledgementDue", deadlines.acknowledgementDue())
            .addValue("answerDue", deadlines.answerDue()));
  }

  /** A review has no deadline; one that needs no examination is closed on the day it is recorded. */
  void insertReview(NewReview review, int sequence, String orderNumber, ComplaintStatus status,
                    String recordedBy, String processInstanceId, LocalDateTime now) {
    insert(review.entry(), sequence, orderNumber, status, recordedBy, processInstanceId, now,
        new MapSqlParameterSource("rating", review.rating())
            .addValue("platform", review.platform())
            .addValue("markedNegative", review.markedNegative())
            .addValue("closureDate", ComplaintStatus.CLOSED.contains(status) ? now.toLocalDate() : null));
  }

  private void insert(NewComplaint complaint, int sequence, String orderNumber, ComplaintStatus status,
                      String recordedBy, String processInstanceId, LocalDateTime now, MapSqlParameterSource originColumns) {
    MapSqlParameterSource columns = correctableColumns(complaint, orderNumber)
        .addValue("origin", complaint.origin().name())
        .addValue("agency", complaint.agency())
        .addValue("year", complaint.receptionDate().getYear())
        .addValue("sequence", sequence)
        .addValue("receptionDate", complaint.receptionDate())
        .addValue("answeredAtOnce", complaint.answeredAtOnce())
        .addValue("status", status.name())
        .addValue("processInstanceId", processInstanceId)
        .addValue("recordedBy", recordedBy)
        .addValue("now", now)
        .addValue("acknowledgementDue", null)
        .addValue("answerDue", null)
        .addValue("rating", null)
        .addValue("platform", null)
        .addValue("markedNegative", false)
        .addValue("closureDate", null)
        .addValues(originColumns.getValues());
    jdbc.update("""
        INSERT INTO register_entry (order_number, origin, agency, reception_year, sequence_number,
          reception_date, client_name, subject, product_or_service, product_category, other_parties,
          targeted_persons, channel, client_email, client_address, document_number, answered_at_once,
          status, overdue, acknowledgement_due_date, answer_due_date, closure_date, rating, platform,
          marked_negative, process_instance_id, recorded_by, recorded_at, search_text)
        VALUES (:orderNumber, :origin, :agency, :year, :sequence, :receptionDate, :clientName,
          :subject, :productOrService, :productCategory, :otherParties, :targetedPersons, :channel,
          :clientEmail, :clientAddress, :documentNumber, :answeredAtOnce, :status, FALSE,
          :acknowledgementDue, :answerDue, :closureDate, :rating, :platform, :markedNegative,
          :processInstanceId, :recordedBy, :now, :searchText)""",
        columns);
  }

  /** The fields a handler may correct once recorded (see {@link ComplaintCorrection}), and the search text made of them. */
  private static MapSqlParameterSource correctableColumns(NewComplaint complaint, String orderNumber) {
    return new MapSqlParameterSource("orderNumber", orderNumber)
        .addValue("searchText", SearchText.of(complaint.clientName(), complaint.subject(), orderNumber))
        .addValue("clientName", complaint.clientName())
        .addValue("subject", complaint.subject())
        .addValue("productOrService", complaint.productOrService())
        .addValue("productCategory", complaint.productCategory())
        .addValue("otherParties", complaint.otherParties())
        .addValue("targetedPersons", complaint.targetedPersons())
        .addValue("channel", complaint.channel().name())
        .addValue("clientEmail", complaint.clientEmail())
        .addValue("clientAddress", complaint.clientAddress())
        .addValue("documentNumber", complaint.documentNumber());
  }

  public Optional<RegisterEntry> find(String orderNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM register_entry WHERE order_number = :orderNumber",
        overdueParameters().addValue("orderNumber", orderNumber), ROW).stream().findFirst();
  }

  /** The review already recorded with the same author, date, text and platform in the agency, if any. */
  public Optional<String> sameReview(NewReview review) {
    NewComplaint entry = review.entry();
    return jdbc.queryForList("""
        SELECT order_number FROM register_entry
        WHERE origin = :origin AND agency = :agency AND reception_date = :date AND client_name = :author
          AND subject = :text AND COALESCE(platform, '') = :platform
        ORDER BY id""",
        new MapSqlParameterSource("origin", Origin.QS.name())
            .addValue("agency", entry.agency())
            .addValue("date", entry.receptionDate())
            .addValue("author", entry.clientName())
            .addValue("text", entry.subject())
            .addValue("platform", review.platform() == null ? "" : review.platform()),
        String.class).stream().findFirst();
  }

  public RegisterEntry get(String orderNumber) {
    return find(orderNumber).orElseThrow(() -> new ComplaintNotFoundException(orderNumber));
  }

  /** The row, locked until the transaction ends: a second caller waits, then reads what the first wrote. */
  public RegisterEntry lock(String orderNumber) {
    jdbc.queryForList("SELECT order_number FROM register_entry WHERE order_number = :orderNumber FOR UPDATE",
        new MapSqlParameterSource("orderNumber", orderNumber), String.class);
    return get(orderNumber);
  }

  /** A row without a process (an imported one) is now moved by this one, from the given status. */
  public void recordTakeUp(String orderNumber, String processInstanceId, ComplaintStatus status) {
    jdbc.update("""
        UPDATE register_entry SET process_instance_id = :processInstanceId, status = :status
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("processInstanceId", processInstanceId)
            .addValue("status", status.name()));
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

  /** Writes the corrected fields; the reception date, agency, origin and order number stay as recorded. */
  void correct(String orderNumber, NewComplaint corrected) {
    jdbc.update("""
        UPDATE register_entry SET client_name = :clientName, subject = :subject,
          product_or_service = :productOrService, product_category = :productCategory,
          other_parties = :otherParties, targeted_persons = :targetedPersons, channel = :channel,
          client_email = :clientEmail, client_address = :clientAddress, document_number = :documentNumber,
          search_text = :searchText
        WHERE order_number = :orderNumber""",
        correctableColumns(corrected, orderNumber));
  }

  void updateHandler(String orderNumber, String handler) {
    jdbc.update("UPDATE register_entry SET handler = :handler WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber).addValue("handler", handler));
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

  /** The review's examination closes its row on the day it completes. */
  public void recordExamination(String orderNumber, LocalDate date) {
    jdbc.update("UPDATE register_entry SET status = :status, closure_date = :date WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("status", ComplaintStatus.EXAMINED.name())
            .addValue("date", date));
  }

  /** Records or replaces the review's public reply. */
  public void recordPublicReply(String orderNumber, PublicReply reply) {
    jdbc.update("""
        UPDATE register_entry SET public_reply_text = :text, public_reply_date = :date, public_reply_author = :author
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("text", reply.text())
            .addValue("date", reply.date())
            .addValue("author", reply.author()));
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

  /** The parameters of {@link #OVERDUE}: today, and the open statuses. */
  public MapSqlParameterSource overdueParameters() {
    return new MapSqlParameterSource("today", LocalDate.now(clock))
        .addValue("openStatuses", ComplaintStatus.OPEN.stream().map(Enum::name).toList());
  }
}
