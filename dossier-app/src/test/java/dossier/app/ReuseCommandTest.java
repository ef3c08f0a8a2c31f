package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on the seed folder: ingest, detect reuse, write JSON. */
class ReuseCommandTest {

  @TempDir static Path dir;
  private static String written;
  private static JsonNode json;
  private static final Map<String, String> idByNumber = new HashMap<>();

  @BeforeAll
  static void run() throws Exception {
    Path out = dir.resolve("reuse.json");
    int status = Main.run("reuse", "../examples/tinzaouaten", "-o", out.toString());
    assertThat(status).isEqualTo(Main.OK);
    written = Files.readString(out, StandardCharsets.UTF_8);
    json = new ObjectMapper().readTree(written);
    for (JsonNode a : json.get("articles")) {
      String name = Path.of(a.get("source").asText()).getFileName().toString();
      idByNumber.put(name.substring(0, 3), a.get("id").asText());
    }
  }

  @Test
  void writesOneFamilyOfTheThreeWireCopiesWithTheRewriteAsPartial() {
    assertThat(json.get("families")).hasSize(1);
    JsonNode family = json.get("families").get(0);
    assertThat(family.get("origin").asText()).isEqualTo(idByNumber.get("000"));
    List<String> members = new ArrayList<>();
    family.get("members").forEach(m -> members.add(m.get("article").asText()));
    assertThat(members)
        .containsExactlyInAnyOrder(
            idByNumber.get("000"), idByNumber.get("001"), idByNumber.get("002"));
    assertThat(family.get("partial").get(0).get("article").asText())
        .isEqualTo(idByNumber.get("003"));
  }

  @Test
  void writesEachPairWithRelationScoresAlignmentsAndDrift() {
    JsonNode pair = pair("000", "002");
    assertThat(pair.get("relation").asText()).isEqualTo("trimmed");
    assertThat(pair.get("scores").get("coverage_b").asDouble()).isGreaterThan(0.9);
    assertThat(pair.get("aligned").size()).isGreaterThan(10);
    JsonNode drift = pair.get("drift").get(0);
    assertThat(drift.get("kind").asText()).isEqualTo("connective");
    assertThat(drift.get("text_a").asText()).isEqualTo("or");
    assertThat(drift.get("text_b").asText()).isEqualTo("and");
    assertThat(drift.get("span_a")).hasSize(2);
  }

  @Test
  void leavesTheIndependentReportOutOfTheFamily() {
    String outsider = idByNumber.get("004");
    json.get("families")
        .forEach(
            f ->
                f.get("members")
                    .forEach(m -> assertThat(m.get("article").asText()).isNotEqualTo(outsider)));
  }

  @Test
  void writesTheDocumentPieceByPieceAsTheIndentedTreeWouldBe() throws Exception {
    ObjectMapper indented = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    assertThat(written).isEqualTo(indented.writeValueAsString(json) + "\n");
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("articles", "pairs", "families", "rejections");
  }

  private static JsonNode pair(String a, String b) {
    for (JsonNode p : json.get("pairs")) {
      String x = p.get("a").asText();
      String y = p.get("b").asText();
      if ((x.equals(idByNumber.get(a)) && y.equals(idByNumber.get(b)))
          || (x.equals(idByNumber.get(b)) && y.equals(idByNumber.get(a)))) {
        return p;
      }
    }
    throw new AssertionError("no pair " + a + "-" + b);
  }
}
