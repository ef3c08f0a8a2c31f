package dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dossier.model.Article;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.Published;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session's candidate search (only events sharing a report's heavier terms or names are scored)
 * places every report where scoring every event places it, on random corpora of overlapping topics,
 * under random settings.
 */
class EventCandidateSearchPropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void placesEveryReportAsScoringEveryEventDoes(long seed) {
    Random random = new Random(seed);
    List<Article> articles = corpus(random, 120 + random.nextInt(120));
    Map<String, String> families = pairedFamilies(random, articles, 7);
    EventClusterer.Config settings = settings(random);
    double threshold = settings.threshold();
    EventClusterer clusterer = new EventClusterer(settings, EventClustererTest.HASHED);

    List<Event> indexed = clusterer.cluster(articles, families);
    List<Event> exhaustive = clusterer.clusterExhaustively(articles, families);

    assertThat(indexed)
        .extracting(Event::id)
        .isEqualTo(exhaustive.stream().map(Event::id).toList());
    assertThat(indexed)
        .extracting(Event::articleIds)
        .isEqualTo(exhaustive.stream().map(Event::articleIds).toList());
    Map<String, EventMembership> all = new HashMap<>();
    exhaustive.forEach(e -> e.members().forEach(m -> all.put(m.articleId(), m)));
    int contested = 0;
    for (Event e : indexed) {
      for (EventMembership m : e.members()) {
        EventMembership full = all.get(m.articleId());
        assertThat(m.basis()).isEqualTo(full.basis());
        // the same cosines, summed in another order
        assertThat(m.score()).isCloseTo(full.score(), within(1e-12));
        assertThat(m.sharedEntities()).isEqualTo(full.sharedEntities());
        assertThat(m.nextBest()).isLessThanOrEqualTo(full.nextBest() + 1e-12);
        if (full.nextBest() >= threshold) {
          contested++;
          // only an event sharing the report's heavier terms or names can score this high
          assertThat(m.nextBest()).isCloseTo(full.nextBest(), within(1e-12));
        }
      }
    }
    assertThat(contested).as("reports with two events above the threshold").isPositive();
    assertThat(indexed.size()).isGreaterThan(1).isLessThan(articles.size());
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void groupingEvidenceMadeApartAndSerializedGivesTheSameEventsToTheLastBit(long seed) {
    Random random = new Random(seed);
    List<Article> articles = corpus(random, 80 + random.nextInt(80));
    Map<String, String> families = pairedFamilies(random, articles, 5);
    EventClusterer clusterer = new EventClusterer(settings(random), EventClustererTest.HASHED);
    // Evidence made a few reports at a time, as executors would, and held serialized until read.
    List<Serialized> entries = new ArrayList<>();
    for (int from = 0; from < articles.size(); from += 17) {
      List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + 17));
      for (ReportEvidence e : clusterer.evidence(chunk)) {
        entries.add(new Serialized(e.id(), e.date(), e.toBytes()));
      }
    }
    List<Serialized> held = List.copyOf(entries);

    assertThat(clusterer.clusterEvidence(entries, families))
        .isEqualTo(clusterer.cluster(articles, families));
    assertThat(entries).as("let go as it is grouped").isEmpty();
    assertThat(held).allSatisfy(e -> assertThat(e.reads).as("reads of " + e.id).isEqualTo(1));
  }

  /** Evidence held as bytes, read (and counted) when grouping asks for it. */
  private static final class Serialized implements EventClusterer.Entry {
    final String id;
    final java.time.LocalDate date;
    final byte[] bytes;
    int reads;

    Serialized(String id, java.time.LocalDate date, byte[] bytes) {
      this.id = id;
      this.date = date;
      this.bytes = bytes;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public java.time.LocalDate date() {
      return date;
    }

    @Override
    public ReportEvidence evidence() {
      reads++;
      return ReportEvidence.fromBytes(bytes);
    }
  }

  /** Wire families of two neighbouring reports, one every {@code least} to {@code least + 8}. */
  private static Map<String, String> pairedFamilies(
      Random random, List<Article> articles, int least) {
    Map<String, String> families = new HashMap<>();
    for (int i = 0; i + 1 < articles.size(); i += least + random.nextInt(9)) {
      families.put(articles.get(i).id(), "w" + i);
      families.put(articles.get(i + 1).id(), "w" + i);
    }
    return families;
  }

  private static EventClusterer.Config settings(Random random) {
    EventClusterer.Config d = EventClusterer.Config.defaults();
    double semantic = random.nextDouble() * 0.25;
    double lexical = random.nextInt(4) == 0 ? 0 : (1 - semantic) * random.nextDouble();
    double entity = 1 - semantic - lexical;
    return new EventClusterer.Config(
        0.2 + random.nextDouble() * 0.2,
        lexical,
        semantic,
        entity,
        d.timeWeight(),
        d.halfLifeDays(),
        d.maxGapDays(),
        d.leadSentences(),
        d.splitSilhouette(),
        d.splitLeast(),
        d.splitMost(),
        d.entities());
  }

  /** Reports on a few dozen topics that share common words, names and sometimes a second topic. */
  private static List<Article> corpus(Random random, int size) {
    int topics = 10 + random.nextInt(30);
    List<String> common = words(random, "", 60);
    List<List<String>> topicWords = new ArrayList<>();
    List<List<String>> topicNames = new ArrayList<>();
    for (int t = 0; t < topics; t++) {
      topicWords.add(words(random, "t" + t, 25));
      topicNames.add(words(random, "N" + t, 4));
    }
    LocalDate start = LocalDate.of(2024, 1, 1);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int topic = random.nextInt(topics);
      int other = random.nextInt(topics);
      int mixed = 45 + new int[] {40, 30, 20}[random.nextInt(3)];
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 4 + random.nextInt(4); s++) {
        for (int w = 0; w < 8 + random.nextInt(8); w++) {
          Function<Integer, List<String>> pick =
              r -> r < 45 ? common : r < mixed ? topicWords.get(topic) : topicWords.get(other);
          List<String> from = pick.apply(random.nextInt(100));
          text.append(
                  from.get(
                      (int)
                          Math.min(
                              from.size() - 1, Math.abs(random.nextGaussian()) * from.size() / 3)))
              .append(' ');
        }
        List<String> names = topicNames.get(random.nextInt(6) == 0 ? other : topic);
        text.append(names.get(random.nextInt(names.size()))).append(" said.\n");
      }
      Article a = Article.of("a" + i, text.toString());
      out.add(
          random.nextInt(10) == 0
              ? a
              : a.withPublished(
                  new Published(start.plusDays(i / 4 + random.nextInt(3)).toString(), "field")));
    }
    return out;
  }

  private static List<String> words(Random random, String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder(prefix.isEmpty() ? "" : prefix.substring(0, 1));
      for (int k = 0; k < 3 + random.nextInt(5); k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      w.append(prefix.isEmpty() ? "" : prefix.substring(1));
      out.add(w.toString());
    }
    return out;
  }
}
