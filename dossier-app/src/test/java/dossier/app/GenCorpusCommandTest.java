package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenCorpusCommandTest {

  private static final String BODIES =
      """
      {"a": {"articleBody": "Gunmen attacked a village in the north on Sunday.\\n\\nThe governor said the attackers came before dawn.\\n\\nResidents fled to the capital."},
       "b": {"articleBody": "The central bank raised its rate on Thursday.\\n\\nInflation stayed above target.\\n\\nMarkets expected less."}}
      """;

  @Test
  void writesTheSameCorpusForTheSameSeedWithItsPlantedCopies(@TempDir Path dir) throws IOException {
    Path texts = dir.resolve("bodies.json");
    Files.writeString(texts, BODIES, StandardCharsets.UTF_8);
    Path first = dir.resolve("one.jsonl");
    Path second = dir.resolve("two.jsonl");
    for (Path out : List.of(first, second)) {
      int status =
          Main.run(
              "gen-corpus",
              "--texts",
              texts.toString(),
              "--articles",
              "150",
              "--seed",
              "9",
              "-o",
              out.toString());
      assertThat(status).isZero();
    }
    List<String> lines = Files.readAllLines(first);
    assertThat(lines).hasSize(150).isEqualTo(Files.readAllLines(second));

    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      JsonNode report = json.readTree(line);
      assertThat(report.get("text").asText()).isNotBlank();
      assertThat(report.get("published").asText()).startsWith("2024-");
      ids.add(report.get("id").asText());
    }
    List<String> truth = Files.readAllLines(dir.resolve("one.truth.jsonl"));
    assertThat(truth).isNotEmpty();
    for (String line : truth) {
      JsonNode planted = json.readTree(line);
      assertThat(ids).contains(planted.get("story").asText(), planted.get("copy").asText());
    }
  }

  @Test
  void failsOnTextsWithoutBodies(@TempDir Path dir) throws IOException {
    Path texts = dir.resolve("empty.json");
    Files.writeString(texts, "{\"a\": {\"url\": \"x\"}}", StandardCharsets.UTF_8);
    int status =
        Main.run(
            "gen-corpus",
            "--texts",
            texts.toString(),
            "--articles",
            "10",
            "-o",
            dir.resolve("c.jsonl").toString());
    assertThat(status).isEqualTo(Main.FAILURE);
  }
}
