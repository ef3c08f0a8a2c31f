package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Removal;
import dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringLineRemoverTest {

  private final RecurringLineRemover remover =
      new RecurringLineRemover(RecurringLineRemover.Config.defaults());

  private static Article article(String id, String outlet, String text, List<Span> headings) {
    return new Article(
        id, id, outlet, null, null, null, null, List.of(), null, text, headings, List.of(), "en");
  }

  private static final String PLEA = "Independent journalism needs you. Give what you can today.";

  @Test
  void removesParagraphOneOutletRepeatsInSeveralReports() {
    List<Article> in =
        List.of(
            article("a", "Gazette", "Story one happened.\n\n" + PLEA, List.of()),
            article("b", "Gazette", "Story two happened.\n\n" + PLEA, List.of()),
            article("c", "Gazette", PLEA + "\n\nStory three happened.", List.of()));
    List<Article> out = remover.remove(in);
    assertThat(out)
        .extracting(Article::text)
        .containsExactly("Story one happened.", "Story two happened.", "Story three happened.");
    assertThat(out.get(0).removed()).containsExactly(new Removal(PLEA, "recurring"));
  }

  @Test
  void keepsWireParagraphsSharedAcrossOutlets() {
    List<Article> in =
        List.of(
            article("a", "One", "Story.\n\n" + PLEA, List.of()),
            article("b", "Two", "Story.\n\n" + PLEA, List.of()),
            article("c", "Three", "Story.\n\n" + PLEA, List.of()));
    assertThat(remover.remove(in)).isEqualTo(in);
  }

  @Test
  void keepsParagraphRepeatedInTooFewReports() {
    List<Article> in =
        List.of(
            article("a", "Gazette", "Story one.\n\n" + PLEA, List.of()),
            article("b", "Gazette", "Story two.\n\n" + PLEA, List.of()));
    assertThat(remover.remove(in)).isEqualTo(in);
  }

  @Test
  void movesHeadingSpansWithTheText() {
    String text = PLEA + "\n\nBackground\n\nStory body.";
    Span heading = new Span(PLEA.length() + 2, PLEA.length() + 2 + "Background".length());
    List<Article> in =
        List.of(
            article("a", "Gazette", text, List.of(heading)),
            article("b", "Gazette", "Other.\n\n" + PLEA, List.of()),
            article("c", "Gazette", "More.\n\n" + PLEA, List.of()));
    Article out = remover.remove(in).get(0);
    assertThat(out.headings())
        .singleElement()
        .satisfies(h -> assertThat(h.of(out.text())).isEqualTo("Background"));
  }

  @Test
  void keysParagraphsAsTheWordRunsOfTheLowerCasedText() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "aZ_9 \t\n.,-—éÉİßЖж中’\u00a0";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String p = text.toString();
      String expected =
          java.util.regex.Pattern.compile("\\W+")
              .matcher(p.toLowerCase(java.util.Locale.ROOT))
              .replaceAll(" ")
              .strip();
      assertThat(RecurringLineRemover.key(p)).as("key of [%s]", p).isEqualTo(expected);
    }
  }
}
