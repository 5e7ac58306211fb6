package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The move to one counter per two-digit year keeps every number already given. */
class OrderCounterMigrationTests {

  private final SimpleDriverDataSource database = new SimpleDriverDataSource(new Driver(),
      "jdbc:h2:mem:order-counter-migration;DB_CLOSE_DELAY=-1", "sa", "");
  private final JdbcTemplate jdbc = new JdbcTemplate(database);

  @Test
  void countersOfYearsShownAlikeMergeKeepingTheHighestNumber() {
    migrateTo(MigrationVersion.fromVersion("2"));
    jdbc.update("INSERT INTO order_counter (agency, reception_year, last_number) VALUES"
        + " ('1601', 2026, 0), ('1601', 1926, 1), ('1601', 2025, 42), ('1602', 2026, 7), ('1602', -1, 1)");

    migrateTo(MigrationVersion.LATEST);

    assertThat(jdbc.queryForList("SELECT agency, year_of_century, last_number FROM order_counter"
        + " ORDER BY agency, year_of_century")).containsExactly(
            counter("1601", 25, 42),
            counter("1601", 26, 1),
            counter("1602", 26, 7),
            counter("1602", 99, 1));
  }

  private void migrateTo(MigrationVersion version) {
    Flyway.configure().dataSource(database).table("register_schema_history").target(version).load().migrate();
  }

  private static Map<String, Object> counter(String agency, int yearOfCentury, int lastNumber) {
    return Map.of("AGENCY", agency, "YEAR_OF_CENTURY", yearOfCentury, "LAST_NUMBER", lastNumber);
  }
}
