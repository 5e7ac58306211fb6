package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.complaintregister.security.ProductionSecrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/** Production does not start with an empty secret; other setups are left alone. */
class ProductionSecretsTests {

  @Test
  void productionStartsWhenEverySecretHasAValue() {
    assertThatCode(() -> check(production())).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("fr.complaintregister.security.ProductionSecrets#SECRETS")
  void anEmptySecretStopsProductionNamingItsVariable(Secret secret) {
    MockEnvironment environment = production().withProperty(secret.variable(), "");

    assertThatThrownBy(() -> check(environment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Démarrage refusé : en production (profil prod), ces variables d'environnement doivent avoir"
            + " une valeur non vide : " + secret.variable() + ". Renseignez-les, puis relancez l'application.");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t"})
  void aPasswordOfBlanksIsEmptyToo(String blanks) {
    MockEnvironment environment = production().withProperty("REGISTRE_ADMIN_PASSWORD", blanks);

    assertThatThrownBy(() -> check(environment)).hasMessageContaining(": REGISTRE_ADMIN_PASSWORD.");
  }

  @Test
  void everyMissingOrEmptySecretIsNamedAtOnce() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(ProductionSecrets.PRODUCTION_PROFILE);
    ProductionSecrets.SECRETS.forEach(secret -> environment.setProperty(secret.property(), "${" + secret.variable() + "}"));
    environment.setProperty("REGISTRE_ADMIN_PASSWORD", "");

    assertThatThrownBy(() -> check(environment)).hasMessageContaining(": REGISTRE_DB_URL, REGISTRE_DB_USER,"
        + " REGISTRE_DB_PASSWORD, REGISTRE_ADMIN_USER, REGISTRE_ADMIN_PASSWORD.");
  }

  @Test
  void theDemoSetupIsLeftAlone() {
    MockEnvironment demo = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.password", "")
        .withProperty("spring.datasource.password", "");
    demo.setActiveProfiles("demo");

    assertThatCode(() -> check(demo)).doesNotThrowAnyException();
    assertThatCode(() -> check(new MockEnvironment())).as("no profile at all").doesNotThrowAnyException();
  }

  /** application-prod.yml's settings, each read from its environment variable, all set. */
  private static MockEnvironment production() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(ProductionSecrets.PRODUCTION_PROFILE);
    ProductionSecrets.SECRETS.forEach(secret -> environment
        .withProperty(secret.property(), "${" + secret.variable() + "}")
        .withProperty(secret.variable(), "valeur de " + secret.variable()));
    return environment;
  }

  private static void check(MockEnvironment environment) {
    new ProductionSecrets().postProcessEnvironment(environment, null);
  }
}
