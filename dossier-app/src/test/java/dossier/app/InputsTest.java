package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.PackedArticles;
import dossier.model.Rejection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inputs cleans reports in parallel batches and keeps the order of the input. */
class InputsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Inputs.Holding.class)
  void keepsArticlesAndRejectionsInInputOrderAcrossManyBatches(Inputs.Holding holding)
      throws Exception {
    List<String> lines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Path file = dir.resolve("reports.jsonl");
    for (int i = 0; i < 1000; i++) {
      if (i % 97 == 5) {
        lines.add("{not json " + i);
        broken.add(file + ":" + (i + 1));
      } else if (i % 89 == 7) {
        lines.add("{\"id\": \"r" + i + "\", \"text\": \"\"}");
        broken.add(file + ":" + (i + 1));
      } else {
        String id = "r" + i;
        ids.add(id);
        lines.add(
            "{\"id\": \""
                + id
                + "\", \"text\": \"Report number "
                + i
                + " says that the river rose by "
                + i
                + " centimetres overnight in the town of Example, officials said on Monday.\"}");
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    List<String> progressed = new ArrayList<>();

    Inputs.Result result =
        Inputs.read(
            List.of(file.toString()),
            new ByteArrayInputStream(new byte[0]),
            a -> progressed.add(a.id()),
            holding);

    assertThat(result.articles()).extracting(Article::id).containsExactlyElementsOf(ids);
    assertThat(progressed).containsExactlyElementsOf(ids);
    assertThat(result.rejections()).extracting(Rejection::source).containsExactlyElementsOf(broken);
  }

  @Test
  void packedHoldingGivesThePlainArticlesWithRecurringParagraphsRemoved() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String outlet = "outlet-" + (i % 3);
      String text =
          "Report "
              + i
              + " says the river rose by "
              + i
              + " centimetres overnight in the town of Example, officials said."
              + (i % 2 == 0 ? "\\n\\nSupport independent journalism: donate today." : "")
              + "\\n\\nIts mayor asked residents of the lower streets to leave before dawn.";
      lines.add(
          "{\"id\": \"r" + i + "\", \"outlet\": \"" + outlet + "\", \"text\": \"" + text + "\"}");
    }
    Path file = dir.resolve("outlets.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);

    List<Article> plain = read(file, Inputs.Holding.PLAIN).articles();
    List<Article> packed = read(file, Inputs.Holding.PACKED).articles();

    assertThat(packed).isInstanceOf(PackedArticles.class).isEqualTo(plain).hasSize(600);
    assertThat(plain.get(0).text()).doesNotContain("donate");
    assertThat(plain.get(0).removed()).anyMatch(r -> r.text().contains("donate"));
  }

  private static Inputs.Result read(Path file, Inputs.Holding holding) {
    return Inputs.read(
        List.of(file.toString()), new ByteArrayInputStream(new byte[0]), a -> {}, holding);
  }

  @Test
  void holdsPackedTheInputsWhoseStringsWouldTakeMoreThanAQuarterOfTheHeap() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.write(folder.resolve("a.txt"), new byte[600]);
    Files.write(folder.resolve("b.txt"), new byte[400]);
    List<String> paths = List.of(folder.toString());

    assertThat(Inputs.holdingFor(paths, 8_000)).isEqualTo(Inputs.Holding.PLAIN);
    assertThat(Inputs.holdingFor(paths, 7_996)).isEqualTo(Inputs.Holding.PACKED);
    assertThat(Inputs.holdingFor(List.of("-"), Long.MAX_VALUE)).isEqualTo(Inputs.Holding.PACKED);
    assertThat(Inputs.holdingFor(List.of(dir.resolve("missing").toString()), 8))
        .isEqualTo(Inputs.Holding.PLAIN);
  }
}
