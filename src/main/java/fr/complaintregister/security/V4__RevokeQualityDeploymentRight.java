package fr.complaintregister.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Takes back from the quality group the right to create deployments that {@link RoleAuthorizations}
 * gave it on databases created before decision tables had an upload of their own: a deployment
 * may call the application's beans. Run once, by Flyway (the class name gives its version).
 */
@Component
class V4__RevokeQualityDeploymentRight extends BaseJavaMigration {

  private static final String AUTHORIZATION_TABLE = "ACT_RU_AUTHORIZATION";
  private static final String GROUP_GRANTS_ON_ALL_DEPLOYMENTS = "SELECT ID_, PERMS_ FROM " + AUTHORIZATION_TABLE
      + " WHERE TYPE_ = ? AND GROUP_ID_ = ? AND RESOURCE_TYPE_ = ? AND RESOURCE_ID_ = '*'";
  private static final String SET_PERMISSIONS = "UPDATE " + AUTHORIZATION_TABLE
      + " SET PERMS_ = ?, REV_ = REV_ + 1 WHERE ID_ = ?";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    // On a new database Flyway may run before the engine has created its tables: nothing to revoke then.
    if (EngineTables.exist(connection, AUTHORIZATION_TABLE)) {
      revokeDeploymentCreation(connection);
    }
  }

  private static void revokeDeploymentCreation(Connection connection) throws SQLException {
    try (PreparedStatement grants = connection.prepareStatement(GROUP_GRANTS_ON_ALL_DEPLOYMENTS);
         PreparedStatement update = connection.prepareStatement(SET_PERMISSIONS)) {
      grants.setInt(1, Authorization.AUTH_TYPE_GRANT);
      grants.setString(2, Role.QUALITE.groupId());
      grants.setInt(3, Resources.DEPLOYMENT.resourceType());
      try (ResultSet rows = grants.executeQuery()) {
        while (rows.next()) {
          // The mask is computed here: H2 and PostgreSQL spell bitwise operators differently.
          update.setInt(1, rows.getInt("PERMS_") & ~Permissions.CREATE.getValue());
          update.setString(2, rows.getString("ID_"));
          update.executeUpdate();
        }
      }
    }
  }
}
