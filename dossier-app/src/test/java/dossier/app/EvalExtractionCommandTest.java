package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.app.eval.ExtractionBenchmark;
import dossier.app.eval.ShingleScore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the shared evaluation data when it sits beside the checkout; skipped otherwise. */
class EvalExtractionCommandTest {

  private static final Path DATA = Path.of("../../shared/data");
  private static final Path AEB = DATA.resolve("extraction/aeb");

  @Test
  void reproducesThePublishedTrafilaturaScoreOnAeb() throws Exception {
    assumeTrue(Files.isDirectory(AEB), "evaluation data not present");
    ExtractionBenchmark aeb = ExtractionBenchmark.aeb(AEB);
    JsonNode outputs;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(AEB.resolve("baseline-outputs/trafilatura.json.gz")))) {
      outputs = new ObjectMapper().readTree(in);
    }
    JsonNode byId = outputs.has("output") ? outputs.get("output") : outputs;
    ShingleScore score = new ShingleScore();
    for (ExtractionBenchmark.Page page : aeb.pages()) {
      score.add(page.truth(), byId.path(page.id()).path("articleBody").asText(""));
    }

    assertThat(score.pages()).isEqualTo(181);
    assertThat(score.f1()).isCloseTo(0.958, within(0.0015));
  }

  @Test
  void scoresTheExtractorOnAebAndWritesEveryPrediction(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(AEB), "evaluation data not present");
    Path predictions = tmp.resolve("predictions.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      status =
          Main.run(
              "eval",
              "extraction",
              "--data",
              DATA.toString(),
              "--set",
              "aeb",
              "--predictions",
              predictions.toString());
    } finally {
      System.setOut(stdout);
    }

    assertThat(status).isZero();
    JsonNode written = new ObjectMapper().readTree(predictions.toFile());
    assertThat(written.size()).isEqualTo(181);
    assertThat(written.elements().next().has("articleBody")).isTrue();
    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(table).contains("aeb").contains("dossier");
    double f1 =
        Double.parseDouble(
            table
                .lines()
                .filter(l -> l.startsWith("aeb"))
                .findFirst()
                .orElseThrow()
                .trim()
                .split("\\s+")[5]);
    assertThat(f1).isGreaterThan(0.95);
  }
}
