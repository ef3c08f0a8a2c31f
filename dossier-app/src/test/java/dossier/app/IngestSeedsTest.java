package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Removal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden test: the bundled Tinzaouaten reports come out of ingest as an analyst reads them. */
class IngestSeedsTest {

  static final Path SEEDS = Path.of("..", "examples", "tinzaouaten");
  static Map<String, Article> byFile;

  @BeforeAll
  static void ingest() {
    Inputs.Result result =
        Inputs.read(
            List.of(SEEDS.toString()),
            new ByteArrayInputStream(new byte[0]),
            a -> {},
            Inputs.Holding.PLAIN);
    assertThat(result.rejections()).isEmpty();
    byFile =
        result.articles().stream()
            .collect(
                Collectors.toMap(
                    a -> Path.of(a.source()).getFileName().toString().substring(0, 3),
                    Function.identity()));
  }

  @Test
  void readsAllFiveReports() {
    assertThat(byFile).containsOnlyKeys("000", "001", "002", "003", "004");
  }

  @Test
  void infersMoscowTimesReportMetadata() {
    Article a = byFile.get("000");
    assertThat(a.outlet()).isEqualTo("The Moscow Times");
    assertThat(a.published().value()).isEqualTo("2024-07-28");
    assertThat(a.credits()).containsExactly("AFP");
    assertThat(a.title()).startsWith("Mali Army, Russian Allies Suffer Heavy Losses");
    assertThat(a.url()).startsWith("https://www.themoscowtimes.com/2024/07/28/");
    assertThat(a.headings()).extracting(h -> h.of(a.text())).containsExactly("Years of unrest");
    assertThat(a.removed())
        .extracting(Removal::reason)
        .containsExactly(
            "title", "byline", "date", "caption", "related", "original-url", "original-url");
  }

  @Test
  void infersKyivPostFromItsPromoAndDropsTeaserMidArticle() {
    Article a = byFile.get("001");
    assertThat(a.outlet()).isEqualTo("Kyiv Post");
    assertThat(a.credits()).containsExactly("AFP");
    assertThat(a.published()).isNull();
    assertThat(a.text()).doesNotContain("Telegram", "Kyivpost", "Harris", "Ukrainian-Americans");
    assertThat(a.removed())
        .extracting(Removal::reason)
        .containsExactly("promo", "promo", "teaser-header", "teaser", "teaser");
    assertThat(a.headings())
        .extracting(h -> h.of(a.text()))
        .containsExactly("Long-standing anxiety");
  }

  @Test
  void readsDateAndDatelineOfTrimmedCopy() {
    Article a = byFile.get("002");
    assertThat(a.published().value()).isEqualTo("2024-07-28");
    assertThat(a.dateline()).isEqualTo("Dakar, Senegal");
    assertThat(a.credits()).containsExactly("AFP");
    assertThat(a.text()).startsWith("Mali’s army and its Russian allies");
  }

  @Test
  void readsCapitalisedDatelineOfRewrite() {
    Article a = byFile.get("003");
    assertThat(a.dateline()).isEqualTo("Dakar");
    assertThat(a.text())
        .startsWith("A mainly Tuareg separatist coalition")
        .doesNotContain("READ ALSO");
  }

  @Test
  void dropsSubscriptionPleasOfIndependentReport() {
    Article a = byFile.get("004");
    assertThat(a.text()).doesNotContain("KEEP READING", "don’t miss anything", "weekly newsletter");
    assertThat(a.credits()).containsExactly("Reuters");
  }

  @Test
  void losesNoSentenceOfAnyStory() throws IOException {
    for (Map.Entry<String, Article> e : byFile.entrySet()) {
      Article a = e.getValue();
      String original = Files.readString(Path.of(a.source()));
      String removedText =
          a.removed().stream().map(Removal::text).collect(Collectors.joining("\n"));
      for (String line : original.split("\n")) {
        String plain = line.replaceAll("\\*\\*|#+ |\\[|\\]\\([^)]*\\)", "").strip();
        if (plain.split("\\s+").length < 12 || removedText.contains(plain)) {
          continue;
        }
        // The dateline prefix is metadata; every sentence after it stays in the text.
        String story = plain.replaceFirst("^.{0,40}?(—|:)\\s", "");
        assertThat(a.text()).as("seed %s keeps %s", e.getKey(), story).contains(story);
      }
    }
  }
}
