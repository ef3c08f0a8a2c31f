package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reuse evaluations read their formats and write one re-scorable prediction per item. */
class EvalReuseCommandsTest {

  @TempDir Path dir;

  @Test
  void paraphraseWritesALabelAndScorePerPairAndSeparatesTheFixture() throws Exception {
    Path data = Path.of("src/test/resources/paraphrase/pairs.tsv");
    Path out = dir.resolve("pred.jsonl");
    assertThat(
            Main.run(
                "eval", "paraphrase", "--data", data.toString(), "--predictions", out.toString()))
        .isEqualTo(Main.OK);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    ObjectMapper json = new ObjectMapper();
    int[] expected = {1, 0, 1, 0};
    for (int k = 0; k < lines.size(); k++) {
      JsonNode o = json.readTree(lines.get(k));
      assertThat(o.has("id1") && o.has("id2") && o.has("score")).isTrue();
      assertThat(o.get("label").asInt()).isEqualTo(expected[k]);
    }
  }

  @Test
  void stsWritesOneScorePerPairInFileOrder() throws Exception {
    Path data = dir.resolve("sts.csv");
    Files.writeString(
        data,
        "main-news\theadlines\t2016\t0001\t5.000\tTroops leave the town.\tTroops leave the town.\n"
            + "main-news\theadlines\t2016\t0002\t0.200\tRains flood the north.\tBank raises rates.\n"
            + "main-news\theadlines\t2016\t0003\t3.800\tRebels seize a garrison town.\tRebels take a"
            + " garrison town.\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("pred.jsonl");
    assertThat(Main.run("eval", "sts", "--data", data.toString(), "--predictions", out.toString()))
        .isEqualTo(Main.OK);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    for (int k = 0; k < 3; k++) {
      assertThat(json.readTree(lines.get(k)).get("index").asInt()).isEqualTo(k);
    }
    double identical = json.readTree(lines.get(0)).get("score").asDouble();
    double unrelated = json.readTree(lines.get(1)).get("score").asDouble();
    assertThat(identical).isGreaterThan(0.95);
    assertThat(unrelated).isLessThan(0.4);
  }
}
