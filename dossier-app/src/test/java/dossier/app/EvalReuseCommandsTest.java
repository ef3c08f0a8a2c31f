package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The reuse evaluations read their formats and write one re-scorable prediction per item. */
class EvalReuseCommandsTest {

  @TempDir Path dir;

  @RegisterExtension final StandardStreams streams = new StandardStreams();

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

  @Test
  void derivationWritesOneLabelPerAnswerAndScoresItByCrossValidation() throws Exception {
    String[] sources = {
      "Rebels seized the garrison town of Tessalit after two days of heavy fighting with the army."
          + " The governor said the soldiers withdrew towards Gao in the night.",
      "Floods swept through the northern valleys after a week of rain, destroying bridges and"
          + " crops. Relief workers said thousands of families had lost their homes."
    };
    String[] rewrites = {
      "After two days of fighting, rebels took Tessalit from the army; soldiers fell back to Gao"
          + " overnight, according to the governor.",
      "A week of rain flooded the northern valleys; bridges and crops were destroyed and thousands"
          + " of families lost homes, according to relief workers."
    };
    StringBuilder info = new StringBuilder("File,Task,Category\n");
    String[] writers = {"g0pA", "g0pB", "g1pA"};
    for (int t = 0; t < sources.length; t++) {
      String task = String.valueOf((char) ('a' + t));
      Files.writeString(dir.resolve("orig_task" + task + ".txt"), sources[t]);
      info.append("orig_task").append(task).append(".txt,").append(task).append(",orig\n");
      for (String writer : writers) {
        String[][] answers = {
          {"cut", sources[t]},
          {"light", sources[t].replace("heavy", "fierce").replace("said", "stated")},
          {"heavy", rewrites[t]},
          {"non", "The harvest festival drew crowds of visitors to the market squares this year."}
        };
        for (String[] answer : answers) {
          String file = writer + "_task" + task + "_" + answer[0] + ".txt";
          Files.writeString(dir.resolve(file), answer[1]);
          info.append(file).append(',').append(task).append(',').append(answer[0]).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve("file_information.csv"), info.toString());
    Path out = dir.resolve("pred.jsonl");
    assertThat(
            Main.run(
                "eval",
                "derivation",
                "--no-embeddings",
                "--data",
                dir.toString(),
                "--predictions",
                out.toString()))
        .isEqualTo(Main.OK);
    assertThat(streams.out())
        .contains("leave-one-out", "leave-one-task-out", "leave-one-participant-out");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(sources.length * writers.length * 4);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode o = json.readTree(line);
      assertThat(o.get("label").asText()).isIn("cut", "light", "heavy", "non");
      assertThat(o.get("rule_label").asText()).isIn("cut", "light", "heavy", "non");
      String file = o.get("file").asText();
      if (file.endsWith("_non.txt") || file.endsWith("_cut.txt")) {
        assertThat(file).endsWith("_" + o.get("label").asText() + ".txt");
      }
    }
  }
}
