package fr.complaintregister.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether the engine has created its tables yet: on a new database Flyway may run our migrations first, and a
 * migration that reads or fixes engine data then has nothing to do.
 */
final class EngineTables {

  private EngineTables() {
  }

  static boolean exist(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
    try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
      return tables.next();
    }
  }
}
