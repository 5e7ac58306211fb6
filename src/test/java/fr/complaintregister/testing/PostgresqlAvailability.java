package fr.complaintregister.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In a run on PostgreSQL (surefire's postgresql run, the cluster tests, the benchmark), without a reachable
 * PostgreSQL: a developer's run skips, and says so loudly, naming the run; a CI run ({@code CI=true}) fails.
 */
public class PostgresqlAvailability implements ExecutionCondition {

  private static Optional<String> unreachable;
  private static boolean warned;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TestDatabase.isPostgresql()) {
      return ConditionEvaluationResult.enabled("H2 run");
    }
    Optional<String> unreachable = unreachable();
    if (unreachable.isEmpty()) {
      return ConditionEvaluationResult.enabled("PostgreSQL reachable");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true and PostgreSQL is unreachable for the " + run() + ": " + unreachable.get());
    }
    warnOnce(unreachable.get());
    return ConditionEvaluationResult.disabled(run() + " SKIPPED: " + unreachable.get());
  }

  private static synchronized Optional<String> unreachable() {
    if (unreachable == null) {
      unreachable = TestDatabase.unreachable();
    }
    return unreachable;
  }

  /** The run on PostgreSQL this JVM makes, as the pom names it. */
  private static String run() {
    return System.getProperty("registre.test.run", "PostgreSQL run");
  }

  private static synchronized void warnOnce(String reason) {
    if (!warned) {
      warned = true;
      System.err.printf("%n%s%n!!! %s SKIPPED: PostgreSQL is unreachable (%s).%n"
          + "!!! Nothing of this run has tested this change. Start PostgreSQL or set REGISTRE_TEST_PG_URL.%n%s%n%n",
          "!".repeat(100), run(), reason, "!".repeat(100));
    }
  }
}
