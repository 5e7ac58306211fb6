package fr.complaintregister.testing;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test application context at this run's PostgreSQL database, in the postgresql run, or at the database
 * a test names in {@value #DATABASE_URL} (a second application on a restored dump).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

  public static final String DATABASE_URL = "registre.test.database-url";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (TestDatabase.isPostgresql()) {
      environment.getPropertySources().addFirst(new MapPropertySource("postgresql-test-database", Map.of(
          "spring.datasource.url", environment.getProperty(DATABASE_URL, TestDatabase.runDatabaseUrl()),
          "spring.datasource.username", TestDatabase.user(),
          "spring.datasource.password", TestDatabase.password())));
    }
  }
}
