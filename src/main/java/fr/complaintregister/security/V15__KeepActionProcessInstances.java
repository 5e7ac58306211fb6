package fr.complaintregister.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Writes on each corrective action recorded through the domain API the process instance that moves it, which was
 * left empty: an action without one reads as an imported row to take up, and would get a second process. Run once,
 * by Flyway (the class name gives its version); it lives here, next to V4, as it reads the engine's tables.
 */
@Component
class V15__KeepActionProcessInstances extends BaseJavaMigration {

  private static final String HISTORIC_INSTANCES = "ACT_HI_PROCINST";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (EngineTables.exist(connection, HISTORIC_INSTANCES)) {
      try (Statement update = connection.createStatement()) {
        update.executeUpdate("UPDATE corrective_action SET process_instance_id = (SELECT MIN(i.ID_) FROM "
            + HISTORIC_INSTANCES + " i WHERE i.BUSINESS_KEY_ = corrective_action.order_number"
            + " AND i.PROC_DEF_KEY_ = 'correctiveAction') WHERE process_instance_id IS NULL");
      }
    }
  }
}
