package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataScoreTest {

  @Test
  void matchesDatesByDayAndTitlesAfterFoldingCaseAndPunctuation() {
    MetadataScore score = new MetadataScore();
    Map<String, String> found = new HashMap<>();
    found.put("title", "  convoy ATTACKED near border. ");
    found.put("date", "2024-07-28T10:15:00Z");
    found.put("author", null);

    score.add(
        Map.of("title", "Convoy attacked near border", "date", "2024-07-28", "author", "Jane Doe"),
        found);

    assertThat(score.accuracy("title")).isEqualTo(1.0);
    assertThat(score.accuracy("date")).isEqualTo(1.0);
    assertThat(score.accuracy("author")).isZero();
    assertThat(score.labelled("author")).isEqualTo(1);
  }

  @Test
  void countsOnlyLabelledFields() {
    MetadataScore score = new MetadataScore();
    score.add(Map.of("date", "2020-01-01"), Map.of("date", "2020-01-02", "title", "x"));

    assertThat(score.labelled("title")).isZero();
    assertThat(score.accuracy("date")).isZero();
  }
}
