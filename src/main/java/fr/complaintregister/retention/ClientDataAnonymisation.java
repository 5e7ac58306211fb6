package fr.complaintregister.retention;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.SearchText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises the client's personal data of the register rows closed more than the retention ago (see the README's
 * "Conservation et données personnelles" for each field): what names or reaches the client goes; the row, its
 * dates, status, outcome, agency, category and amounts stay, so the indicators and the export stay right.
 */
@Service
public class ClientDataAnonymisation {

  /** Free texts that may name the client: replaced when written, so that "has an answer" still counts. */
  private static final List<String> FREE_TEXTS = List.of("subject", "answer_text", "recourse_options",
      "commercial_gesture", "dysfunctions", "withdrawal_reason", "public_reply_text");
  /** Fields that name or reach the client (or other people the complaint names): emptied. */
  private static final List<String> CLIENT_COLUMNS = List.of("client_email", "client_address", "other_parties",
      "targeted_persons", "document_number");
  /** The corrections of those fields, by their form names: their old and new values go too. */
  private static final List<String> CORRECTED_CLIENT_FIELDS = List.of("clientName", "subject", "otherParties",
      "targetedPersons", "clientEmail", "clientAddress", "documentNumber");

  private final NamedParameterJdbcTemplate jdbc;
  private final ClientDataHistory history;
  private final RetentionSettings settings;
  private final Messages messages;
  private final Clock clock;

  ClientDataAnonymisation(NamedParameterJdbcTemplate jdbc, ClientDataHistory history, RetentionSettings settings,
                          Messages messages, Clock clock) {
    this.jdbc = jdbc;
    this.history = history;
    this.settings = settings;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Anonymises the oldest rows whose retention has ended, at most a batch of them, in one transaction.
   *
   * @return whether the batch was full: more rows may wait
   */
  @Transactional
  public boolean anonymiseNextBatch() {
    LocalDate today = LocalDate.now(clock);
    List<String> orderNumbers = jdbc.queryForList("""
            SELECT order_number FROM register_entry
            WHERE anonymised_on IS NULL AND closure_date < :end AND status IN (:closed)
            ORDER BY closure_date, id LIMIT :batch""",
        new MapSqlParameterSource("end", today.minusYears(settings.years()))
            .addValue("closed", ComplaintStatus.CLOSED.stream().map(Enum::name).toList())
            .addValue("batch", settings.batchSize()),
        String.class);
    if (!orderNumbers.isEmpty()) {
      anonymise(orderNumbers, today);
    }
    return orderNumbers.size() == settings.batchSize();
  }

  private void anonymise(List<String> orderNumbers, LocalDate today) {
    String client = messages.get("retention.client");
    String erased = messages.get("retention.text");
    MapSqlParameterSource rows = new MapSqlParameterSource("numbers", orderNumbers)
        .addValue("client", client)
        .addValue("erased", erased)
        .addValue("searchText", SearchText.of(client, erased) + " ")
        .addValue("today", today)
        .addValue("document", messages.get("retention.document"))
        .addValue("fields", CORRECTED_CLIENT_FIELDS);
    jdbc.update("UPDATE register_entry SET client_name = :client, search_text = :searchText || order_number, "
        + Stream.concat(FREE_TEXTS.stream().map(column -> column + " = CASE WHEN " + column + " IS NULL OR TRIM("
                + column + ") = '' THEN " + column + " ELSE :erased END"),
            CLIENT_COLUMNS.stream().map(column -> column + " = NULL")).collect(Collectors.joining(", "))
        + ", anonymised_on = :today WHERE order_number IN (:numbers)", rows);
    jdbc.update("UPDATE follow_up SET entry_text = :erased WHERE order_number IN (:numbers)", rows);
    jdbc.update("""
        UPDATE correction SET old_value = NULL, new_value = NULL
        WHERE order_number IN (:numbers) AND field_name IN (:fields)""", rows);
    jdbc.update("UPDATE letter SET content = NULL, client_email = NULL WHERE order_number IN (:numbers)", rows);
    jdbc.update("UPDATE attached_document SET content = NULL, file_name = :document WHERE order_number IN (:numbers)",
        rows);
    orderNumbers.forEach(history::eraseVariables);
  }
}
