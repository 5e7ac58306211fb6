package fr.complaintregister.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of a test run: H2 in memory by default; with {@code -Dregistre.test.database=postgresql},
 * a fresh PostgreSQL database created for the run and dropped after it.
 */
public final class TestDatabase {

  private static final String SERVER_URL = env("REGISTRE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = env("REGISTRE_TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("REGISTRE_TEST_PG_PASSWORD", "");
  private static final String MAINTENANCE_DATABASE = "postgres";
  private static final Duration DROP_PATIENCE = Duration.ofSeconds(20);

  private static String runDatabase;

  private TestDatabase() {
  }

  public static boolean isPostgresql() {
    return "postgresql".equals(System.getProperty("registre.test.database"));
  }

  public static String user() {
    return USER;
  }

  public static String password() {
    return PASSWORD;
  }

  /** @return why PostgreSQL cannot be reached, if it cannot */
  static Optional<String> unreachable() {
    try (Connection ignored = connect(MAINTENANCE_DATABASE)) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(SERVER_URL + " : " + e.getMessage());
    }
  }

  /** Creates this run's database on first use; drops it when the JVM exits. */
  public static synchronized String runDatabaseUrl() {
    if (runDatabase == null) {
      runDatabase = newDatabase("registre_test");
    }
    return SERVER_URL + runDatabase;
  }

  /** An empty database of this server, named after the prefix, dropped when the JVM exits. */
  public static String newDatabase(String prefix) {
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    execute("CREATE DATABASE " + name);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropOnceLeft(name)));
    return name;
  }

  /**
   * Spring closes its contexts in a shutdown hook of its own, run at the same time as this one: a database dropped
   * under it would leave the engine's last writes waiting for a connection until the fork is killed. So the drop
   * waits, for a while, until the application has closed its connections.
   */
  private static void dropOnceLeft(String name) {
    long giveUpAt = System.nanoTime() + DROP_PATIENCE.toNanos();
    try {
      while (connectionsTo(name) > 0 && System.nanoTime() < giveUpAt) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException e) {
      // The drop below says what is wrong with the server.
    }
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static int connectionsTo(String database) throws SQLException {
    try (Connection connection = connect(MAINTENANCE_DATABASE);
         PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?")) {
      statement.setString(1, database);
      try (ResultSet count = statement.executeQuery()) {
        count.next();
        return count.getInt(1);
      }
    }
  }

  /**
   * Drops the databases of this prefix created more than an hour ago (their name says when): what a run killed
   * before its shutdown hook left behind. A younger one may belong to a run still going.
   */
  public static void dropStaleDatabases(String prefix) {
    long hourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
    Pattern ours = Pattern.compile(Pattern.quote(prefix) + "_\\d+_(\\d+)");
    List<String> stale = new ArrayList<>();
    try (Connection connection = connect(MAINTENANCE_DATABASE); Statement statement = connection.createStatement();
        ResultSet databases = statement.executeQuery("SELECT datname FROM pg_database")) {
      while (databases.next()) {
        Matcher name = ours.matcher(databases.getString(1));
        if (name.matches() && Long.parseLong(name.group(1)) < hourAgo) {
          stale.add(name.group());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("listing the databases: " + e.getMessage(), e);
    }
    stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  }

  public static String url(String database) {
    return SERVER_URL + database;
  }

  /** The server's host and port, as PostgreSQL's client tools take them. */
  static URI server() {
    return URI.create(SERVER_URL.substring("jdbc:".length()));
  }

  private static void execute(String sql) {
    try (Connection connection = connect(MAINTENANCE_DATABASE); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " : " + e.getMessage(), e);
    }
  }

  private static Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", PASSWORD);
    properties.setProperty("connectTimeout", "3");
    return DriverManager.getConnection(SERVER_URL + database, properties);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
