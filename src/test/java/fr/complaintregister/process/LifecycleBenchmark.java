package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.complaintregister.testing.Benchmarks;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.CountedStatements;
import fr.complaintregister.testing.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaints through their whole life (recorded, acknowledged, answered with a gesture that needs a signature, signed,
 * which closes them) by four threads through the application's own Java API, beside the same number through a bare
 * process of the same shape ({@code bench/bare-complaint.bpmn}: its user tasks and timers, none of the application's
 * logic) deployed in the same engine. Not a test: {@code bench/run} runs it, on H2 and on PostgreSQL, and collects
 * {@code target/benchmarks/lifecycle-<database>.md}.
 */
@Tag("benchmark")
@Import(CountedStatements.class)
class LifecycleBenchmark extends ComplaintTestSupport {

  private static final int THREADS = 4;
  private static final int COMPLAINTS = Benchmarks.size("bench.lifecycle.complaints", 200);
  private static final int ROUNDS = Benchmarks.size("bench.lifecycle.rounds", 3);
  private static final int WARM_UP_COMPLAINTS = Math.max(THREADS * 5, COMPLAINTS / 4);
  private static final String BARE_PROCESS = "bareComplaint";
  private static final List<String> STEPS = List.of("record", "acknowledge", "answer", "sign (closes)");

  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  private final AtomicInteger bareNumbers = new AtomicInteger();

  @Test
  void applicationBesideTheBareEngine() throws Exception {
    repositoryService.createDeployment().name("benchmark").addClasspathResource("bench/bare-complaint.bpmn").deploy();
    List<String> agencies = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      agencies.add(newAgency());
    }
    Flow application = new Flow(List.of(
        lifecycle -> lifecycle.processInstanceId = as("alice",
            () -> complaints.record(complaintForm(lifecycle.agency, LocalDate.now(PARIS).toString())).processInstanceId()),
        lifecycle -> submit("bruno", lifecycle, Map.of()),
        lifecycle -> submit("bruno", lifecycle, answerWithGesture()),
        lifecycle -> submit("sophie", lifecycle, Map.of("signatureDecision", "SIGNED"))));
    // The engine's default configuration has no authorization checks: the bare process runs with no user logged in.
    Flow bare = new Flow(List.of(
        lifecycle -> lifecycle.processInstanceId = runtimeService.startProcessInstanceByKey(BARE_PROCESS,
            "bench-" + bareNumbers.incrementAndGet(), complaintForm(lifecycle.agency, LocalDate.now(PARIS).toString()))
            .getId(),
        lifecycle -> submit(null, lifecycle, Map.of()),
        lifecycle -> submit(null, lifecycle, answerWithGesture()),
        lifecycle -> submit(null, lifecycle, Map.of("signatureDecision", "SIGNED"))));

    String machineBefore = Benchmarks.machine();
    round(application, agencies, WARM_UP_COMPLAINTS);
    round(bare, agencies, WARM_UP_COMPLAINTS);
    for (int round = 0; round < ROUNDS; round++) {
      application.rounds.add(round(application, agencies, COMPLAINTS));
      bare.rounds.add(round(bare, agencies, COMPLAINTS));
    }
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("every lifecycle closed").isZero();
    Benchmarks.publish(Benchmarks.reportOf("lifecycle"), report(application, bare, machineBefore));
  }

  private static Map<String, Object> answerWithGesture() {
    Map<String, Object> answer = new HashMap<>();
    answer.put("outcome", "ACCEPTED");
    answer.put("answerText", "La leçon annulée vous est rendue.");
    answer.put("commercialGesture", "Deux leçons offertes");
    answer.put("commercialGestureAmount", 90);
    return answer;
  }

  /** The complaint's one open task, found and submitted as Tasklist does it, by the given user (or nobody). */
  private void submit(String user, Lifecycle lifecycle, Map<String, Object> variables) {
    if (user == null) {
      submitTask(lifecycle, variables);
    } else {
      as(user, () -> {
        submitTask(lifecycle, variables);
        return null;
      });
    }
  }

  private void submitTask(Lifecycle lifecycle, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(lifecycle.processInstanceId).singleResult();
    formService.submitTaskForm(task.getId(), variables);
  }

  /** One round: the complaints shared out among the threads, each thread in its own agency, every step timed. */
  private Round round(Flow flow, List<String> agencies, int complaints) throws Exception {
    Benchmarks.vacuum(jdbc);
    Map<String, Long> databaseBefore = databaseCounters();
    Round round = new Round(complaints);
    long start = System.nanoTime();
    Benchmarks.shareOut(THREADS, complaints, thread -> live(flow, new Lifecycle(agencies.get(thread)), round));
    round.seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> databaseAfter = databaseCounters();
    databaseAfter.forEach((counter, value) -> round.database.put(counter, value - databaseBefore.get(counter)));
    return round;
  }

  private static void live(Flow flow, Lifecycle lifecycle, Round round) {
    for (int step = 0; step < flow.steps.size(); step++) {
      long statements = CountedStatements.ofThisThread();
      long start = System.nanoTime();
      flow.steps.get(step).accept(lifecycle);
      round.millis.get(step).add((System.nanoTime() - start) / 1e6);
      round.statements.get(step).add((double) (CountedStatements.ofThisThread() - statements));
    }
  }

  /**
   * PostgreSQL's row and transaction counters of this database. Its sessions report them when they end: the pool's
   * connections are closed first, so that the counters include the round's work.
   */
  private Map<String, Long> databaseCounters() throws SQLException, InterruptedException {
    Map<String, Long> counters = new LinkedHashMap<>();
    if (TestDatabase.isPostgresql()) {
      dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
      Thread.sleep(1000);
      jdbc.execute("SELECT pg_stat_clear_snapshot()");
      jdbc.query("""
          SELECT xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned + tup_fetched AS tup_read
          FROM pg_stat_database WHERE datname = current_database()""", row -> {
        for (String counter : List.of("xact_commit", "tup_inserted", "tup_updated", "tup_deleted", "tup_read")) {
          counters.put(counter, row.getLong(counter));
        }
      });
    }
    return counters;
  }

  private String report(Flow application, Flow bare, String machineBefore) {
    double applicationRate = application.medianRate();
    double bareRate = bare.medianRate();
    StringBuilder report = new StringBuilder()
        .append("## Lifecycle throughput on ").append(Benchmarks.database(jdbc)).append("\n\n")
        .append(COMPLAINTS).append(" complaints per round through record → acknowledge → answer (a gesture of 90 €, ")
        .append("which needs a signature) → sign, which closes them; ").append(THREADS).append(" threads, each in its ")
        .append("own agency; a warm-up round of ").append(WARM_UP_COMPLAINTS).append(", then ").append(ROUNDS)
        .append(" measured rounds, the application's and the bare process's in turn")
        .append(TestDatabase.isPostgresql() ? ", VACUUM ANALYZE before each" : "").append(". Application: its domain ")
        .append("API (ComplaintService.record) and Tasklist's calls (task query and FormService.submitTaskForm) as ")
        .append("the users who do them. Bare engine: `bench/bare-complaint.bpmn` (3 user tasks, 5 timers, nothing else) ")
        .append("in the same engine, no user logged in (the engine's default: no authorization checks).\n\n")
        .append("- Machine: ").append(machineBefore).append(" (at start); ").append(Benchmarks.machine())
        .append(" (at end)\n\n")
        .append("| | Application | Bare engine | Application / bare |\n|---|---:|---:|---:|\n")
        .append(String.format(Locale.ROOT, "| Complaints per second (median of rounds) | %.1f | %.1f | %.2f |\n",
            applicationRate, bareRate, applicationRate / bareRate))
        .append("| Each round, complaints per second | ").append(application.rates()).append(" | ")
        .append(bare.rates()).append(" | |\n\n")
        .append("| Step | Application p50 ms | p95 ms | statements | Bare p50 ms | p95 ms | statements |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (int step = 0; step < STEPS.size(); step++) {
      report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.1f | %.1f | %.0f |\n", STEPS.get(step),
          application.percentile(step, 0.5), application.percentile(step, 0.95), application.statements(step),
          bare.percentile(step, 0.5), bare.percentile(step, 0.95), bare.statements(step)));
    }
    report.append("\nStatements: those each step sends through the data source (a batched row counts as one), median;")
        .append(" the application's include the user's groups and agencies read to log them in, as the REST API does")
        .append(" on each request.\n");
    if (TestDatabase.isPostgresql()) {
      report.append("\n| Per lifecycle (pg_stat_database) | Application | Bare engine |\n|---|---:|---:|\n");
      for (String counter : application.rounds.get(0).database.keySet()) {
        report.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |\n", counter,
            application.perLifecycle(counter), bare.perLifecycle(counter)));
      }
    }
    return report.append('\n').toString();
  }


  private static final class Lifecycle {

    private final String agency;
    private String processInstanceId;

    Lifecycle(String agency) {
      this.agency = agency;
    }
  }

  private static final class Round {

    private final int complaints;
    private final List<ConcurrentLinkedQueue<Double>> millis = new ArrayList<>();
    private final List<ConcurrentLinkedQueue<Double>> statements = new ArrayList<>();
    private final Map<String, Long> database = new LinkedHashMap<>();
    private double seconds;

    Round(int complaints) {
      this.complaints = complaints;
      for (int step = 0; step < STEPS.size(); step++) {
        millis.add(new ConcurrentLinkedQueue<>());
        statements.add(new ConcurrentLinkedQueue<>());
      }
    }

    double rate() {
      return complaints / seconds;
    }
  }

  private static final class Flow {

    private final List<Consumer<Lifecycle>> steps;
    private final List<Round> rounds = new ArrayList<>();

    Flow(List<Consumer<Lifecycle>> steps) {
      this.steps = steps;
    }

    double medianRate() {
      return Benchmarks.median(rounds.stream().mapToDouble(Round::rate).toArray());
    }

    String rates() {
      return String.join(", ", rounds.stream().map(round -> String.format(Locale.ROOT, "%.1f", round.rate())).toList());
    }

    double percentile(int step, double share) {
      return Benchmarks.percentile(rounds.stream().flatMap(round -> round.millis.get(step).stream()).toList(), share);
    }

    double statements(int step) {
      return Benchmarks.percentile(rounds.stream().flatMap(round -> round.statements.get(step).stream()).toList(), 0.5);
    }

    double perLifecycle(String counter) {
      return rounds.stream().mapToDouble(round -> round.database.get(counter) / (double) round.complaints).average()
          .orElse(Double.NaN);
    }
  }
}
