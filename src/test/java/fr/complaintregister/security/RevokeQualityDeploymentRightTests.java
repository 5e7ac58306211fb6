package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.MigrationContexts;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Databases created before decision tables had an upload of their own gave the quality group
 * the right to create any deployment: migration V4 takes it back, once, and only that right.
 */
class RevokeQualityDeploymentRightTests extends ComplaintTestSupport {

  @Autowired DataSource dataSource;
  @Autowired AuthorizationService authorizationService;
  @Autowired Flyway flyway;

  private final V4__RevokeQualityDeploymentRight migration = new V4__RevokeQualityDeploymentRight();

  @Test
  void theQualityGroupLosesTheRightToCreateDeploymentsAndKeepsReadingThem() throws SQLException {
    grantDeploymentCreationAsBefore();

    try (Connection connection = dataSource.getConnection()) {
      migration.migrate(MigrationContexts.on(connection));
    }

    Authorization grant = qualityGrantOnDeployments();
    assertThat(grant.isPermissionGranted(Permissions.CREATE)).isFalse();
    assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
  }

  @Test
  void theApplicationRunsItAsVersion4() {
    assertVersion4Succeeded(flyway);
  }

  @Test
  void onANewDatabaseItRunsBeforeTheEngineHasCreatedItsTablesAndDoesNothing() {
    Flyway withoutEngine = Flyway.configure()
        .dataSource("jdbc:h2:mem:register-without-engine;DB_CLOSE_DELAY=-1", "sa", "")
        .table("register_schema_history")
        .javaMigrations(migration)
        .load();

    withoutEngine.migrate();

    assertVersion4Succeeded(withoutEngine);
  }

  private static void assertVersion4Succeeded(Flyway flyway) {
    assertThat(flyway.info().applied()).filteredOn(applied -> "4".equals(applied.getVersion().getVersion()))
        .singleElement().extracting(MigrationInfo::getState).isEqualTo(MigrationState.SUCCESS);
  }

  private void grantDeploymentCreationAsBefore() {
    Authorization grant = qualityGrantOnDeployments();
    grant.addPermission(Permissions.CREATE);
    authorizationService.saveAuthorization(grant);
    assertThat(qualityGrantOnDeployments().isPermissionGranted(Permissions.CREATE)).isTrue();
  }

  private Authorization qualityGrantOnDeployments() {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(Role.QUALITE.groupId()).resourceType(Resources.DEPLOYMENT).resourceId("*").singleResult();
  }
}
