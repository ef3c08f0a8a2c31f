package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Claimant;
import dossier.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

  private static List<Quote> quotes(String text) {
    return new QuoteExtractor().extract(Discourse.of(Article.of("t", text)));
  }

  @Test
  void findsTheSpeakerAfterTheQuote() {
    Quote q = quotes("\"We will not leave,\" said Amina Traoré, a resident of Gao.").get(0);
    assertThat(q.text()).isEqualTo("We will not leave");
    assertThat(q.speaker().name()).isEqualTo("Amina Traoré");
    assertThat(q.speaker().role()).isEqualTo("a resident of Gao");
    assertThat(q.speaker().standing()).isEqualTo(Claimant.Standing.NEUTRAL);
  }

  @Test
  void joinsAQuoteSplitByItsAttribution() {
    List<Quote> q =
        quotes("“The town is calm,” the governor said, “but people are afraid to go out.”");
    assertThat(q).hasSize(2);
    assertThat(q).extracting(x -> x.speaker().name()).containsOnly("the governor");
  }

  @Test
  void resolvesHeAddedToThePreviousSpeaker() {
    List<Quote> q =
        quotes(
            "\"We were attacked at dawn,\" a village chief told Reuters. \"Three houses burned,\""
                + " he added.");
    assertThat(q.get(1).speaker().name()).isEqualTo("a village chief");
    assertThat(q.get(1).speaker().via()).isEqualTo("Reuters");
  }

  @Test
  void attributesByAccordingTo() {
    Quote q = quotes("The convoy was \"completely destroyed\", according to a UN official.").get(0);
    assertThat(q.partial()).isTrue();
    assertThat(q.speaker().name()).isEqualTo("a UN official");
  }

  @Test
  void readsTypewriterQuotes() {
    Quote q =
        quotes("`` We appreciate your respect , '' the actress 's rep told the magazine .").get(0);
    assertThat(q.text()).isEqualTo("We appreciate your respect");
    assertThat(q.speaker()).isNotNull();
  }

  @Test
  void leavesAQuoteWithoutCueUnattributed() {
    Quote q = quotes("The banner read \"Peace now\".").get(0);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void readsSingleQuotationMarksButNotApostrophes() {
    List<Quote> q =
        quotes("‘The rebels’ offensive failed,’ the minister said. The army’s losses were light.");
    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.text()).isEqualTo("The rebels’ offensive failed");
              assertThat(x.speaker().name()).isEqualTo("the minister");
            });
  }

  @Test
  void findsSpeakersAcrossCommonNewswirePatterns() {
    String[][] cases = {
      {"\"We are ready,\" Smith, who heads the council, said.", "Smith"},
      {"\"We are ready,\" said the official, who asked not to be named.", "the official"},
      {"The ministry, in a statement, said \"order has been restored\".", "The ministry"},
      {"In a statement, the ministry said: \"Order has been restored.\"", "the ministry"},
      {"\"Order has been restored,\" he told reporters.", "he"},
      {"\"It is over,\" says Fatou Diallo, a trader in Gao.", "Fatou Diallo"},
      {"\"The town is ours,\" the group wrote on Telegram.", "the group"},
      {"Officials in Kidal on Sunday said \"calm has returned\".", "Officials in Kidal"},
    };
    for (String[] c : cases) {
      Quote q = quotes(c[0]).get(0);
      assertThat(q.speaker()).as(c[0]).isNotNull();
      assertThat(q.speaker().name()).as(c[0]).isEqualTo(c[1]);
    }
  }
}
