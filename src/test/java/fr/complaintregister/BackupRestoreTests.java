package fr.complaintregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.PostgresqlDumps;
import fr.complaintregister.testing.TestDatabase;
import fr.complaintregister.testing.TestDatabaseEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's backup procedure (PostgreSQL run only): the one database that holds the engine and the register,
 * dumped with pg_dump and restored with pg_restore into an empty database, runs a second application whose
 * complaints, processes and pending timers are all there, and whose timers fire.
 */
class BackupRestoreTests extends ComplaintTestSupport {

  @TempDir Path backups;

  private List<ProcessInstance> recorded;

  @BeforeEach
  void recordComplaintsWithPendingTimers() {
    assumeTrue(TestDatabase.isPostgresql(), "a PostgreSQL dump: the postgresql run only");
    PostgresqlDumps.requireClientTools();
    String agency = newAgency();
    clockAt("2026-03-02T10:00");
    recorded = List.of(receivedOn(agency, "2026-03-02"), receivedOn(agency, "2026-03-02"));
    acknowledge(recorded.get(1));
  }

  @Test
  void aRestoredDumpHoldsEveryComplaintProcessAndTimerAndItsTimersFire() throws Exception {
    assertThat(timer(recorded.get(0), "Timer_AcknowledgementReminder")).as("pending before the dump").isNotNull();

    String restored = PostgresqlDumps.restoreIntoNewDatabase(PostgresqlDumps.dumpRunDatabase(backups));

    try (ConfigurableApplicationContext application = applicationOn(restored)) {
      ComplaintRegister restoredRegister = application.getBean(ComplaintRegister.class);
      ManagementService restoredJobs = application.getBean(ProcessEngine.class).getManagementService();
      for (ProcessInstance complaint : recorded) {
        assertThat(restoredRegister.get(complaint.getBusinessKey())).usingRecursiveComparison().isEqualTo(row(complaint));
        assertThat(application.getBean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(complaint.getId()).singleResult().getBusinessKey()).isEqualTo(complaint.getBusinessKey());
        assertThat(pendingTimers(restoredJobs, complaint)).isEqualTo(pendingTimers(managementService, complaint));
      }

      clockAt("2026-03-09T00:00");
      Job reminder = restoredJobs.createJobQuery().processInstanceId(recorded.get(0).getId())
          .activityId("Timer_AcknowledgementReminder").singleResult();
      restoredJobs.executeJob(reminder.getId());

      assertThat(application.getBean(FollowUpLog.class).of(recorded.get(0).getBusinessKey())).extracting(FollowUp::text)
          .contains("Rappel : l'accusé de réception doit être adressé au plus tard le 12/03/2026.");
    }
    assertThat(followUpTexts(recorded.get(0))).as("the original database is left as it was")
        .noneMatch(text -> text.startsWith("Rappel"));
  }

  /** The whole application, a second one in this JVM, with an engine of its own name on the restored database. */
  private static ConfigurableApplicationContext applicationOn(String databaseUrl) {
    return new SpringApplicationBuilder(RegistreApplication.class)
        .profiles("demo", "test")
        .properties(Map.of(TestDatabaseEnvironment.DATABASE_URL, databaseUrl,
            "camunda.bpm.process-engine-name", "restored",
            "server.port", "0"))
        .run();
  }

  /** Each timer of the complaint's process: its definition and when it falls due. */
  private static Map<String, String> pendingTimers(ManagementService jobs, ProcessInstance complaint) {
    return jobs.createJobQuery().processInstanceId(complaint.getId()).timers().list().stream()
        .collect(Collectors.toMap(Job::getId, job -> job.getJobDefinitionId() + " " + job.getDuedate().toInstant()));
  }
}
