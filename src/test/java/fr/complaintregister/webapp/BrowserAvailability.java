package fr.complaintregister.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium and ChromeDriver: a developer without them is told so and
 * skips; a CI run ({@code CI=true}) without them fails (.ci/run installs them).
 */
public class BrowserAvailability implements ExecutionCondition {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return ConditionEvaluationResult.enabled("Chromium and ChromeDriver installed");
    }
    String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true: " + missing);
    }
    System.err.println("!!! Browser tests SKIPPED: " + missing);
    return ConditionEvaluationResult.disabled("SKIPPED: " + missing);
  }
}
