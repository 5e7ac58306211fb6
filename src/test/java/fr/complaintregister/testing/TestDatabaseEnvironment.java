package fr.complaintregister.testing;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test application context at this run's PostgreSQL database, in the postgresql run.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (TestDatabase.isPostgresql()) {
      environment.getPropertySources().addFirst(new MapPropertySource("postgresql-test-database", Map.of(
          "spring.datasource.url", TestDatabase.runDatabaseUrl(),
          "spring.datasource.username", TestDatabase.user(),
          "spring.datasource.password", TestDatabase.password())));
    }
  }
}
