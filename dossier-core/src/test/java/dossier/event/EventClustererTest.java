package dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Article;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.EventMembership.Basis;
import dossier.model.Published;
import dossier.text.SentenceEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventClustererTest {

  /** A fast stand-in for MiniLM: bag-of-words hashed into 64 dimensions, unit length. */
  static final SentenceEmbedder HASHED =
      sentences ->
          sentences.stream()
              .map(
                  s -> {
                    float[] v = new float[64];
                    for (String w : s.toLowerCase().split("\\W+")) {
                      if (!w.isEmpty()) {
                        v[Math.floorMod(w.hashCode(), 64)] += 1;
                      }
                    }
                    return Vectors.unit(v);
                  })
              .toList();

  private static final String QUAKE_1 =
      """
      A magnitude 6.1 earthquake struck near Ridgecrest in California on Monday, damaging
      buildings and cutting power to thousands of homes, the United States Geological Survey said.
      Ridgecrest police said two people were injured.""";
  private static final String QUAKE_2 =
      """
      Thousands of homes in Ridgecrest, California lost power after a 6.1 magnitude earthquake on
      Monday. The United States Geological Survey located the quake near Ridgecrest.""";
  private static final String FOOTBALL =
      """
      Real Madrid beat Sevilla 3-1 at the Bernabeu on Saturday, with Vinicius scoring twice as
      Carlo Ancelotti's side moved top of La Liga.""";

  private static EventClusterer clusterer() {
    return new EventClusterer(EventClusterer.Config.defaults(), HASHED);
  }

  @Test
  void groupsReportsOfOneHappeningAndSeparatesAnother() {
    List<Event> events =
        clusterer()
            .cluster(
                List.of(
                    Article.of("q1", QUAKE_1),
                    Article.of("f1", FOOTBALL),
                    Article.of("q2", QUAKE_2)));

    assertThat(events)
        .extracting(Event::articleIds)
        .containsExactly(List.of("q1", "q2"), List.of("f1"));
  }

  @Test
  void explainsAJoinWithSharedEntitiesAndScores() {
    List<Event> events =
        clusterer().cluster(List.of(Article.of("q1", QUAKE_1), Article.of("q2", QUAKE_2)));

    EventMembership founder = events.get(0).members().get(0);
    EventMembership joined = events.get(0).members().get(1);
    assertThat(founder.basis()).isEqualTo(Basis.FOUNDED);
    assertThat(joined.basis()).isEqualTo(Basis.JOINED);
    assertThat(joined.score()).isGreaterThanOrEqualTo(EventClusterer.Config.defaults().threshold());
    assertThat(joined.sharedEntities()).contains("ridgecrest", "united states geological survey");
    assertThat(joined.lexical()).isPositive();
    assertThat(joined.gapDays()).isNull();
    assertThat(events.get(0).entities()).contains("ridgecrest");
  }

  @Test
  void keepsCopiesOfOneReuseFamilyInOneEvent() {
    List<Event> events =
        clusterer()
            .cluster(
                List.of(Article.of("q1", QUAKE_1), Article.of("f1", FOOTBALL)),
                Map.of("q1", "wire-7", "f1", "wire-7"));

    assertThat(events).hasSize(1);
    assertThat(events.get(0).members())
        .extracting(EventMembership::basis)
        .containsExactly(Basis.FOUNDED, Basis.FAMILY);
    assertThat(events.get(0).members()).allMatch(m -> "wire-7".equals(m.family()));
  }

  @Test
  void placesALateCopyWithTheEventOfItsFamily() {
    EventClusterer.Session session = clusterer().open();
    session.add(Article.of("q1", QUAKE_1), "wire-1");
    session.add(Article.of("q2", QUAKE_2));
    EventMembership copy = session.add(Article.of("f1", FOOTBALL), "wire-1");

    assertThat(copy.basis()).isEqualTo(Basis.FAMILY);
    assertThat(copy.eventId()).isEqualTo(session.events().get(0).id());
  }

  @Test
  void reportsTheTimeGapAndClosesEventsBeyondTheLongestGap() {
    Article monday = dated("q1", QUAKE_1, "2024-07-01");
    Article twoDaysOn = dated("q2", QUAKE_2, "2024-07-03");
    Article twoMonthsOn = dated("q3", QUAKE_2, "2024-09-03");

    List<Event> events = clusterer().cluster(List.of(twoMonthsOn, twoDaysOn, monday));

    assertThat(events)
        .extracting(Event::articleIds)
        .containsExactly(List.of("q1", "q2"), List.of("q3"));
    assertThat(events.get(0).members().get(1).gapDays()).isEqualTo(2);
    assertThat(events.get(0).firstPublished()).hasToString("2024-07-01");
    assertThat(events.get(0).lastPublished()).hasToString("2024-07-03");
  }

  @Test
  void takesEntitiesFromAPluggedSource() {
    EventClusterer.Config config =
        EventClusterer.Config.defaults().withEntities(a -> java.util.Set.of("place:ridgecrest"));
    List<Event> events =
        new EventClusterer(config, HASHED)
            .cluster(List.of(Article.of("q1", QUAKE_1), Article.of("q2", QUAKE_2)));

    assertThat(events.get(0).members().get(1).sharedEntities()).containsExactly("place:ridgecrest");
  }

  // Two bouts of one champion: each report names the champion and the titles, but only its own
  // bout's challenger, venue and round; the wording differs from report to report.
  private static final List<String> RAHMAN_BOUT =
      List.of(
          "Wladimir Klitschko defended his heavyweight titles against Hasim Rahman in Mannheim,"
              + " stopping him in the seventh round.",
          "Hasim Rahman was flattened in the seventh round in Mannheim as Klitschko kept his"
              + " heavyweight titles on Saturday night.",
          "In Mannheim a seventh round stoppage of Rahman let Wladimir Klitschko retain the"
              + " heavyweight titles.");
  private static final List<String> THOMPSON_BOUT =
      List.of(
          "Tony Thompson could not survive the sixth round in Bern, where Wladimir Klitschko"
              + " defended his heavyweight titles.",
          "Klitschko kept the heavyweight titles by beating Tony Thompson in Bern inside six"
              + " rounds, the sixth ending it.",
          "Bern saw Wladimir Klitschko stop Thompson in the sixth round to hold the heavyweight"
              + " titles.");

  @Test
  void splitsAnEventThatTheReportsOfASimilarHappeningJoined() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      articles.add(Article.of("rahman-" + i, RAHMAN_BOUT.get(i)));
    }
    for (int i = 0; i < 3; i++) {
      articles.add(Article.of("thompson-" + i, THOMPSON_BOUT.get(i)));
    }
    EventClusterer.Config config = EventClusterer.Config.defaults().withSplitting(0.75, 3);
    EventClusterer.Config whole = EventClusterer.Config.defaults().withSplitting(1, 3);

    List<Event> split = new EventClusterer(config, HASHED).cluster(articles);
    List<Event> unsplit = new EventClusterer(whole, HASHED).cluster(articles);

    assertThat(unsplit).hasSize(1);
    assertThat(split)
        .extracting(Event::articleIds)
        .containsExactly(
            List.of("rahman-0", "rahman-1", "rahman-2"),
            List.of("thompson-0", "thompson-1", "thompson-2"));
    assertThat(split.get(1).members())
        .allMatch(m -> m.basis() == Basis.SPLIT && m.eventId().equals(split.get(1).id()));
    assertThat(split.get(1).entities()).contains("thompson", "bern");
    assertThat(split.get(0).entities()).doesNotContain("thompson");
  }

  @Test
  void neverPartsTheCopiesOfOneFamilyWhenSplitting() {
    EventClusterer clusterer =
        new EventClusterer(EventClusterer.Config.defaults().withSplitting(0.75, 3), HASHED);
    EventClusterer.Session withFamily = clusterer.open();
    EventClusterer.Session without = clusterer.open();
    for (EventClusterer.Session session : List.of(withFamily, without)) {
      String family = session == withFamily ? "wire-1" : null;
      session.add(Article.of("rahman-0", RAHMAN_BOUT.get(0)), family);
      session.add(Article.of("rahman-1", RAHMAN_BOUT.get(1)));
      session.add(Article.of("rahman-2", RAHMAN_BOUT.get(2)));
      session.add(Article.of("thompson-0", THOMPSON_BOUT.get(0)));
      session.add(Article.of("thompson-1", THOMPSON_BOUT.get(1)));
      session.add(Article.of("thompson-2", THOMPSON_BOUT.get(2)), family);
      session.add(
          Article.of(
              "thompson-3",
              "Thompson lost in Bern again to Wladimir Klitschko, stopped in the sixth round."));
    }

    assertThat(without.events()).hasSize(2);
    assertThat(withFamily.events()).hasSize(1);
    assertThat(withFamily.events().get(0).articleIds()).contains("rahman-0", "thompson-2");
  }

  @Test
  void rejectsAReportAddedTwice() {
    EventClusterer.Session session = clusterer().open();
    session.add(Article.of("q1", QUAKE_1));

    assertThatThrownBy(() -> session.add(Article.of("q1", QUAKE_2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q1");
  }

  @Test
  void rejectsEvidenceWeightsThatDoNotSumToOne() {
    assertThatThrownBy(
            () ->
                new EventClusterer.Config(
                    0.3, 0.5, 0.5, 0.5, 0.5, 3, 14, 3, 0.75, 5, 60, NameSpotter::keys))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesNothingForNoReports() {
    assertThat(clusterer().cluster(List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 13, 42})
  void groupsTheSameWayEveryRunAndPlacesEveryReportOnce(long seed) {
    List<Article> articles = new ArrayList<>();
    String[] texts = {QUAKE_1, QUAKE_2, FOOTBALL};
    Random random = new Random(seed);
    for (int i = 0; i < 12; i++) {
      String base = texts[random.nextInt(texts.length)];
      articles.add(Article.of("a" + i, base + " Report " + random.nextInt(5) + "."));
    }

    List<Event> first = clusterer().cluster(articles);
    List<Event> second = clusterer().cluster(articles);

    assertThat(second).isEqualTo(first);
    assertThat(first.stream().flatMap(e -> e.articleIds().stream()))
        .containsExactlyInAnyOrderElementsOf(articles.stream().map(Article::id).toList());
    for (Event e : first) {
      assertThat(e.members()).allMatch(m -> m.eventId().equals(e.id()));
      assertThat(e.members())
          .allMatch(
              m ->
                  m.basis() != Basis.JOINED
                      || m.score() >= EventClusterer.Config.defaults().threshold() - 1e-9);
    }
  }

  @Test
  void groupsTheFiveSeedReportsIntoOneEventWithMiniLm() throws IOException {
    Path seeds = Path.of("../examples/tinzaouaten");
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        articles.add(Article.of(name, Files.readString(f, StandardCharsets.UTF_8)));
      }
    }

    List<Event> events = new EventClusterer(EventClusterer.Config.defaults()).cluster(articles);

    assertThat(articles).hasSize(5);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).entities()).contains("csp-dpa", "kidal");
  }

  private static Article dated(String id, String text, String date) {
    return Article.of(id, text).withPublished(new Published(date, "field"));
  }
}
