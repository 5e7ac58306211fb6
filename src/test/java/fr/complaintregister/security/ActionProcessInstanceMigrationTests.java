package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.improvement.NewAction;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.MigrationContexts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Actions recorded before the register kept their process instance get it back (migration V15): none of them reads
 * as an imported row to take up.
 */
class ActionProcessInstanceMigrationTests extends ComplaintTestSupport {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired Flyway flyway;
  @Autowired CorrectiveActions actions;
  @Autowired ActionRegister actionRegister;

  @Test
  void anActionRecordedBeforeGetsTheInstanceThatMovesIt() throws SQLException {
    String agency = newAgency();
    String source = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();
    String action = as("quentin", () -> actions.record(new NewAction("Former l'accueil", "bruno",
        LocalDate.now(PARIS).plusMonths(1), null, agency, List.of(source)))).action().orderNumber();
    String instance = actionRegister.get(action).processInstanceId();
    jdbc.update("UPDATE corrective_action SET process_instance_id = NULL WHERE order_number = ?", action);

    try (Connection connection = dataSource.getConnection()) {
      new V15__KeepActionProcessInstances().migrate(MigrationContexts.on(connection));
    }

    assertThat(instance).isNotNull();
    assertThat(actionRegister.get(action).processInstanceId()).isEqualTo(instance);
  }

  @Test
  void theApplicationRunsItAsVersion15() {
    assertThat(flyway.info().applied()).filteredOn(applied -> "15".equals(applied.getVersion().getVersion()))
        .singleElement().extracting(MigrationInfo::getState).isEqualTo(MigrationState.SUCCESS);
  }
}
