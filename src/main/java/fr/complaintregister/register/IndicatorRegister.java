package fr.complaintregister.register;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.Outcome;
import fr.complaintregister.complaint.ReviewSettings;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.ActionStatus;
import fr.complaintregister.register.Indicators.ActionCounts;
import fr.complaintregister.register.Indicators.Breakdown;
import fr.complaintregister.register.Indicators.ComplaintCounts;
import fr.complaintregister.register.Indicators.Deadline;
import fr.complaintregister.register.Indicators.DelayFigures;
import fr.complaintregister.register.Indicators.Delays;
import fr.complaintregister.register.Indicators.Outcomes;
import fr.complaintregister.register.Indicators.ReviewCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit indicators, counted by the database over the register's rows. Delays are read as date pairs and their
 * percentiles computed here: H2 and PostgreSQL subtract dates differently, and one code path serves both.
 */
@Repository
public class IndicatorRegister {

  private static final String WITHDRAWN = "'" + ComplaintStatus.WITHDRAWN.name() + "'";
  private static final String KEPT = "status <> " + WITHDRAWN;
  private static final String COMPLAINT_COUNTS = """
      COUNT(*) AS received,
      SUM(CASE WHEN status = %1$s THEN 1 ELSE 0 END) AS withdrawn,
      SUM(CASE WHEN %2$s AND acknowledgement_date <= acknowledgement_due_date THEN 1 ELSE 0 END) AS ack_on_time,
      SUM(CASE WHEN %2$s AND (acknowledgement_date > acknowledgement_due_date
        OR acknowledgement_date IS NULL AND status IN (:openStatuses) AND acknowledgement_due_date < :today)
        THEN 1 ELSE 0 END) AS ack_late,
      SUM(CASE WHEN status IN (:openStatuses) AND acknowledgement_date IS NULL
        AND NOT acknowledgement_due_date < :today THEN 1 ELSE 0 END) AS ack_pending,
      SUM(CASE WHEN %2$s AND answer_date <= answer_due_date THEN 1 ELSE 0 END) AS answer_on_time,
      SUM(CASE WHEN %2$s AND (answer_date > answer_due_date
        OR answer_date IS NULL AND status IN (:openStatuses) AND answer_due_date < :today)
        THEN 1 ELSE 0 END) AS answer_late,
      SUM(CASE WHEN status IN (:openStatuses) AND answer_date IS NULL
        AND NOT answer_due_date < :today THEN 1 ELSE 0 END) AS answer_pending,
      SUM(CASE WHEN status IN (:openStatuses) THEN 1 ELSE 0 END) AS still_open,
      SUM(CASE WHEN %3$s THEN 1 ELSE 0 END) AS overdue_now,
      SUM(CASE WHEN %2$s AND outcome = '%4$s' THEN 1 ELSE 0 END) AS accepted,
      SUM(CASE WHEN %2$s AND outcome = '%5$s' THEN 1 ELSE 0 END) AS partially_rejected,
      SUM(CASE WHEN %2$s AND outcome = '%6$s' THEN 1 ELSE 0 END) AS rejected,
      SUM(CASE WHEN %2$s AND dysfunctions IS NOT NULL AND TRIM(dysfunctions) <> '' THEN 1 ELSE 0 END)
        AS with_dysfunctions""".formatted(WITHDRAWN, KEPT, ComplaintRegister.OVERDUE, Outcome.ACCEPTED.name(),
      Outcome.PARTIALLY_REJECTED.name(), Outcome.REJECTED.name());
  private static final String MONTH = "reception_year * 100 + EXTRACT(MONTH FROM reception_date)";

  private final NamedParameterJdbcTemplate jdbc;
  private final ComplaintRegister complaints;
  private final ReviewSettings reviewSettings;

  public IndicatorRegister(NamedParameterJdbcTemplate jdbc, ComplaintRegister complaints,
                           ReviewSettings reviewSettings) {
    this.jdbc = jdbc;
    this.complaints = complaints;
    this.reviewSettings = reviewSettings;
  }

  @Transactional(readOnly = true)
  public Indicators of(IndicatorQuery query, AgencyScope scope) {
    MapSqlParameterSource parameters = complaints.overdueParameters().addValue("from", query.from())
        .addValue("to", query.to()).addValue("agency", query.agency()).addValue("product", query.productCategory())
        .addValue("agencies", List.copyOf(scope.agencies()))
        .addValue("negativeBelow", reviewSettings.negativeBelow());
    String inScope = scopeCondition(query, scope);
    String complaintRows = "FROM register_entry WHERE origin = '" + Origin.FS.name() + "'"
        + " AND reception_date BETWEEN :from AND :to" + inScope + originCondition(query, Origin.FS)
        + (query.productCategory() == null ? "" : " AND product_category = :product");
    return new Indicators(query.from(), query.to(), query.agency(),
        query.origin() == null ? null : query.origin().name(), query.productCategory(),
        (LocalDate) parameters.getValue("today"),
        jdbc.queryForObject("SELECT " + COMPLAINT_COUNTS + " " + complaintRows, parameters,
            (row, number) -> counts(row)),
        delays(complaintRows, parameters), reviews(query, inScope, parameters), actions(inScope, parameters),
        breakdown(MONTH, complaintRows, parameters), breakdown("agency", complaintRows, parameters),
        breakdown("product_category", complaintRows, parameters));
  }

  private static String scopeCondition(IndicatorQuery query, AgencyScope scope) {
    String condition = query.agency() == null ? "" : " AND agency = :agency";
    if (scope.everyAgency()) {
      return condition;
    }
    return condition + (scope.agencies().isEmpty() ? " AND 1 = 0" : " AND agency IN (:agencies)");
  }

  /** Asking for one origin leaves the other's rows out. */
  private static String originCondition(IndicatorQuery query, Origin rowsOrigin) {
    return query.origin() == null || query.origin() == rowsOrigin ? "" : " AND 1 = 0";
  }

  private List<Breakdown> breakdown(String key, String complaintRows, MapSqlParameterSource parameters) {
    return jdbc.query("SELECT " + key + " AS breakdown_key, " + COMPLAINT_COUNTS + " " + complaintRows
            + " GROUP BY " + key + " ORDER BY " + key, parameters,
        (row, number) -> new Breakdown(keyOf(row.getObject("breakdown_key")), counts(row)));
  }

  /** A month comes as the number {@code yyyyMM}, shown {@code yyyy-MM}. */
  private static String keyOf(Object key) {
    if (key instanceof Number month) {
      int yearMonth = month.intValue();
      return String.format("%04d-%02d", yearMonth / 100, yearMonth % 100);
    }
    return (String) key;
  }

  private static ComplaintCounts counts(ResultSet row) throws SQLException {
    long received = row.getLong("received");
    long withdrawn = row.getLong("withdrawn");
    long kept = received - withdrawn;
    long ackOnTime = row.getLong("ack_on_time");
    long ackLate = row.getLong("ack_late");
    long answerOnTime = row.getLong("answer_on_time");
    long answerLate = row.getLong("answer_late");
    long ackPending = row.getLong("ack_pending");
    long answerPending = row.getLong("answer_pending");
    return new ComplaintCounts(received, withdrawn,
        Deadline.of(ackOnTime, ackLate, ackPending, kept - ackOnTime - ackLate - ackPending),
        Deadline.of(answerOnTime, answerLate, answerPending, kept - answerOnTime - answerLate - answerPending),
        row.getLong("still_open"),
        row.getLong("overdue_now"), new Outcomes(row.getLong("accepted"), row.getLong("partially_rejected"),
        row.getLong("rejected")), row.getLong("with_dysfunctions"));
  }

  private Delays delays(String complaintRows, MapSqlParameterSource parameters) {
    List<Long> acknowledgement = new ArrayList<>();
    List<Long> answer = new ArrayList<>();
    jdbc.query("SELECT reception_date, acknowledgement_date, answer_date " + complaintRows + " AND " + KEPT
        + " AND acknowledgement_date IS NOT NULL", parameters, row -> {
          LocalDate reception = row.getObject("reception_date", LocalDate.class);
          acknowledgement.add(ChronoUnit.DAYS.between(reception, row.getObject("acknowledgement_date", LocalDate.class)));
          LocalDate answered = row.getObject("answer_date", LocalDate.class);
          if (answered != null) {
            answer.add(ChronoUnit.DAYS.between(reception, answered));
          }
        });
    return new Delays(figures(acknowledgement), figures(answer));
  }

  static DelayFigures figures(List<Long> delays) {
    List<Long> sorted = delays.stream().sorted().toList();
    return new DelayFigures(sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.9));
  }

  /** As PERCENTILE_CONT: between the two nearest ranks, in proportion, rounded to a tenth of a day. */
  private static Double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return null;
    }
    double rank = fraction * (sorted.size() - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    double value = sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    return Math.round(value * 10) / 10.0;
  }

  private ReviewCounts reviews(IndicatorQuery query, String inScope, MapSqlParameterSource parameters) {
    return jdbc.queryForObject("""
            SELECT COUNT(*) AS received,
              SUM(CASE WHEN marked_negative OR rating < :negativeBelow THEN 1 ELSE 0 END) AS negative
            FROM register_entry WHERE origin = '""" + Origin.QS.name() + "' AND reception_date BETWEEN :from AND :to"
            + inScope + originCondition(query, Origin.QS)
            + (query.productCategory() == null ? "" : " AND product_category = :product"),
        parameters, (row, number) -> new ReviewCounts(row.getLong("received"), row.getLong("negative")));
  }

  private ActionCounts actions(String inScope, MapSqlParameterSource parameters) {
    return jdbc.queryForObject("SELECT COUNT(*) AS decided,"
            + " SUM(CASE WHEN status <> '" + ActionStatus.CLOSED.name() + "' THEN 1 ELSE 0 END) AS still_open,"
            + " SUM(CASE WHEN " + ActionRegister.OVERDUE + " THEN 1 ELSE 0 END) AS overdue_now,"
            + " SUM(CASE WHEN status = '" + ActionStatus.CLOSED.name() + "' THEN 1 ELSE 0 END) AS closed"
            + " FROM corrective_action WHERE decision_date BETWEEN :from AND :to" + inScope,
        parameters, (row, number) -> new ActionCounts(row.getLong("decided"), row.getLong("still_open"),
            row.getLong("overdue_now"), row.getLong("closed")));
  }
}
