package fr.complaintregister.cluster;

import fr.complaintregister.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged application (the jar {@code package} built) in a JVM of its own, on a loopback
 * port, as production runs it: profile {@code prod} with its settings from the environment, plus the demo's
 * users and letterheads so that the tests can call the domain API as alice, bruno or claire.
 */
final class Node {

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  /** Shorter than the 5 minutes of production, so that a killed node's jobs are taken over within the test. */
  static final Duration LOCK_TIME = Duration.ofSeconds(20);

  private static final Path JAR = Path.of(System.getProperty("registre.cluster.jar", "target/registre-reclamations.jar"));
  private static final Path LOGS = Path.of("target", "cluster-logs");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final String databaseUrl;
  private final int port;
  private final Path log;
  private Process process;

  /** @param name the node's name, also the engine's host name in the job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}) */
  Node(String name, String databaseUrl) {
    this.name = name;
    this.databaseUrl = databaseUrl;
    this.port = freePort();
    this.log = LOGS.resolve(name + ".log");
  }

  String name() {
    return name;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Starts the node and waits until it takes requests (its readiness, as a load balancer asks). */
  Node start() throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: the cluster tests run the packaged application (mvn package)");
    }
    Files.createDirectories(LOGS);
    Files.writeString(log, "=== " + name + " started at " + Instant.now() + " on port " + port + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    ProcessBuilder builder = new ProcessBuilder(command())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
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
  void stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private List<String> command() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Europe/Paris", "-Xmx512m",
        "-jar", JAR.toString(),
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--registre.demo.open-browser=false");
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
        "REGISTRE_ADMIN_USER", "demo",
        "REGISTRE_ADMIN_PASSWORD", "demo");
  }

  private void awaitReady() throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting, see " + log);
      }
      if (ready()) {
        return;
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " not ready within " + START_TIMEOUT + ", see " + log);
  }

  private boolean ready() throws InterruptedException {
    try {
      HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
      return HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
