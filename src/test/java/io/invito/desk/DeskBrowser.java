package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.config.Config;
import io.invito.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The desk in a real browser, for the desk's ITs: {@link #start} serves the desk on a free loopback
 * port over the test's config and store, and opens it in Debian's headless Chromium through
 * Debian's chromedriver (both installed by {@code .ci/run}; never downloaded: the driver and the
 * browser are named, so Selenium Manager has nothing to do). A failed test leaves a screenshot in
 * {@code target/desk-failures/}; {@link #assertAccessible} runs axe-core in the page.
 *
 * <pre>
 * {@literal @}RegisterExtension DeskBrowser browser = new DeskBrowser();
 * browser.start(config);  browser.open("/");  browser.assertAccessible();
 * </pre>
 */
public final class DeskBrowser implements BeforeEachCallback, AfterEachCallback {
  static final Path CHROMIUM = io.invito.testing.Chromium.BINARY;
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path FAILURES = Path.of("target", "desk-failures");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path profile;
  private ChromeDriver driver;
  private Pipeline pipeline;
  private DeskServer desk;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + "; install Debian's 'chromium' and 'chromium-driver' (.ci/run does)");
    profile = Files.createTempDirectory("invito-desk-chromium-");
  }

  /** Serves the desk over this config (its store opened as the commands open it) and logs in. */
  public DeskBrowser start(Config config) {
    return start(config, Clock.systemUTC());
  }

  /** As {@link #start(Config)}, with the desk's clock (when it marks a draft sent, say). */
  public DeskBrowser start(Config config, Clock clock) {
    pipeline = Pipeline.open(config.withDesk(config.desk().withPort(0)), clock);
    desk = DeskServer.start(pipeline, clock);
    driver().get(desk.url());
    return this;
  }

  /** Stops the desk and closes the store, so the test can run the pipeline as a next run would. */
  public void stopDesk() {
    if (desk != null) {
      desk.close();
      desk = null;
    }
    if (pipeline != null) {
      pipeline.close();
      pipeline = null;
    }
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public DeskServer desk() {
    return desk;
  }

  /** The desk's origin, {@code http://127.0.0.1:PORT}. */
  public String origin() {
    return "http://127.0.0.1:" + desk.port();
  }

  /** Opens a path of the desk, {@code /} or {@code /drafts/abc}. */
  public WebDriver open(String path) {
    driver().get(origin() + path);
    return driver;
  }

  public WebDriver driver() {
    if (driver == null) {
      driver = chromium(profile);
    }
    return driver;
  }

  public WebElement find(String css) {
    return driver().findElement(By.cssSelector(css));
  }

  /**
   * Clicks what submits a form or follows a link, and waits until the browser shows the page that
   * answered: a click returns once it is dispatched, and under load the next look would still find
   * the page before it (or read a file the request has not written yet).
   */
  public void submit(String css) {
    WebElement page = find("html");
    find(css).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(30))
        .until(browser -> gone(page));
  }

  /**
   * Whether the element belongs to a page the browser has left. Chromium says so as a stale
   * reference, or, when the look falls in the middle of the navigation, as an inspector error
   * ("Node with given id does not belong to the document"), which means the same.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException stale) {
      return true;
    } catch (WebDriverException other) {
      if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw other;
    }
  }

  public List<WebElement> findAll(String css) {
    return driver().findElements(By.cssSelector(css));
  }

  /**
   * Keeps a screenshot of what the browser shows as {@code target/desk-screenshots/NAME.png}, and
   * in the folder {@code -Ddesk.screenshots} names when given (the README's are in docs/desk).
   */
  public void shot(String name) throws IOException {
    screenshot(Path.of("target", "desk-screenshots", name + ".png"));
    String docs = System.getProperty("desk.screenshots");
    if (docs != null) {
      screenshot(Path.of(docs, name + ".png"));
    }
  }

  /** Saves what the browser shows now, as a PNG. */
  public Path screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /**
   * Runs axe-core in the page shown (injected by the WebDriver, which the page's script policy does
   * not govern) and fails on any serious or critical violation, naming each rule and element.
   */
  public void assertAccessible() throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver();
    js.executeScript(axeSource());
    driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
    String text = String.valueOf(result);
    assertThat(text).as("axe ran").doesNotStartWith("error:");
    List<String> grave = new ArrayList<>();
    for (JsonNode violation : JSON.readTree(text)) {
      String impact = violation.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        grave.add(
            impact
                + " "
                + violation.path("id").asText()
                + ": "
                + violation.path("help").asText()
                + " at "
                + targets);
      }
    }
    assertThat(grave)
        .as("serious or critical axe violations on " + driver.getCurrentUrl())
        .isEmpty();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (driver != null && context.getExecutionException().isPresent()) {
        Path shot =
            screenshot(
                FAILURES.resolve(
                    context.getRequiredTestClass().getSimpleName()
                        + "-"
                        + context.getRequiredTestMethod().getName()
                        + ".png"));
        System.err.println("desk screenshot of the failure: " + shot.toAbsolutePath());
      }
    } finally {
      if (driver != null) {
        driver.quit();
        driver = null;
      }
      stopDesk();
    }
  }

  private static ChromeDriver chromium(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(io.invito.testing.Chromium.headless(profile));
    options.addArguments("--disable-dev-shm-usage", "--window-size=1200,1600");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static String axeSource() {
    try (InputStream in = DeskBrowser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (axe-core jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
