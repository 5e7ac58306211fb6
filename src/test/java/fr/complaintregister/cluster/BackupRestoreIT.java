package fr.complaintregister.cluster;

import static fr.complaintregister.cluster.ClusterDatabase.FOLLOW_UP_OF_TIMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.complaintregister.cluster.RegisterApi.Recording;
import fr.complaintregister.testing.PostgresqlDumps;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup procedure ("Sauvegarde et restauration"): the one database that holds the engine and the
 * register, dumped with {@code pg_dump -Fc} while the application is stopped and restored with {@code pg_restore}
 * into an empty database, runs the application again with every complaint, process and pending timer intact.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BackupRestoreIT {

  private static final DemoAgency AGENCY = DemoAgency.TIMERS;
  private static final String ACKNOWLEDGE = "Task_AcknowledgeComplaint";
  private static final String ACKNOWLEDGEMENT_REMINDER = "Timer_AcknowledgementReminder";
  private static final String ANSWER_REMINDER = "Timer_AnswerReminder";
  /** What the test compares between the two databases, table by table, in a stable order. */
  private static final Map<String, String> CONTENTS = Map.of(
      "register rows", "select * from register_entry order by order_number",
      "follow-up lines", "select * from follow_up order by id",
      "running executions", "select id_, proc_inst_id_, business_key_, act_id_, is_active_ from act_ru_execution order by id_",
      "process variables", "select id_, proc_inst_id_, name_, type_, text_, long_, double_ from act_ru_variable order by id_",
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
    List<Recording> complaints;
    try (RecordingLoad load = RecordingLoad.start(List.of(node), AGENCY, LocalDate.now(ZoneId.of("Europe/Paris")), 10)) {
      complaints = load.awaitAll(Duration.ofMinutes(4));
    }
    assertThat(complaints).extracting(Recording::status).containsOnly(201);
    List<Recording> acknowledged = complaints.subList(0, 2);
    for (Recording complaint : acknowledged) {
      RegisterApi.completeTask(node, AGENCY.handler(), complaint.processInstanceId(), ACKNOWLEDGE);
    }
    node.stop();

    Path dump = PostgresqlDumps.dump(original.name(), backups);
    ClusterDatabase restored = new ClusterDatabase(PostgresqlDumps.restoreIntoNewDatabase(dump));

    CONTENTS.forEach((what, query) ->
        assertThat(restored.jdbc().queryForList(query)).as(what).isEqualTo(original.jdbc().queryForList(query)));
    List<String> instances = complaints.stream().map(Recording::processInstanceId).toList();
    assertThat(restored.instancesWithOpenTask(instances, ACKNOWLEDGE)).hasSize(8);
    assertThat(restored.instancesWithOpenTask(instances, "Task_AnswerComplaint")).hasSize(2);

    // The reminders fall due now rather than in a week: the restored engine's job executor must find and run them.
    int reminders = restored.jdbc().update("update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef"
        + " where act_id_ in (?, ?))", new Timestamp(System.currentTimeMillis()), ACKNOWLEDGEMENT_REMINDER, ANSWER_REMINDER);
    assertThat(reminders).isEqualTo(8 + 10);
    restoredNode = new Node("backup-restored", restored.url()).start();

    await("the restored reminders fired").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
        .until(() -> restored.timerRuns(instances).size() >= reminders);
    assertThat(restored.timerRuns(instances)).extracting(run -> run.get("job_id_")).doesNotHaveDuplicates().hasSize(reminders);
    assertThat(remindersOnTheRegister(restored, complaints)).allSatisfy((orderNumber, reminded) -> {
      boolean wasAcknowledged = acknowledged.stream().anyMatch(complaint -> complaint.orderNumber().equals(orderNumber));
      assertThat(reminded).as(orderNumber).containsExactlyInAnyOrderElementsOf(
          wasAcknowledged ? List.of(ANSWER_REMINDER) : List.of(ACKNOWLEDGEMENT_REMINDER, ANSWER_REMINDER));
    }).hasSameSizeAs(complaints);
    assertThat(restored.dueTimers(instances)).as("no due timer left unrun").isZero();

    Recording acknowledgedAfterRestore = complaints.get(2);
    RegisterApi.completeTask(restoredNode, AGENCY.handler(), acknowledgedAfterRestore.processInstanceId(), ACKNOWLEDGE);
    assertThat(restored.instancesWithOpenTask(List.of(acknowledgedAfterRestore.processInstanceId()), "Task_AnswerComplaint"))
        .as("the restored process goes on to its answer").hasSize(1);
    assertThat(RegisterApi.record(restoredNode, AGENCY, LocalDate.now(ZoneId.of("Europe/Paris"))).orderNumber())
        .as("numbering goes on after the restored counter").endsWith("." + AGENCY.code() + ".011");
  }

  /** The reminders each complaint's register row shows, by their timer. */
  private static Map<String, List<String>> remindersOnTheRegister(ClusterDatabase database, List<Recording> complaints) {
    Map<String, List<String>> reminded = new HashMap<>();
    database.followUps(complaints.stream().map(Recording::orderNumber).toList()).forEach(line -> {
      List<String> timers = reminded.computeIfAbsent((String) line.get("order_number"), any -> new ArrayList<>());
      for (String reminder : List.of(ACKNOWLEDGEMENT_REMINDER, ANSWER_REMINDER)) {
        if (((String) line.get("entry_text")).startsWith(FOLLOW_UP_OF_TIMER.get(reminder))) {
          timers.add(reminder);
        }
      }
    });
    return reminded;
  }
}
