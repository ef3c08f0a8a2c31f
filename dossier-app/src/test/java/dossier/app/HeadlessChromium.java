package dossier.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * HeadlessChromium starts Debian's Chromium through its chromedriver for browser tests, with no
 * network beyond the machine; tests are skipped when the browser is not installed.
 */
public final class HeadlessChromium {

  private static final String BROWSER = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  private HeadlessChromium() {}

  /** Skips the calling test when Chromium or its driver is not installed. */
  public static void assumeInstalled() {
    assumeTrue(
        new File(BROWSER).canExecute() && new File(DRIVER).canExecute(),
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
  }

  /** A new headless browser; the caller quits it. Skips the test when there is no browser. */
  public static ChromeDriver start() throws IOException {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,2000",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Saves a screenshot under {@code target/screenshots/} and returns its path. */
  public static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
