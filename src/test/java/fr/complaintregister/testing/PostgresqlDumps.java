package fr.complaintregister.testing;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A database dumped and restored with PostgreSQL's own client tools, as the README's backup procedure does.
 * Without the tools, a developer's run skips the test and says so loudly; a CI run ({@code CI=true}) fails.
 */
public final class PostgresqlDumps {

  private static final long TIMEOUT_MINUTES = 5;
  private static final String RESTORED_PREFIX = "registre_restored";

  private PostgresqlDumps() {
  }

  public static void requireClientTools() {
    List<String> missing = Stream.of("pg_dump", "pg_restore").filter(tool -> !onPath(tool)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String reason = String.join(", ", missing) + " not found on the PATH (Debian: apt-get install postgresql-client)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true and " + reason);
    }
    System.err.printf("%n%s%n!!! Backup and restore test SKIPPED: %s.%n%s%n%n", "!".repeat(100), reason, "!".repeat(100));
    abort("Backup and restore test SKIPPED: " + reason);
  }

  /** Dumps the database in pg_dump's custom format, as the README says to. */
  public static Path dump(String database, Path directory) throws IOException, InterruptedException {
    Path dump = directory.resolve("registre.dump");
    run("pg_dump", "--format=custom", "--file=" + dump, database);
    return dump;
  }

  /** @return the JDBC URL of a new, empty database into which the dump was restored */
  public static String restoreIntoNewDatabase(Path dump) throws IOException, InterruptedException {
    TestDatabase.dropStaleDatabases(RESTORED_PREFIX);
    String database = TestDatabase.newDatabase(RESTORED_PREFIX);
    run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + database, dump.toString());
    return TestDatabase.url(database);
  }

  private static void run(String tool, String... arguments) throws IOException, InterruptedException {
    URI server = TestDatabase.server();
    List<String> command = new ArrayList<>(List.of(tool, "--host=" + server.getHost(), "--port=" + server.getPort(),
        "--username=" + TestDatabase.user(), "--no-password"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", TestDatabase.password());
    Path output = Files.createTempFile(tool, ".log");
    try {
      Process process = builder.redirectOutput(output.toFile()).start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(command + " failed: " + Files.readString(output));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
  }
}
