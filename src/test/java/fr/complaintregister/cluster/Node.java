package fr.complaintregister.cluster;

import static org.awaitility.Awaitility.await;

import fr.complaintregister.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One instance of the packaged application (the jar {@code package} built) in a JVM of its own, on a loopback
 * port, as production runs it: profile {@code prod} with its settings from the environment, plus the demo's
 * users and letterheads so that the tests can call the domain API as alice, bruno or claire.
 */
public final class Node {

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  /** Shorter than the 5 minutes of production, so that a killed node's jobs are taken over within the test. */
  static final Duration LOCK_TIME = Duration.ofSeconds(20);

  private static final Path LOGS = Path.of("target", "cluster-logs");
  private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port (\\d+)");
  /** Settings of the test JVM's environment that would change the node's configuration; the node gets its own. */
  private static final List<String> CONFIGURING_VARIABLES = List.of("SPRING_", "SERVER_", "MANAGEMENT_", "CAMUNDA_", "REGISTRE_");

  private final String name;
  private final String databaseUrl;
  private final List<String> settings = new ArrayList<>();
  private final Path log;
  /** Where in the log this start's output begins: a restart writes below what the node wrote before its crash. */
  private long startOfRun = -1;
  private int port;
  private Process process;

  /** @param name the node's name, also the engine's host name in the job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}) */
  public Node(String name, String databaseUrl) {
    this.name = name;
    this.databaseUrl = databaseUrl;
    this.log = LOGS.resolve(name + ".log");
  }

  /**
   * A job executor of so many threads, acquiring up to so many jobs at a time: with one thread and ten jobs, the
   * node holds locks on jobs it has not run yet for as long as timers are due.
   */
  Node withJobExecutor(int threads, int maxJobsPerAcquisition) {
    settings.addAll(List.of(
        "--camunda.bpm.job-execution.core-pool-size=" + threads,
        "--camunda.bpm.job-execution.max-pool-size=" + threads,
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + maxJobsPerAcquisition));
    return this;
  }

  public String name() {
    return name;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Starts the node and waits until it takes requests (its readiness, as a load balancer asks). */
  public Node start() throws IOException {
    Files.createDirectories(LOGS);
    // One log per node and test run; a restart goes on below what the node wrote before its crash.
    Files.writeString(log, "=== " + name + " started at " + Instant.now() + "\n", StandardOpenOption.CREATE,
        startOfRun < 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    startOfRun = Files.size(log);
    port = 0;
    ProcessBuilder builder = new ProcessBuilder(command(packagedJar()))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(variable -> CONFIGURING_VARIABLES.stream().anyMatch(variable::startsWith));
    builder.environment().putAll(productionEnvironment());
    process = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    awaitReady();
    return this;
  }

  /** {@code kill -9}: no shutdown, open transactions and job locks left as they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " still runs after kill -9");
    }
  }

  /** A graceful stop (SIGTERM), as an operator stops a node before a backup. */
  public void stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private List<String> command(Path jar) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Europe/Paris", "-Xmx512m",
        "-jar", jar.toString(),
        "--server.address=127.0.0.1",
        // the system chooses a free port as Tomcat binds it: no other process can take it in between
        "--server.port=0",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--registre.demo.open-browser=false"));
    command.addAll(settings);
    return command;
  }

  /** application-prod.yml's variables; the demo profile after it brings the demo users, its administrator and letterheads. */
  private Map<String, String> productionEnvironment() {
    String password = TestDatabase.password();
    return Map.of(
        "SPRING_PROFILES_ACTIVE", "prod,demo",
        "REGISTRE_DB_URL", databaseUrl,
        "REGISTRE_DB_USER", TestDatabase.user(),
        // production refuses an empty password; a server with trust authentication ignores it
        "REGISTRE_DB_PASSWORD", password.isEmpty() ? "trust" : password,
        "REGISTRE_ADMIN_USER", DemoAgency.ADMINISTRATOR,
        "REGISTRE_ADMIN_PASSWORD", DemoAgency.ADMINISTRATOR);
  }

  private void awaitReady() {
    try {
      await(name + " ready, see " + log).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " stopped while starting, see " + log);
        }
        OptionalInt bound = boundPort();
        bound.ifPresent(found -> port = found);
        return bound.isPresent() && RegisterApi.ready(this);
      });
    } catch (ConditionTimeoutException late) {
      process.destroyForcibly();
      throw late;
    }
  }

  /**
   * The port this start of the node listens on, once Spring Boot has logged it. (Spring Boot 3 no longer takes a
   * port file writer from the command line, and this node's log is its own.)
   */
  private OptionalInt boundPort() throws IOException {
    try (InputStream output = Files.newInputStream(log)) {
      output.skipNBytes(startOfRun);
      Matcher started = TOMCAT_STARTED.matcher(new String(output.readAllBytes(), StandardCharsets.UTF_8));
      return started.find() ? OptionalInt.of(Integer.parseInt(started.group(1))) : OptionalInt.empty();
    }
  }

  /** The jar failsafe names; missing or older than the compiled classes, the tests would run stale code. */
  private static Path packagedJar() throws IOException {
    String named = System.getProperty("registre.cluster.jar");
    if (named == null) {
      throw new IllegalStateException("registre.cluster.jar is not set: run the cluster tests through failsafe (mvn verify)");
    }
    Path jar = Path.of(named);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the cluster tests run the packaged application (mvn package)");
    }
    FileTime built = Files.getLastModifiedTime(jar);
    try (Stream<Path> classes = Files.walk(Path.of("target", "classes"))) {
      Optional<Path> newer = classes.filter(file -> lastModified(file).compareTo(built) > 0 && Files.isRegularFile(file)).findAny();
      if (newer.isPresent()) {
        throw new IllegalStateException(jar + " is older than " + newer.get() + ": package the application again (mvn package)");
      }
    }
    return jar;
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
