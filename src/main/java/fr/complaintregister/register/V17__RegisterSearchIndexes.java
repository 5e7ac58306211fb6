package fr.complaintregister.register;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The indexes that keep the register's listing fast on a register of a million rows: its filters by status and agency
 * read in the listing's order, and, on PostgreSQL, trigram indexes for the free-text search ({@code search_text LIKE
 * '%…%'}, which no B-tree serves). A Java migration (Flyway runs it once, the class name gives its version) because
 * the trigram indexes are PostgreSQL's (the pg_trgm extension): H2 gets the others. Measured by
 * {@code complaint/RegisterSearchBenchmark}, which also reads {@link #INDEXES}.
 */
@Component
public class V17__RegisterSearchIndexes extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V17__RegisterSearchIndexes.class);

  /** The names of the indexes this migration creates, on either database. */
  public static final List<String> INDEXES = List.of("register_entry_status_newest", "register_entry_agency_newest",
      "register_entry_search_text", "corrective_action_search_text");

  @Override
  public void migrate(Context context) throws SQLException {
    create(context.getConnection());
  }

  /** Creates the indexes on the register's tables of the given connection. */
  public static void create(Connection connection) throws SQLException {
    List<String> statements = new ArrayList<>(List.of(
        "CREATE INDEX register_entry_status_newest ON register_entry (status, reception_date DESC, recorded_at DESC, id DESC)",
        "CREATE INDEX register_entry_agency_newest ON register_entry (agency, reception_date DESC, recorded_at DESC, id DESC)"));
    if (trigramsAvailable(connection)) {
      statements.add("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      statements.add("CREATE INDEX register_entry_search_text ON register_entry USING gin (search_text gin_trgm_ops)");
      statements.add("CREATE INDEX corrective_action_search_text ON corrective_action USING gin (search_text gin_trgm_ops)");
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /**
   * Whether this is PostgreSQL with pg_trgm installed or installable by this user (it is a trusted extension: the
   * database's owner, or any user allowed to create in it, may). Without it the free-text search still works, it reads
   * the whole table: the log says so.
   */
  private static boolean trigramsAvailable(Connection connection) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return false;
    }
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("""
        SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
          OR (EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')
            AND has_database_privilege(current_database(), 'CREATE'))""")) {
      result.next();
      if (!result.getBoolean(1)) {
        log.warn("PostgreSQL's pg_trgm extension is neither installed nor installable by this user: the register's "
            + "free-text search goes without its index (see the README, production)");
      }
      return result.getBoolean(1);
    }
  }
}
