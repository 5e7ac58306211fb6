package fr.complaintregister.register;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.Channel;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register's rows in the spreadsheet's columns, read as the database streams them. The follow-up notes and the
 * links of the rows are read for a few hundred rows at a time: neither one statement per row nor every note at once.
 */
@Component
class RegisterSheetRows {

  private static final int CHUNK_SIZE = 500;

  private final RegisterListing listing;
  private final NamedParameterJdbcTemplate jdbc;
  private final Messages messages;

  RegisterSheetRows(RegisterListing listing, NamedParameterJdbcTemplate jdbc, Messages messages) {
    this.listing = listing;
    this.jdbc = jdbc;
    this.messages = messages;
  }

  /** Hands each row the query finds among those of the agencies, by year then in the order received. */
  void each(RegisterQuery query, AgencyScope scope, Consumer<SheetRow> consumer) {
    Chunk chunk = new Chunk(consumer);
    listing.eachSheetRow(query, scope, row -> chunk.add(read(row)));
    chunk.flush();
  }

  /** The rows of the register with these order numbers, by order number. */
  Map<String, SheetRow> byOrderNumber(Collection<String> orderNumbers) {
    Map<String, SheetRow> rows = new LinkedHashMap<>();
    Chunk chunk = new Chunk(row -> rows.put(row.orderNumber(), row));
    listing.eachSheetRow(orderNumbers, row -> chunk.add(read(row)));
    chunk.flush();
    return rows;
  }

  private final class Chunk {

    private final Consumer<SheetRow> consumer;
    private final List<Map<SheetColumn, Object>> rows = new ArrayList<>();

    Chunk(Consumer<SheetRow> consumer) {
      this.consumer = consumer;
    }

    void add(Map<SheetColumn, Object> row) {
      rows.add(row);
      if (rows.size() == CHUNK_SIZE) {
        flush();
      }
    }

    void flush() {
      if (rows.isEmpty()) {
        return;
      }
      List<String> orderNumbers = rows.stream().map(row -> (String) row.get(SheetColumn.ORDER_NUMBER)).toList();
      Map<String, String> followUps = followUps(orderNumbers);
      Map<String, String> links = links(orderNumbers);
      for (Map<SheetColumn, Object> row : rows) {
        String orderNumber = (String) row.get(SheetColumn.ORDER_NUMBER);
        row.put(SheetColumn.FOLLOW_UP, followUps.get(orderNumber));
        row.put(SheetColumn.LINKED_ROWS, links.get(orderNumber));
        consumer.accept(new SheetRow(row));
      }
      rows.clear();
    }
  }

  private Map<SheetColumn, Object> read(ResultSet row) throws SQLException {
    Map<SheetColumn, Object> values = new EnumMap<>(SheetColumn.class);
    for (SheetColumn column : SheetColumn.values()) {
      if (column.sqlColumn != null) {
        Object value = switch (column.kind) {
          case DATE -> row.getObject(column.sqlColumn, LocalDate.class);
          case NUMBER -> row.getObject(column.sqlColumn, Integer.class);
          case AMOUNT -> row.getObject(column.sqlColumn, BigDecimal.class);
          case FLAG -> row.getObject(column.sqlColumn, Boolean.class);
          case TEXT -> row.getString(column.sqlColumn);
        };
        if (value != null) {
          values.put(column, value);
        }
      }
    }
    values.put(SheetColumn.STATUS, messages.get(statusKey((String) values.get(SheetColumn.ORIGIN)) + values.get(SheetColumn.STATUS)));
    if (values.get(SheetColumn.CHANNEL) != null) {
      values.put(SheetColumn.CHANNEL, Channel.valueOf((String) values.get(SheetColumn.CHANNEL)).code());
    }
    if (values.get(SheetColumn.OUTCOME) != null) {
      values.put(SheetColumn.OUTCOME, messages.get("outcome." + values.get(SheetColumn.OUTCOME)));
    }
    return values;
  }

  /** The message prefix of a row's status labels: an action's statuses are not a complaint's. */
  static String statusKey(String origin) {
    return Origin.PA.name().equals(origin) ? "sheet.actionStatus." : "sheet.status.";
  }

  /** Each row's notes, oldest first, a line each: the complaints' and the actions' logs alike. */
  private Map<String, String> followUps(List<String> orderNumbers) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    jdbc.query("""
            SELECT order_number, entry_date, author, entry_text, id FROM follow_up WHERE order_number IN (:numbers)
            UNION ALL
            SELECT order_number, entry_date, author, entry_text, id FROM corrective_action_log
            WHERE order_number IN (:numbers)
            ORDER BY order_number, id""",
        new MapSqlParameterSource("numbers", orderNumbers),
        row -> {
          lines.computeIfAbsent(row.getString("order_number"), number -> new ArrayList<>()).add(
              messages.get("sheet.followUpLine", row.getObject("entry_date", LocalDate.class).format(FrenchDate.FORMAT),
                  row.getString("author"), row.getString("entry_text")));
        });
    return lines.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> String.join("\n", entry.getValue())));
  }

  /** For an action, the rows it answers; for a complaint, its actions. */
  private Map<String, String> links(List<String> orderNumbers) {
    Map<String, List<String>> linked = new LinkedHashMap<>();
    jdbc.query("""
            SELECT action_order_number, source_order_number FROM corrective_action_source
            WHERE action_order_number IN (:numbers) OR source_order_number IN (:numbers)
            ORDER BY action_order_number, source_order_number""",
        new MapSqlParameterSource("numbers", orderNumbers),
        row -> {
          String action = row.getString("action_order_number");
          String source = row.getString("source_order_number");
          linked.computeIfAbsent(action, number -> new ArrayList<>()).add(source);
          linked.computeIfAbsent(source, number -> new ArrayList<>()).add(action);
        });
    return linked.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> String.join(", ", entry.getValue())));
  }
}
