package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dossier.store.DossierStore;
import dossier.web.DossierServer;
import dossier.web.ReportIntake;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in headless Chromium: upload the seed reports through the form, follow the job to the
 * event, and see its families, claims and drift highlights; paste a report full of markup and see
 * it shown as text with nothing executed.
 */
class ServeBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SEEDS = Path.of("../examples/tinzaouaten");

  @TempDir Path dir;
  DossierStore store;
  DossierServer server;
  WebDriver browser;
  String base;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed");
    store = DossierStore.open(dir.resolve("browser.db"));
    server =
        new DossierServer(
            new DossierServer.Config("127.0.0.1", 0, null, DossierServer.Limits.defaults()),
            store,
            new ReportIntake(store, Analyses.of(Analyses.Kind.stages)));
    base = "http://127.0.0.1:" + server.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private WebDriverWait waiting(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  /** Waits on the job page until the job is done (the page's script reloads it then). */
  private void awaitJobDone() {
    waiting(180).until(ExpectedConditions.presenceOfElementLocated(By.id("job-events")));
    assertThat(browser.findElement(By.id("job")).getAttribute("data-state")).isEqualTo("done");
  }

  private void screenshot(String name) throws Exception {
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void uploadsTheSeedsAndShowsTheEventWithFamiliesClaimsAndDrift() throws Exception {
    List<String> files;
    try (Stream<Path> list = Files.list(SEEDS)) {
      files =
          list.filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .map(p -> p.toAbsolutePath().normalize().toString())
              .toList();
    }
    assertThat(files).hasSize(5);
    browser.get(base + "/add");
    browser.findElement(By.id("files")).sendKeys(String.join("\n", files));
    browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
    assertThat(browser.getCurrentUrl()).contains("/jobs/");
    assertThat(browser.findElement(By.id("job-progress")).getTagName()).isEqualTo("progress");
    awaitJobDone();
    assertThat(browser.findElement(By.id("job-status")).getText()).contains("5 added");

    browser.findElement(By.id("job-events")).click();
    List<WebElement> rows = browser.findElements(By.cssSelector("#events tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("5");
    rows.get(0).findElement(By.tagName("a")).click();

    waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-nav")));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("Independent sources").contains("Family graph");
    List<WebElement> sources = browser.findElements(By.cssSelector("td.fam"));
    assertThat(sources).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("svg.graph")).isDisplayed()).isTrue();
    WebElement claims = browser.findElement(By.cssSelector("table.claims"));
    assertThat(claims.getText()).contains("local politician").contains("17");
    List<WebElement> drift =
        browser.findElements(By.cssSelector("details.copy mark[class^='drift-']"));
    assertThat(drift).isNotEmpty();
    assertThat(drift.get(0).isDisplayed()).isTrue();
    String background = drift.get(0).getCssValue("background-color");
    assertThat(background)
        .as("inline stylesheet allowed by its hash")
        .isNotEqualTo("rgba(0, 0, 0, 0)");
    screenshot("event");

    browser.findElement(By.cssSelector("#dossier-nav a.report-link")).click();
    waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
    assertThat(browser.findElements(By.cssSelector("#report-text mark.claim"))).isNotEmpty();
    screenshot("report");
  }

  @Test
  void showsMarkupInAReportAsTextAndRunsNothing() throws Exception {
    String title = "<script>window.pwned=1;alert(1)</script> Raid &amp; <b>bold</b>";
    String text =
        """
        GAO, July 28 - <script>window.pwned=2;alert(2)</script> Armed men killed at least four \
        people in an attack on a market, a local official said.

        <img src=x onerror="window.pwned=3;alert(3)"> See <a href="javascript:window.pwned=4">this \
        link</a>; entities &lt;i&gt; and &amp; stay as typed.
        """;
    browser.get(base + "/add");
    browser.findElement(By.id("paste-title")).sendKeys(title);
    browser.findElement(By.id("paste-url")).sendKeys("javascript:window.pwned=5");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('paste-text').value = arguments[0];", text);
    browser.findElement(By.id("paste-submit")).click();
    awaitJobDone();

    browser.get(base + "/reports");
    browser.findElement(By.cssSelector("#reports tbody a")).click();
    waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
    assertNothingRan();
    assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo(title);
    String shown = browser.findElement(By.id("report-text")).getText();
    assertThat(shown).contains("<script>window.pwned=2;alert(2)</script>");
    assertThat(shown).contains("<img src=x onerror=\"window.pwned=3;alert(3)\">");
    assertThat(shown).contains("&lt;i&gt; and &amp;");
    assertThat(browser.findElement(By.id("report-meta")).getText())
        .contains("javascript:window.pwned=5");
    assertThat(
            browser.findElements(
                By.cssSelector("main script, main img, main a[href^='javascript']")))
        .isEmpty();
    screenshot("xss-report");

    for (String page : List.of("/", "/reports", "/search?q=market", "/jobs")) {
      browser.get(base + page);
      assertNothingRan();
    }
    browser.get(base + "/");
    List<WebElement> events = browser.findElements(By.cssSelector("#events tbody a"));
    if (!events.isEmpty()) {
      events.get(0).click();
      assertNothingRan();
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("<script>");
    }
  }

  private void assertNothingRan() {
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    Object pwned =
        ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined;");
    assertThat(pwned).isEqualTo(Boolean.TRUE);
  }

  static String join(List<String> parts) {
    return parts.stream().collect(Collectors.joining("\n"));
  }
}
