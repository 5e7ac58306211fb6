package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.Benchmarks;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * How long one node's job executor takes to fire a batch of complaints' acknowledgement reminders that fall due
 * together, among 100,000 pending timers ({@code -Dbench.timers.due}, {@code -Dbench.timers.pending}). The due
 * reminders are those of complaints recorded through the domain API by four threads; the other pending timers are
 * copies of their timers made by SQL, due in 2100 (recording 100,000 complaints would take hours): they weigh on the
 * job acquisition's query as real ones would. Not a test: {@code bench/run} runs it and collects
 * {@code target/benchmarks/timers-<database>.md}.
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

    // A week on, the reminders of the complaints received today fall due together (ComplaintTimers: at midnight).
    clockAt(today.plusDays(7).atTime(12, 0).toString());
    assertThat(dueReminders().count()).as("the batch").isEqualTo(DUE);
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
    if (JOBS_PER_ACQUISITION > 0) {
      jobExecutor.setMaxJobsPerAcquisition(JOBS_PER_ACQUISITION);
    }
    long start = System.nanoTime();
    jobExecutor.start();
    try {
      while (dueReminders().count() > 0 && (System.nanoTime() - start) / 1_000_000 < TIMEOUT_MILLIS) {
        Thread.sleep(100);
      }
    } finally {
      jobExecutor.shutdown();
    }
    double firingSeconds = (System.nanoTime() - start) / 1e9;
    long failed = managementService.createJobQuery().activityId(REMINDER).withException().count();
    assertThat(dueReminders().count()).as("every due reminder fired within the time limit").isZero();

    Benchmarks.publish(Benchmarks.reportOf("timers"), String.format(
        Locale.ROOT, """
            ## Timers on %s, one node

            - Machine: %s (at start); %s (at end)
            - %d pending timers: those of %d complaints recorded through the domain API by %d threads (%.1f s, %.1f \
            complaints/s), and %d copies of them by SQL, due in 2100
            - Job executor: the engine's own (%s, one node), %d jobs per acquisition, acquisition by due date (the \
            application's setting)

            | Batch falling due together | Seconds to fire them all | Timers fired per second | Failed |
            |---|---:|---:|---:|
            | %d acknowledgement reminders | %.1f | %.1f | %d |

            """, Benchmarks.database(jdbc), machineBefore, Benchmarks.machine(), pending, DUE, THREADS, recordingSeconds,
        DUE / recordingSeconds, copied, jobExecutor.getClass().getSimpleName(),
        jobExecutor.getMaxJobsPerAcquisition(), DUE, firingSeconds, DUE / firingSeconds, failed));
    ClockUtil.reset();
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
