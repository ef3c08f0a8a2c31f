package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {

  @TempDir Path dir;

  private List<JsonNode> run(String... args) throws IOException {
    Path out = dir.resolve("claims.jsonl");
    List<String> all = new ArrayList<>(List.of("claims", "-o", out.toString()));
    all.addAll(List.of(args));
    assertThat(Main.run(all.toArray(new String[0]))).isEqualTo(Main.OK);
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      lines.add(mapper.readTree(line));
    }
    return lines;
  }

  @Test
  void writesOneObjectPerArticleWithEveryClaimGroupAndItsEvidence() throws IOException {
    List<JsonNode> lines = run(Path.of("..", "examples", "tinzaouaten").toString());
    assertThat(lines).hasSize(5);
    for (JsonNode o : lines) {
      assertThat(o.has("id")).isTrue();
      assertThat(o.get("source").asText()).contains("tinzaouaten");
      for (String group :
          List.of("quotes", "casualties", "quantities", "dates", "places", "actors")) {
        assertThat(o.get(group).isArray()).as(group).isTrue();
        for (JsonNode item : o.get(group)) {
          JsonNode span = item.get("span");
          assertThat(span.get("end").asInt()).isGreaterThan(span.get("start").asInt());
          assertThat(span.get("text").asText()).isNotBlank();
        }
      }
    }
    JsonNode first = lines.get(0);
    assertThat(first.get("quotes")).hasSize(13);
    assertThat(first.get("quotes").get(0).get("speaker").get("name").asText())
        .isEqualTo("Mohamed Elmaouloud Ramadane");
    JsonNode toll = null;
    for (JsonNode c : first.get("casualties")) {
      if (c.get("figure").get("text").asText().equals("at least 17")) {
        toll = c;
      }
    }
    assertThat(toll).isNotNull();
    assertThat(toll.get("figure").get("low").asInt()).isEqualTo(17);
    assertThat(toll.get("figure").get("high").isNull()).isTrue();
    assertThat(toll.get("kind").asText()).isEqualTo("dead");
  }

  @Test
  void letsACopyWithoutADateResolveWeekdaysByItsFamilysDate() throws IOException {
    List<JsonNode> lines = run(Path.of("..", "examples", "tinzaouaten").toString());
    JsonNode copy = lines.get(1); // seed 001 carries no date of its own
    assertThat(copy.get("published").asText()).isEqualTo("2024-07-28");
    boolean saturday = false;
    for (JsonNode d : copy.get("dates")) {
      if (d.get("text").asText().equals("Saturday")) {
        saturday = d.get("start").asText().equals("2024-07-27");
      }
    }
    assertThat(saturday).isTrue();
  }
}
