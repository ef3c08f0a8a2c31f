package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.ActorMention;
import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.Claim;
import dossier.model.DateMention;
import dossier.model.PlaceMention;
import dossier.model.Published;
import dossier.model.Quantity;
import dossier.model.Quote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every extractor keeps: each claim's span lies inside the text and contains the words
 * it claims; empty text gives nothing; the output is deterministic. Checked on the seeds, on the
 * seeds in capitals, and on sentences of the seeds shuffled with fixed seeds.
 */
class ExtractorContractTest {

  static final String FIXTURE =
      """
      KABUL (Reuters) - At least 12 people were killed and 30 wounded on Tuesday when a bomb
      exploded near a mosque in Kandahar, a police official said. "We have counted 12 bodies,"
      said Ahmad Wali, a spokesman for the provincial governor. He added that about 40 houses had
      been damaged. The Taliban denied involvement, according to a statement.
      """;

  static Stream<Supplier<Extractor<? extends Claim>>> extractors() {
    return Stream.of(
        QuoteExtractor::new,
        CasualtyExtractor::new,
        QuantityExtractor::new,
        DateExtractor::new,
        () -> new PlaceExtractor(Gazetteer.shared()),
        ActorExtractor::new);
  }

  static List<Article> texts() {
    List<Article> texts = new ArrayList<>(Seeds.all());
    texts.add(Seeds.upperCase(Seeds.seed("000")));
    texts.add(Article.of("fixture", FIXTURE).withPublished(new Published("2021-06-01", "test")));
    Random random = new Random(13);
    for (int round = 0; round < 3; round++) {
      Article seed = texts.get(random.nextInt(5));
      List<String> sentences = new ArrayList<>(List.of(seed.text().split("(?<=[.!?])\\s+")));
      Collections.shuffle(sentences, random);
      texts.add(Article.of("shuffled-" + round, String.join(" ", sentences)));
    }
    return texts;
  }

  private static final java.util.Map<String, Discourse> ANALYSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Discourse analysed(Article a) {
    return ANALYSED.computeIfAbsent(a.id(), id -> Discourse.of(a));
  }

  static Stream<Arguments> cases() {
    return cases(texts());
  }

  /** A few texts for the determinism check, which analyses each text twice afresh. */
  static Stream<Arguments> fewCases() {
    List<Article> texts = texts();
    return cases(List.of(texts.get(0), texts.get(4), texts.get(5), texts.get(6), texts.get(7)));
  }

  static Stream<Arguments> cases(List<Article> texts) {
    return extractors()
        .flatMap(
            e -> {
              Extractor<? extends Claim> extractor = e.get();
              return texts.stream()
                  .map(
                      a ->
                          Arguments.of(
                              extractor.getClass().getSimpleName() + " on " + a.id(),
                              extractor,
                              a));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void spansLieInsideTheTextAndHoldTheClaimedWords(
      String name, Extractor<? extends Claim> extractor, Article article) {
    String text = article.text();
    for (Claim c : extractor.extract(analysed(article))) {
      assertThat(c.articleId()).isEqualTo(article.id());
      assertThat(c.span().end()).as("%s", c).isLessThanOrEqualTo(text.length());
      assertThat(c.span().length()).as("%s", c).isPositive();
      String evidence = c.evidence(text);
      String claimed = claimedWords(c);
      assertThat(evidence.toLowerCase(Locale.ROOT))
          .as("evidence of %s", c)
          .contains(claimedWords(c).toLowerCase(Locale.ROOT));
      assertThat(claimed).isNotBlank();
    }
  }

  private static String claimedWords(Claim c) {
    if (c instanceof Quote q) {
      return q.text();
    } else if (c instanceof CasualtyClaim k) {
      return k.figure().text();
    } else if (c instanceof Quantity q) {
      return q.figure().text();
    } else if (c instanceof DateMention d) {
      return d.text();
    } else if (c instanceof PlaceMention p) {
      return p.text();
    } else if (c instanceof ActorMention a) {
      return a.text();
    }
    throw new AssertionError("unknown claim type " + c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fewCases")
  void givesTheSameClaimsEveryTime(
      String name, Extractor<? extends Claim> extractor, Article article) {
    assertThat(extractor.extract(Discourse.of(article)))
        .isEqualTo(extractor.extract(Discourse.of(article)));
  }

  static Stream<Supplier<Extractor<? extends Claim>>> allExtractors() {
    return extractors();
  }

  @ParameterizedTest
  @MethodSource("allExtractors")
  void findsNothingInEmptyText(Supplier<Extractor<? extends Claim>> extractor) {
    for (String empty : List.of("", "   ", "\n\n", "—")) {
      assertThat(extractor.get().extract(Discourse.of(Article.of("empty", empty)))).isEmpty();
    }
  }
}
