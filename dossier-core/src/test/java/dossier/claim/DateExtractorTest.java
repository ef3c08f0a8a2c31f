package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.DateMention;
import dossier.model.DateMention.Precision;
import dossier.model.Published;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

  private static List<DateMention> dates(String text, String published) {
    Article a = Article.of("t", text);
    if (published != null) {
      a = a.withPublished(new Published(published, "test"));
    }
    return new DateExtractor().extract(Discourse.of(a));
  }

  @Test
  void resolvesAWeekdayToTheLatestSuchDayOnOrBeforePublication() {
    DateMention d = dates("Fighting broke out on Saturday.", "2024-07-28").get(0);
    assertThat(d.start()).isEqualTo(LocalDate.of(2024, 7, 27));
    assertThat(d.precision()).isEqualTo(Precision.DAY);
    assertThat(d.precision().ucdp()).isEqualTo(1);
  }

  @Test
  void takesTheYearBeforeForADayThatWouldFallAfterPublication() {
    DateMention d = dates("The attack of 30 December was the worst.", "2024-01-05").get(0);
    assertThat(d.start()).isEqualTo(LocalDate.of(2023, 12, 30));
  }

  @Test
  void keepsAYearAloneAtYearPrecision() {
    DateMention d = dates("Mali has been unsettled since 2012.", "2024-07-28").get(0);
    assertThat(d.start()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(d.end()).isEqualTo(LocalDate.of(2012, 12, 31));
    assertThat(d.precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void leavesAWeekdayUnresolvedWithoutAPublicationDate() {
    DateMention d = dates("It happened on Friday.", null).get(0);
    assertThat(d.start()).isNull();
    assertThat(d.precision()).isEqualTo(Precision.UNRESOLVED);
  }

  @Test
  void readsAMonthAndYearAsAMonth() {
    DateMention d = dates("Kidal was taken in November 2023.", "2024-07-28").get(0);
    assertThat(d.start()).isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(d.end()).isEqualTo(LocalDate.of(2023, 11, 30));
    assertThat(d.precision()).isEqualTo(Precision.MONTH);
  }
}
