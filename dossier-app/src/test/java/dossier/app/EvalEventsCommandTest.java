package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEventsCommandTest {

  private static final String JSONL =
      """
      {"doc_id": "1_1", "topic": 1, "event_cluster": "1_a", "text": "A magnitude 6.1 earthquake struck Ridgecrest , California on Monday , the United States Geological Survey said ."}
      {"doc_id": "1_2", "topic": 1, "event_cluster": "1_a", "title": "Ridgecrest quake", "text": "The United States Geological Survey said a 6.1 earthquake hit Ridgecrest , California ."}
      {"doc_id": "2_1", "topic": 2, "event_cluster": "2_a", "text": "Real Madrid beat Sevilla 3-1 at the Bernabeu , with Vinicius scoring twice ."}
      {"doc_id": "2_2", "topic": 2, "event_cluster": "2_a", "published": "2024-07-28", "text": "Vinicius scored twice as Real Madrid beat Sevilla 3-1 at the Bernabeu ."}
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream savedOut;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
  }

  @Test
  void scoresTheGroupingAndWritesOnePredictionPerDocument() throws IOException {
    Path data = Files.writeString(dir.resolve("events.jsonl"), JSONL);
    Path predictions = dir.resolve("predictions.jsonl");

    int status =
        Main.run(
            "eval", "events", "--data", data.toString(), "--predictions", predictions.toString());

    assertThat(status).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("4 documents, 2 gold events").contains("BCubed P 1.000 R 1.000");
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(4);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(node.fieldNames()).toIterable().containsExactly("doc_id", "cluster");
    }
  }

  @Test
  void keepsOnlyTheListedTopics() throws IOException {
    Path data = Files.writeString(dir.resolve("events.jsonl"), JSONL);

    int status = Main.run("eval", "events", "--data", data.toString(), "--topics", "2");

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("topics 2: 2 documents, 1 gold events");
  }

  @Test
  void readsTopicListsWithRanges() {
    assertThat(EvalEventsCommand.parseTopics("3,5, 7-9")).containsExactly(3, 5, 7, 8, 9);
    assertThat(EvalEventsCommand.parseTopics("26-35")).hasSize(10);
  }

  @Test
  void failsOnALineWithoutItsGoldLabel() throws IOException {
    Path data =
        Files.writeString(dir.resolve("bad.jsonl"), "{\"doc_id\": \"x\", \"text\": \"t\"}\n");

    assertThat(Main.run("eval", "events", "--data", data.toString())).isEqualTo(Main.FAILURE);
  }
}
