package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A French user's headless Chromium on the running application, in Europe/Paris, leaving a
 * screenshot of each step under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Words a French user of the webapps must never read: English (messages, date pickers, decision
   * tables) or a technical placeholder. Whole words, so that French words containing them pass.
   */
  private static final Pattern NOT_FRENCH = Pattern.compile("(?i)\\b(the|and|with|does|not|no|found|field|"
      + "required|must|match|pattern|task|tasks|cannot|user|permission|has|have|is|are|of|for|to|from|by|"
      + "process|processes|tag|hit|policy|when|then|annotations|sun|tue|wed|thu|fri|sat|january|february|"
      + "march|april|may|june|july|august|september|october|november|december|whitelabel|error|exception|"
      + "null|undefined|nan|loading|search|add|create|delete|edit|save|cancel|close|start|show|more|all|"
      + "none|yes|today|week|month|year|workflow|system|access|administrators)\\b");
  /** Names a French user reads as they are: the products and their standards. */
  private static final Pattern PROPER_NAMES = Pattern.compile("Camunda|Tasklist|Cockpit|Admin|BPMN|DMN|FEEL");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final String scenario;
  private int step;

  private Browser(ChromeDriver driver, String baseUrl, String scenario) {
    this.driver = driver;
    // Generous: CI shares two cores between the application, the database and the browser.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(40));
    this.baseUrl = baseUrl;
    this.scenario = scenario;
  }

  static Browser open(int port, String scenario) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserAvailability.CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Europe/Paris"))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions()
        .setBinary(BrowserAvailability.CHROMIUM.toFile())
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
            "--window-size=1400,1100", "--lang=fr-FR")
        .setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, scenario);
  }

  /**
   * Logs in as the demo user. On a loaded machine the login form may render again after the first keys (the
   * webapp starting), losing them: the login is then typed again, a few times.
   */
  void logIn(String app, String user) {
    By password = By.cssSelector("input[type=password]");
    go("/camunda/app/" + app + "/");
    for (int attempt = 1; ; attempt++) {
      retype(password, user);
      retype(By.cssSelector("input[type=text]"), user);
      click(By.cssSelector("button[type=submit]"));
      try {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> gone(browser, password));
        return;
      } catch (TimeoutException stillOnTheLoginForm) {
        if (attempt == 3) {
          throw stillOnTheLoginForm;
        }
      }
    }
  }

  void go(String path) {
    driver.get(baseUrl + path);
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void click(By by) {
    onFreshElement(by, WebElement::click);
  }

  void type(By by, CharSequence... keys) {
    onFreshElement(by, element -> element.sendKeys(keys));
  }

  /** Chooses a file as the system's file dialog would: the page shows its own French button over the input. */
  void attach(By fileInput, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(fileInput)).sendKeys(file.toAbsolutePath().toString());
  }

  /** Replaces a field's content as a user would: select all, delete, type. */
  void retype(By by, String text) {
    type(by, Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    if (!text.isEmpty()) {
      type(by, text);
    }
  }

  /** Brings an element into the screenshot, such as an error shown at the top of a long form. */
  void scrollTo(By by) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(by));
  }

  void waitUntilGone(By by) {
    wait.until(browser -> gone(browser, by));
  }

  /** Whether nothing matching is displayed; an element re-rendered while being looked at is looked for again. */
  private static boolean gone(WebDriver browser, By by) {
    try {
      return browser.findElements(by).stream().noneMatch(WebElement::isDisplayed);
    } catch (StaleElementReferenceException replacedMeanwhile) {
      return false;
    } catch (WebDriverException error) {
      if (replacedMeanwhile(error)) {
        return false;
      }
      throw error;
    }
  }

  /** Chrome's words for an element re-rendered between finding and acting on it. */
  private static boolean replacedMeanwhile(WebDriverException error) {
    return String.valueOf(error.getMessage()).contains("does not belong to the document");
  }

  /**
   * The webapps re-render forms (after a claim, say): act on the element as it is now, scrolled to
   * the middle of the window so that the page footer does not cover it.
   */
  private void onFreshElement(By by, Consumer<WebElement> action) {
    wait.ignoring(StaleElementReferenceException.class).until(browser -> {
      WebElement element = ExpectedConditions.elementToBeClickable(by).apply(browser);
      if (element == null) {
        return false;
      }
      try {
        scrollTo(by);
        action.accept(element);
        return true;
      } catch (WebDriverException error) {
        if (replacedMeanwhile(error)) {
          return false;
        }
        throw error;
      }
    });
  }

  void waitForText(String text) {
    // Read while the page replaces its content, the body's text can fail with Chrome's "node does not belong to
    // the document" (not a stale element): the next poll reads the new page.
    new WebDriverWait(driver, Duration.ofSeconds(40)).ignoring(WebDriverException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** What a link gives to this browser's session: the bytes a user would download. */
  byte[] download(By link) {
    String href = find(link).getDomProperty("href");
    String base64 = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(answer => answer.blob())"
        + ".then(blob => { const reader = new FileReader(); reader.onload = () => done(reader.result.split(',')[1]);"
        + " reader.readAsDataURL(blob); })", href);
    return Base64.getDecoder().decode(base64);
  }

  /** Lays the page out as printed (its print stylesheet), after telling it that it is about to be printed. */
  void asPrinted() {
    driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
  }

  /** As printed on A4 portrait: the page's printable width (210 mm less 12 mm margins each side) at 96 px an inch. */
  void asPrintedOnA4Portrait() {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 703, "height", 1100, "deviceScaleFactor", 1, "mobile", false));
    asPrinted();
  }

  /** Back on screen after printing: the window's own size and media, then told that the printing is over. */
  void backOnScreen() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    driver.executeScript("window.dispatchEvent(new Event('afterprint'))");
  }

  /** Files the server does not deliver from now on (a pattern such as {@code *}{@code /registre/commun.js}); none: all again. */
  void blockFiles(String... patterns) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
  }

  /** Runs a script in the page, as a page's own code or an extension would, and gives its result. */
  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** What the page wrote to the console, and the browser's own warnings about it, since last asked. */
  List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  /** Moves the page's clock on (new Date(), Date.now()), as when a user comes back to a page left open. */
  void comeBackLater(Duration later) {
    driver.executeScript("const real = Date; const later = arguments[0];"
        + "window.Date = class extends real { constructor(...given) { super(...(given.length ? given : [real.now() + later])); }"
        + " static now() { return real.now() + later; } };", later.toMillis());
  }

  /** The element's text as it is now: one re-rendered while being read is read again. */
  String text(By by) {
    return wait.ignoring(StaleElementReferenceException.class).until(browser -> find(by).getText().strip());
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Takes a picture of the step, and checks that the page speaks French only. */
  void screenshot(String name) {
    assertPageIsFrench(name);
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", scenario, ++step, name));
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertPageIsFrench(String step) {
    String text = (String) driver.executeScript(
        "return document.body.innerText + ' ' + Array.from(document.querySelectorAll('[placeholder]'))"
            + ".map(e => e.getAttribute('placeholder')).join(' ')");
    Matcher english = NOT_FRENCH.matcher(PROPER_NAMES.matcher(text).replaceAll(""));
    List<String> words = english.results().map(match -> match.group()).distinct().toList();
    assertThat(words).as("words not in French on the page of step '%s' (%s): %s",
        step, driver.getCurrentUrl(), text).isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
