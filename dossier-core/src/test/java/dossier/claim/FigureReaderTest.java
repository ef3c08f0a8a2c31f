package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Figure;
import dossier.model.Figure.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {

  private static Figure read(String phrase) {
    Discourse d = Discourse.of(Article.of("t", "They counted " + phrase + " soldiers."));
    Sentence s = d.doc.sentences.get(0);
    FigureReader.Read r = FigureReader.read(d, s, 2);
    return r == null ? null : r.figure();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "inf",
      value = {
        "at least 15, 15, inf, AT_LEAST, 15",
        "more than 20, 21, inf, MORE_THAN, 21",
        "over 100, 101, inf, MORE_THAN, 101",
        "up to 30, 0, 30, AT_MOST, 30",
        "as many as 40, 0, 40, AT_MOST, 40",
        "about 100, 100, 100, APPROXIMATE, 100",
        "between 6 and 8, 6, 8, BETWEEN, 6",
        "two, 2, 2, EXACT, 2",
        "twenty-five, 25, 25, EXACT, 25",
        "a dozen, 12, 12, EXACT, 12",
        "'1,000', 1000, 1000, EXACT, 1000",
        "three hundred, 300, 300, EXACT, 300",
        "dozens, 24, inf, VAGUE, 12",
        "dozens and dozens, 25, inf, VAGUE, 12",
        "tens, 20, inf, VAGUE, 10",
        "hundreds, 200, inf, VAGUE, 100",
      })
  void readsQualifiedFigures(String phrase, long low, Long high, Qualifier q, long point) {
    Figure f = read(phrase);
    assertThat(f).as(phrase).isNotNull();
    assertThat(f.low()).isEqualTo(low);
    assertThat(f.high()).isEqualTo(high);
    assertThat(f.qualifier()).isEqualTo(q);
    assertThat(f.point()).isEqualTo(point);
    assertThat(f.text()).isEqualTo(phrase);
  }

  @Test
  void readsAtLeastFifteenAsOpenLowerBound() {
    Figure f = read("at least 15");
    assertThat(f.open()).isTrue();
    assertThat(f.vague()).isFalse();
  }

  @Test
  void flagsDozensAsVague() {
    assertThat(read("dozens").vague()).isTrue();
  }

  @Test
  void doesNotReadYearsOrDaysOfMonthsAsFigures() {
    Discourse d = Discourse.of(Article.of("t", "In 2023 the fighting resumed on 25 July."));
    Sentence s = d.doc.sentences.get(0);
    for (int i = 0; i < s.size(); i++) {
      assertThat(FigureReader.read(d, s, i)).as("token %s", s.get(i).text()).isNull();
    }
  }
}
