package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.io.ReportHtml;
import dossier.model.Article;
import dossier.model.Dossier;
import dossier.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens the HTML dossier in headless Chromium and checks what a person sees. */
class ReportHtmlIT {

  @TempDir Path dir;

  @Test
  void showsTheEventItsSourcesClaimsFiguresAndDrift() throws IOException {
    Path page = dir.resolve("report.html");
    Files.writeString(page, ReportHtml.write(SeedDossier.dossier(), "Tinzaouaten"));
    ChromeDriver browser = HeadlessChromium.start();
    try {
      browser.get(page.toUri().toString());
      HeadlessChromium.screenshot(browser, "report-seeds");
      String heading = browser.findElement(By.cssSelector("section.event h2")).getText();
      assertThat(heading).contains("Kidal").contains("2024-07-25 to 2024-07-27");
      String summary = browser.findElement(By.cssSelector("section.event .summary")).getText();
      assertThat(summary)
          .contains("5\nreports")
          .contains("2\nindependent sources")
          .contains("17 / 17 /");
      List<String> claimants =
          browser.findElements(By.cssSelector("table.claims tr td:first-child")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(claimants)
          .anySatisfy(c -> assertThat(c).contains("a local politician"))
          .anySatisfy(c -> assertThat(c).contains("JNIM"))
          .anySatisfy(c -> assertThat(c).contains("Malian army"));
      assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
      assertThat(browser.findElements(By.cssSelector("svg.graph circle"))).hasSize(5);
      List<WebElement> drift = browser.findElements(By.cssSelector("details.copy mark"));
      assertThat(drift).extracting(WebElement::getText).contains("rammed", "and");
      assertThat(browser.findElements(By.cssSelector("details.copy mark.drift-quote")))
          .isNotEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void showsHostileReportTextAsTextAndRunsNothing() throws IOException {
    String hostile =
        "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
            + " <a href=\"javascript:window.pwned=3\">click</a> &amp; &lt;b&gt;";
    List<Article> articles = new ArrayList<>(SeedDossier.input().articles());
    articles.add(
        new Article(
            "hostile",
            "hostile.txt",
            hostile,
            "javascript:alert(1)",
            null,
            null,
            hostile,
            List.of(),
            hostile,
            "Fighting broke out near Tinzaouaten in the Kidal region on Saturday, a local official"
                + " said: \""
                + hostile
                + "\" At least 3 people were killed.",
            List.of(),
            List.of(),
            "en"));
    Dossier dossier = new Pipeline(Pipeline.Config.defaults()).run(articles);
    Path page = dir.resolve("hostile.html");
    Files.writeString(page, ReportHtml.write(dossier, hostile));
    ChromeDriver browser = HeadlessChromium.start();
    try {
      browser.get(page.toUri().toString());
      HeadlessChromium.screenshot(browser, "report-hostile");
      assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
      assertThat(browser.findElements(By.tagName("script"))).isEmpty();
      assertThat(browser.findElements(By.tagName("img"))).isEmpty();
      assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
      assertThat(browser.getTitle()).contains("<script>");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .contains("<script>window.pwned=1</script>");
    } finally {
      browser.quit();
    }
  }
}
