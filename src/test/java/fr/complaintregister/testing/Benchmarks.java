package fr.complaintregister.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the benchmarks share: their sizes, read from system properties so that {@code bench/run} can set them, their
 * figures' percentiles, the machine they ran on, and their report, written under {@code target/benchmarks} (where
 * {@code bench/run} collects them into {@code bench/results.md}) and printed.
 */
public final class Benchmarks {

  private static final Path REPORTS = Path.of("target", "benchmarks");

  private Benchmarks() {
  }

  /** A benchmark's size: the system property when set ({@code -Dbench.…} on the Maven command line), else the default. */
  public static int size(String property, int fallback) {
    return Integer.getInteger(property, fallback);
  }

  public static boolean flag(String property, boolean fallback) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value);
  }

  /** The value below which the given share of the figures lie (nearest rank), e.g. 0.95 for the p95. */
  public static double percentile(Collection<Double> figures, double share) {
    double[] sorted = figures.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(share * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  public static double median(double... figures) {
    double[] sorted = Arrays.stream(figures).sorted().toArray();
    return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
  }

  /** Does the given work for each of the items, shared out among the threads; {@code work} gets the thread's number. */
  public static void shareOut(int threads, int items, ThreadWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> shares = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int number = thread;
        int share = items / threads + (thread < items % threads ? 1 : 0);
        shares.add(pool.submit(() -> {
          for (int item = 0; item < share; item++) {
            work.accept(number);
          }
          return null;
        }));
      }
      for (Future<?> share : shares) {
        share.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  @FunctionalInterface
  public interface ThreadWork {

    void accept(int thread) throws Exception;
  }

  /** Autovacuum is off on this machine: fresh statistics and visibility maps before a measure on PostgreSQL. */
  public static void vacuum(JdbcTemplate jdbc) {
    if (TestDatabase.isPostgresql()) {
      jdbc.execute("VACUUM ANALYZE");
    }
  }

  /** The machine's cores and load average now: figures taken on a loaded machine say so. */
  public static String machine() {
    String load;
    try {
      String[] loadAverage = Files.readString(Path.of("/proc/loadavg")).split(" ");
      load = loadAverage[0] + " / " + loadAverage[1] + " / " + loadAverage[2];
    } catch (IOException e) {
      load = "unknown";
    }
    return String.format(Locale.ROOT, "%d cores, load average (1 / 5 / 15 min) %s, JVM heap limit %d MB",
        Runtime.getRuntime().availableProcessors(), load, LiveHeap.limitMegabytes());
  }

  /** The database the benchmark runs on, as its report names it. */
  public static String database(JdbcTemplate jdbc) {
    return TestDatabase.isPostgresql() ? jdbc.queryForObject("SELECT version()", String.class).split(" on ")[0] : "H2";
  }

  /** The report file of a benchmark that runs on both databases. */
  public static String reportOf(String benchmark) {
    return benchmark + "-" + (TestDatabase.isPostgresql() ? "postgresql" : "h2") + ".md";
  }

  /** Writes the report to {@code target/benchmarks/<file>} and prints it. */
  public static void publish(String file, CharSequence report) {
    try {
      Files.createDirectories(REPORTS);
      Files.writeString(REPORTS.resolve(file), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(report);
  }
}
