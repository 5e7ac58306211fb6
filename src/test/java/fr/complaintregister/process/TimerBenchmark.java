package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.cluster.Node;
import fr.complaintregister.testing.Benchmarks;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * How long the job executor takes to fire a batch of complaints' acknowledgement reminders that fall due together,
 * among 100,000 pending timers ({@code -Dbench.timers.due}, {@code -Dbench.timers.pending}), on one node or, with
 * {@code -Dbench.timers.nodes=2} on PostgreSQL, on this one and the packaged application started beside it on the
 * same database. The due reminders are those of complaints recorded through the domain API by four threads; the
 * other pending timers are copies of their timers made by SQL, due in 2100 (recording 100,000 complaints would take
 * hours): they weigh on the job acquisition's query as real ones would. The batch falls due by its due dates moved
 * to now, which both nodes see (the engine clock of this JVM would not move the other's). Not a test:
 * {@code bench/run} runs it and collects {@code target/benchmarks/timers-<nodes>-<database>.md}.
 */
@Tag("benchmark")
// No SMTP server: the staff mails the reminders send are written to the log, as when none is configured.
@TestPropertySource(properties =
    "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration")
class TimerBenchmark extends ComplaintTestSupport {

  private static final int THREADS = 4;
  private static final int DUE = Benchmarks.size("bench.timers.due", 1_000);
  private static final int PENDING = Benchmarks.size("bench.timers.pending", 100_000);
  /** The engine's default unless set: a tuning step to try ({@code BENCH_OPTIONS=-Dbench.timers.jobs-per-acquisition=…}). */
  private static final int JOBS_PER_ACQUISITION = Benchmarks.size("bench.timers.jobs-per-acquisition", 0);
  private static final int NODES = Benchmarks.size("bench.timers.nodes", 1);
  private static final String REMINDER = "Timer_AcknowledgementReminder";
  private static final long TIMEOUT_MILLIS = 10 * 60 * 1000;

  @Autowired JdbcTemplate jdbc;

  @Test
  void aBatchOfDueRemindersAmongManyPendingTimers() throws Exception {
    String machineBefore = Benchmarks.machine();
    List<String> agencies = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      agencies.add(newAgency());
    }
    LocalDate today = LocalDate.now(PARIS);
    long recordingStart = System.nanoTime();
    Benchmarks.shareOut(THREADS, DUE, thread -> as("alice",
        () -> complaints.record(complaintForm(agencies.get(thread), today.toString()))));
    double recordingSeconds = (System.nanoTime() - recordingStart) / 1e9;
    long copied = copyTimersUpTo(PENDING);
    Benchmarks.vacuum(jdbc);
    long pending = managementService.createJobQuery().timers().count();
    Node otherNode = NODES == 2 ? new Node("timers-node-b", TestDatabase.runDatabaseUrl()).start() : null;

    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
    if (JOBS_PER_ACQUISITION > 0) {
      jobExecutor.setMaxJobsPerAcquisition(JOBS_PER_ACQUISITION);
    }
    // Both job executors run, idle, when the batch falls due: each finds it at its next acquisition, up to the
    // engine's idle wait (max-wait, a minute by default) after it fell due.
    jobExecutor.start();
    Thread.sleep(5_000);
    long start = System.nanoTime();
    Instant fellDue = Instant.now();
    try {
      fallDueNow(fellDue);
      while (dueReminders().count() > 0 && (System.nanoTime() - start) / 1_000_000 < TIMEOUT_MILLIS) {
        Thread.sleep(100);
      }
    } finally {
      jobExecutor.shutdown();
      if (otherNode != null) {
        otherNode.stop();
      }
    }
    double firingSeconds = (System.nanoTime() - start) / 1e9;
    long failed = managementService.createJobQuery().activityId(REMINDER).withException().count();
    assertThat(dueReminders().count()).as("every due reminder fired within the time limit").isZero();

    Benchmarks.publish(Benchmarks.reportOf("timers-" + NODES), String.format(
        Locale.ROOT, """
            ## Timers on %s, %s

            - Machine: %s (at start); %s (at end)
            - %d pending timers: those of %d complaints recorded through the domain API by %d threads (%.1f s, %.1f \
            complaints/s), and %d copies of them by SQL, due in 2100
            - Job executor: the engine's own (%s), %d jobs per acquisition, acquisition by due date (the \
            application's setting); reminders fired by each node: %s

            | Batch falling due together | Seconds to fire them all | Timers fired per second | Failed |
            |---|---:|---:|---:|
            | %d acknowledgement reminders | %.1f | %.1f | %d |

            """, Benchmarks.database(jdbc), NODES == 2 ? "two nodes" : "one node", machineBefore, Benchmarks.machine(), pending, DUE, THREADS, recordingSeconds,
        DUE / recordingSeconds, copied, jobExecutor.getClass().getSimpleName(),
        jobExecutor.getMaxJobsPerAcquisition(), firedByNode(fellDue), DUE, firingSeconds, DUE / firingSeconds, failed));
  }

  /** The reminders' due dates moved to now: the batch falls due at once, for every node. */
  private void fallDueNow(Instant now) {
    jdbc.update("""
        UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND ID_ NOT LIKE '%-copy%'
          AND JOB_DEF_ID_ IN (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)""",
        Timestamp.from(now.minusSeconds(1)), REMINDER);
    assertThat(dueReminders().count()).as("the batch").isEqualTo(DUE);
  }

  /** How many reminders each node fired, by its name in the job log, and when it fired its first. */
  private String firedByNode(Instant fellDue) {
    Map<String, List<HistoricJobLog>> byNode = processEngine.getHistoryService().createHistoricJobLogQuery()
        .activityIdIn(REMINDER).successLog().list().stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new, Collectors.toList()));
    return byNode.entrySet().stream().map(node -> String.format(Locale.ROOT, "%s %d (its first %.1f s after they fell due)",
        node.getKey(), node.getValue().size(), node.getValue().stream().map(log -> log.getTimestamp().toInstant())
            .min(Instant::compareTo).map(first -> (first.toEpochMilli() - fellDue.toEpochMilli()) / 1e3).orElseThrow()))
        .collect(Collectors.joining(", "));
  }

  private JobQuery dueReminders() {
    return managementService.createJobQuery().activityId(REMINDER).executable();
  }

  /** Copies of the timers in the database, due in 2100, until there are at least the given number of timers. */
  private long copyTimersUpTo(int wanted) {
    List<String> columns = jdbc.query("SELECT * FROM ACT_RU_JOB WHERE 1 = 0", result -> {
      List<String> names = new ArrayList<>();
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        names.add(result.getMetaData().getColumnName(column).toUpperCase(Locale.ROOT));
      }
      return names;
    });
    String copiedColumns = String.join(", ", columns.stream().map(column -> switch (column) {
      case "ID_" -> "ID_ || '-copy{copy}'";
      case "DUEDATE_" -> "TIMESTAMP '2100-01-01 00:00:00'";
      default -> column;
    }).toList());
    long timers = managementService.createJobQuery().timers().count();
    long copied = 0;
    for (int copy = 1; timers + copied < wanted; copy++) {
      copied += jdbc.update("INSERT INTO ACT_RU_JOB (" + String.join(", ", columns) + ") SELECT " + copiedColumns.replace("{copy}", String.valueOf(copy))
          + " FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND ID_ NOT LIKE '%-copy%'");
    }
    return copied;
  }

}
