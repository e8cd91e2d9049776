package qi.charts;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.CaptureScreenshotParameters;
import org.openqa.selenium.bidi.log.LogLevel;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium, driven through WebDriver BiDi, for checking qi's HTML pages as a
 * reader's browser shows them: what the console reported, which requests the page made, and which
 * elements are visible.
 *
 * <p>It uses Debian's {@code chromium} and {@code chromium-driver} packages ({@code
 * /usr/bin/chromium}, {@code /usr/bin/chromedriver}); {@code .ci/run} installs them when missing.
 * Without them the browser tests are skipped, unless the environment variable {@code
 * QI_BROWSER_TESTS} is {@code required} (as {@code .ci/run} sets it), when they fail.
 *
 * <pre>{@code
 * try (var browser = HeadlessChromium.start()) {
 *   var page = browser.open(html);
 *   assertThat(page.consoleErrors()).isEmpty();
 *   assertThat(page.requests()).isEmpty();
 *   assertThat(page.isVisible("svg")).isTrue();
 * }
 * }</pre>
 *
 * <p>A test class with several pages shares one browser: {@code @RegisterExtension static final
 * HeadlessChromium.PerClass BROWSER = new HeadlessChromium.PerClass();} and {@code
 * BROWSER.open(html)}.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String SENTINEL = "qi-headless-chromium-sentinel";

  private final ChromeDriver driver;
  private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean sentinelSeen;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
    LogInspector log = new LogInspector(driver);
    log.onConsoleEntry(
        e -> {
          if (SENTINEL.equals(e.getText())) {
            sentinelSeen = true;
          } else if (e.getLevel() == LogLevel.ERROR || e.getLevel() == LogLevel.WARNING) {
            consoleErrors.add(e.getLevel() + ": " + e.getText());
          }
        });
    log.onJavaScriptException(e -> consoleErrors.add("exception: " + e.getText()));
    log.onGenericLog(
        e -> {
          if (e.getLevel() == LogLevel.ERROR) {
            consoleErrors.add(e.getType() + ": " + e.getText());
          }
        });
    new Network(driver).onBeforeRequestSent(r -> requests.add(r.getRequest().getUrl()));
  }

  /**
   * Starts a headless Chromium with a fresh profile and the flags this machine's closed network
   * needs (no background networking, no component updates). Skips the calling test when Chromium is
   * not installed, unless {@code QI_BROWSER_TESTS=required}.
   */
  static HeadlessChromium start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String missing =
          "headless Chromium is needed for this test: apt-get install chromium chromium-driver";
      if ("required".equals(System.getenv("QI_BROWSER_TESTS"))) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.enableBiDi();
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  /**
   * Loads a page from a file and waits until it has loaded. What earlier pages reported is
   * forgotten: {@link Page#consoleErrors()} and {@link Page#requests()} are this page's alone.
   */
  Page open(Path html) {
    consoleErrors.clear();
    requests.clear();
    sentinelSeen = false;
    String url = html.toAbsolutePath().toUri().toString();
    driver.get(url);
    // Events arrive over the BiDi socket after the load, console and network events on separate
    // streams: log a sentinel after the load and wait for it, then until no event has arrived for
    // a while, so that everything the page itself logged or requested has been seen.
    driver.executeScript("console.debug(arguments[0])", SENTINEL);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!sentinelSeen) {
      if (System.nanoTime() > deadline) {
        fail("headless Chromium sent no events for " + url);
      }
      pause(5);
    }
    int seen;
    do {
      seen = consoleErrors.size() + requests.size();
      pause(250);
    } while (seen != consoleErrors.size() + requests.size());
    return new Page(url);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while waiting for headless Chromium");
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** One browser for all tests of a class: started before the first, closed after the last. */
  static final class PerClass implements BeforeAllCallback, AfterAllCallback {
    private HeadlessChromium browser;

    @Override
    public void beforeAll(ExtensionContext context) {
      browser = start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
      if (browser != null) {
        browser.close();
      }
    }

    /** {@link HeadlessChromium#open} in the class's browser. */
    Page open(Path html) {
      return browser.open(html);
    }
  }

  /** One loaded page. */
  final class Page {
    private final String url;

    private Page(String url) {
      this.url = url;
    }

    /** Console errors and warnings, and uncaught script exceptions, as "LEVEL: text". */
    List<String> consoleErrors() {
      return List.copyOf(consoleErrors);
    }

    /** Every URL the page requested other than itself (file:, data: and http(s): alike). */
    List<String> requests() {
      synchronized (requests) {
        return requests.stream().filter(u -> !u.equals(url)).toList();
      }
    }

    /** Whether at least one element matches and every match is displayed with a non-zero size. */
    boolean isVisible(String cssSelector) {
      List<WebElement> found = driver.findElements(By.cssSelector(cssSelector));
      return !found.isEmpty()
          && found.stream()
              .allMatch(
                  e -> {
                    Dimension size = e.getSize();
                    return e.isDisplayed() && size.getWidth() > 0 && size.getHeight() > 0;
                  });
    }

    /** Number of elements matching the selector. */
    int count(String cssSelector) {
      return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    /** The rendered text of the first element matching the selector. */
    String text(String cssSelector) {
      return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** Writes a PNG of the whole document, not just the window, for looking at the page. */
    void screenshot(Path png) throws IOException {
      BrowsingContext context = new BrowsingContext(driver, driver.getWindowHandle());
      String base64 =
          context.captureScreenshot(
              new CaptureScreenshotParameters()
                  .origin(CaptureScreenshotParameters.Origin.DOCUMENT));
      Files.write(png, Base64.getDecoder().decode(base64));
    }
  }
}
