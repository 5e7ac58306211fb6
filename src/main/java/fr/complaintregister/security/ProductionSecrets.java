package fr.complaintregister.security;

import fr.complaintregister.complaint.Messages;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start production when a secret is empty or missing: an empty
 * {@code REGISTRE_ADMIN_PASSWORD} would otherwise give a password-less administrator. It runs
 * while the environment is prepared, because the engine creates the administrator as it is
 * built, before any bean could check.
 */
public class ProductionSecrets implements EnvironmentPostProcessor {

  static final String PRODUCTION_PROFILE = "prod";

  /** A setting of application-prod.yml and the environment variable operators give it by. */
  record Secret(String property, String variable) {
  }

  static final List<Secret> SECRETS = List.of(
      new Secret("spring.datasource.url", "REGISTRE_DB_URL"),
      new Secret("spring.datasource.username", "REGISTRE_DB_USER"),
      new Secret("spring.datasource.password", "REGISTRE_DB_PASSWORD"),
      new Secret("camunda.bpm.admin-user.id", "REGISTRE_ADMIN_USER"),
      new Secret("camunda.bpm.admin-user.password", "REGISTRE_ADMIN_PASSWORD"));

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.matchesProfiles(PRODUCTION_PROFILE)) {
      return;
    }
    List<String> blank = SECRETS.stream()
        .filter(secret -> isBlank(environment, secret.property()))
        .map(Secret::variable)
        .toList();
    if (!blank.isEmpty()) {
      throw new IllegalStateException(Messages.withoutContext().get("startup.blankSecrets", String.join(", ", blank)));
    }
  }

  private static boolean isBlank(ConfigurableEnvironment environment, String property) {
    try {
      String value = environment.getProperty(property);
      return value == null || value.isBlank();
    } catch (IllegalArgumentException unresolvedVariable) {
      // application-prod.yml gives no default: a variable that is not set at all is as blank as an empty one
      return true;
    }
  }
}
