package fr.complaintregister.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.cluster.RegisterApi.Recording;
import fr.complaintregister.testing.PostgresqlDumps;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup procedure ("Sauvegarde et restauration"): the one database that holds the engine and the
 * register, dumped with {@code pg_dump -Fc} while the application is stopped and restored with {@code pg_restore}
 * into an empty database, runs the application again with every complaint, process and pending timer intact.
 */
class BackupRestoreIT {

  private static final String AGENCY = "1602";
  private static final String HANDLER = "claire";
  /** What the test compares between the two databases, table by table, in a stable order. */
  private static final Map<String, String> CONTENTS = Map.of(
      "register rows", "select * from register_entry order by order_number",
      "follow-up lines", "select * from follow_up order by id",
      "running executions", "select id_, proc_inst_id_, business_key_, act_id_, is_active_ from act_ru_execution order by id_",
      "open tasks", "select id_, proc_inst_id_, task_def_key_, due_date_, tenant_id_ from act_ru_task order by id_",
      "pending jobs", "select id_, type_, duedate_, process_instance_id_, handler_cfg_, retries_ from act_ru_job order by id_",
      "order number counters", "select * from order_counter order by 1, 2");

  @TempDir Path backups;

  private Node node;
  private Node restoredNode;
  private long started;

  @BeforeEach
  void requirePostgresqlTools() {
    PostgresqlDumps.requireClientTools();
    started = System.nanoTime();
  }

  @AfterEach
  void stopNodes() throws InterruptedException {
    for (Node running : new Node[] {node, restoredNode}) {
      if (running != null) {
        running.stop();
      }
    }
    System.out.printf("[cluster] backup and restore: %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  @Test
  void aRestoredDumpRunsWithEveryComplaintProcessAndPendingTimerAndItsTimersFire() throws Exception {
    ClusterDatabase original = ClusterDatabase.fresh("registre_backup");
    node = new Node("backup-original", original.url()).start();
    List<Recording> complaints = RecordingLoad.start(List.of(node), AGENCY, LocalDate.now(ZoneId.of("Europe/Paris")), 10)
        .awaitAll(Duration.ofMinutes(4));
    assertThat(complaints).extracting(Recording::status).containsOnly(201);
    for (Recording acknowledged : complaints.subList(0, 2)) {
      RegisterApi.completeTask(node, HANDLER, acknowledged.processInstanceId(), "Task_AcknowledgeComplaint");
    }
    node.stop();

    Path dump = PostgresqlDumps.dump(original.name(), backups);
    ClusterDatabase restored = new ClusterDatabase(PostgresqlDumps.restoreIntoNewDatabase(dump));

    CONTENTS.forEach((what, query) ->
        assertThat(restored.jdbc().queryForList(query)).as(what).isEqualTo(original.jdbc().queryForList(query)));
    List<String> instances = complaints.stream().map(Recording::processInstanceId).toList();
    assertThat(restored.instancesWithOpenTask(instances, "Task_AcknowledgeComplaint")).hasSize(8);
    assertThat(restored.instancesWithOpenTask(instances, "Task_AnswerComplaint")).hasSize(2);

    // The reminders fall due now rather than in a week: the restored engine's job executor must find and run them.
    int reminders = restored.jdbc().update("update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef"
        + " where act_id_ in ('Timer_AcknowledgementReminder', 'Timer_AnswerReminder'))", new Timestamp(System.currentTimeMillis()));
    assertThat(reminders).isEqualTo(8 + 10);
    restoredNode = new Node("backup-restored", restored.url()).start();

    ClusterDatabase.await("the restored reminders fired", Duration.ofMinutes(3), () -> restored.timerRuns(instances).size() >= reminders);
    assertThat(restored.timerRuns(instances)).extracting(run -> run.get("job_id_")).doesNotHaveDuplicates().hasSize(reminders);
    assertThat(restored.followUps(complaints.stream().map(Recording::orderNumber).toList()))
        .extracting(line -> (String) line.get("entry_text")).filteredOn(text -> text.startsWith("Rappel : "))
        .hasSize(reminders);
    assertThat(restored.dueTimers(instances)).as("no due timer left unrun").isZero();
    assertThat(RegisterApi.record(restoredNode, "camille", AGENCY, LocalDate.now(ZoneId.of("Europe/Paris"))).orderNumber())
        .as("numbering goes on after the restored counter").endsWith("." + AGENCY + ".011");
  }
}
