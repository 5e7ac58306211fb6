package fr.complaintregister.improvement;

import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.LinkedAction;
import fr.complaintregister.complaint.LinkedActions;
import fr.complaintregister.complaint.SearchText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The corrective actions' rows, their sources and their follow-up log. */
@Repository
public class ActionRegister implements LinkedActions {

  /**
   * Late: not closed, and flagged by an escalation (it stays late once carried out) or not carried out yet past its
   * due date (the escalation may not have run yet). Its parameter is {@code :today}.
   */
  public static final String OVERDUE = "(status <> '" + ActionStatus.CLOSED.name() + "' AND (overdue OR (status IN ("
      + ActionStatus.TO_CARRY_OUT.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "))
      + ") AND due_date < :today)))";
  private static final String COLUMNS = """
      order_number, agency, decision_date, decided_by, subject, person_in_charge, due_date, check_date,
      closure_date, status, process_instance_id, """ + OVERDUE + " AS overdue";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final FollowUpLog log;

  public ActionRegister(NamedParameterJdbcTemplate jdbc, JdbcTemplate plainJdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.log = new FollowUpLog(plainJdbc, clock, "corrective_action_log");
  }

  public FollowUpLog log() {
    return log;
  }

  void insert(CorrectiveAction action, int year, int sequence, List<String> sources) {
    jdbc.update("""
        INSERT INTO corrective_action (order_number, agency, decision_year, sequence_number, decision_date, decided_by,
          subject, person_in_charge, due_date, check_date, status, overdue, recorded_at, search_text)
        VALUES (:orderNumber, :agency, :year, :sequence, :decisionDate, :decidedBy, :subject, :personInCharge,
          :dueDate, :checkDate, :status, FALSE, :now, :searchText)""",
        new MapSqlParameterSource("orderNumber", action.orderNumber())
            .addValue("searchText", searchText(action.orderNumber(), action.decidedBy(), action.subject(),
                action.personInCharge()))
            .addValue("agency", action.agency())
            .addValue("year", year)
            .addValue("sequence", sequence)
            .addValue("decisionDate", action.decisionDate())
            .addValue("decidedBy", action.decidedBy())
            .addValue("subject", action.subject())
            .addValue("personInCharge", action.personInCharge())
            .addValue("dueDate", action.dueDate())
            .addValue("checkDate", action.checkDate())
            .addValue("status", action.status().name())
            .addValue("now", LocalDateTime.now(clock)));
    sources.forEach(source -> addSource(action.orderNumber(), source));
  }

  void addSource(String orderNumber, String source) {
    jdbc.update(
        "INSERT INTO corrective_action_source (action_order_number, source_order_number) VALUES (:action, :source)",
        new MapSqlParameterSource("action", orderNumber).addValue("source", source));
  }

  public CorrectiveAction get(String orderNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM corrective_action WHERE order_number = :orderNumber",
            new MapSqlParameterSource("orderNumber", orderNumber).addValue("today", LocalDate.now(clock)),
            new DataClassRowMapper<>(CorrectiveAction.class))
        .stream().findFirst().orElseThrow(() -> new ActionNotFoundException(orderNumber));
  }

  /** The action, locked until the transaction ends: a second caller waits, then reads what the first wrote. */
  public CorrectiveAction lock(String orderNumber) {
    jdbc.queryForList("SELECT order_number FROM corrective_action WHERE order_number = :orderNumber FOR UPDATE",
        new MapSqlParameterSource("orderNumber", orderNumber), String.class);
    return get(orderNumber);
  }

  public void recordProcess(String orderNumber, String processInstanceId) {
    jdbc.update("UPDATE corrective_action SET process_instance_id = :processInstanceId WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber).addValue("processInstanceId", processInstanceId));
  }

  public List<String> sources(String orderNumber) {
    return jdbc.queryForList("""
        SELECT source_order_number FROM corrective_action_source
        WHERE action_order_number = :orderNumber ORDER BY source_order_number""",
        new MapSqlParameterSource("orderNumber", orderNumber), String.class);
  }

  @Override
  public List<LinkedAction> of(String sourceOrderNumber) {
    return jdbc.query("""
        SELECT a.order_number, a.subject, a.status FROM corrective_action a
        JOIN corrective_action_source s ON s.action_order_number = a.order_number
        WHERE s.source_order_number = :source ORDER BY a.id""",
        new MapSqlParameterSource("source", sourceOrderNumber), new DataClassRowMapper<>(LinkedAction.class));
  }

  /** The actions not closed yet, newest first. */
  List<CorrectiveAction> openIn(String agency) {
    return jdbc.query("SELECT " + COLUMNS + " FROM corrective_action WHERE agency = :agency AND status <> :closed"
            + " ORDER BY id DESC",
        new MapSqlParameterSource("agency", agency).addValue("closed", ActionStatus.CLOSED.name())
            .addValue("today", LocalDate.now(clock)),
        new DataClassRowMapper<>(CorrectiveAction.class));
  }

  void updateStatus(String orderNumber, ActionStatus status, LocalDate closureDate) {
    jdbc.update("""
        UPDATE corrective_action SET status = :status, closure_date = :closureDate,
          overdue = overdue AND :stillOpen
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("status", status.name())
            .addValue("closureDate", closureDate)
            .addValue("stillOpen", status != ActionStatus.CLOSED));
  }

  void redecide(String orderNumber, String decidedBy, ActionDecision decision) {
    jdbc.update("""
        UPDATE corrective_action SET subject = :subject, person_in_charge = :personInCharge, due_date = :dueDate,
          check_date = :checkDate, overdue = FALSE, search_text = :searchText
        WHERE order_number = :orderNumber""",
        new MapSqlParameterSource("orderNumber", orderNumber)
            .addValue("searchText", searchText(orderNumber, decidedBy, decision.subject(), decision.personInCharge()))
            .addValue("subject", decision.subject())
            .addValue("personInCharge", decision.personInCharge())
            .addValue("dueDate", decision.dueDate())
            .addValue("checkDate", decision.checkDate()));
  }

  /** What the register's search finds an action by, as {@link SearchText} writes it. */
  public static String searchText(String orderNumber, String decidedBy, String subject, String personInCharge) {
    return SearchText.of(subject, personInCharge, decidedBy, orderNumber);
  }

  void markOverdue(String orderNumber) {
    jdbc.update("UPDATE corrective_action SET overdue = TRUE WHERE order_number = :orderNumber",
        new MapSqlParameterSource("orderNumber", orderNumber));
  }
}
