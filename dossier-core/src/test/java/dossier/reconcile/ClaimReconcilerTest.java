package dossier.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.ActorMention;
import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.ClaimSet;
import dossier.model.Claimant;
import dossier.model.Contradiction;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.EventRecord;
import dossier.model.Fact;
import dossier.model.Figure;
import dossier.model.Published;
import dossier.model.Quote;
import dossier.model.ReuseGraph;
import dossier.model.ReuseRelation;
import dossier.model.Side;
import dossier.model.SourceFamily;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimReconcilerTest {

  private static final String TEXT = "x".repeat(400);
  private final ClaimReconciler reconciler = new ClaimReconciler(ClaimReconciler.Config.defaults());

  private static Article article(String id) {
    return Article.of(id, TEXT).withPublished(new Published("2024-07-28", "field"));
  }

  private static Event event(String... ids) {
    List<EventMembership> members = new ArrayList<>();
    for (String id : ids) {
      members.add(
          new EventMembership(
              id, "e1", null, EventMembership.Basis.JOINED, 1, 1, 1, 1, List.of(), 0, 0));
    }
    return new Event("e1", members, null, null, List.of());
  }

  private static Claimant party(String name, String affiliation) {
    return new Claimant(name, null, affiliation, Claimant.Standing.PARTY, null, new Span(0, 3));
  }

  private static Claimant neutral(String name) {
    return new Claimant(name, null, null, Claimant.Standing.NEUTRAL, null, new Span(0, 3));
  }

  private static CasualtyClaim claim(
      String id,
      int at,
      Figure figure,
      CasualtyClaim.Kind kind,
      String victims,
      List<String> sides,
      Claimant claimant,
      boolean admission) {
    return new CasualtyClaim(
        id, new Span(at, at + 10), figure, kind, victims, sides, claimant, admission);
  }

  private static Figure exact(long n) {
    return new Figure(n, n, Figure.Qualifier.EXACT, n, String.valueOf(n));
  }

  private static Figure atLeast(long n) {
    return new Figure(n, null, Figure.Qualifier.AT_LEAST, n, "at least " + n);
  }

  private static Figure dozens() {
    return new Figure(24, null, Figure.Qualifier.VAGUE, 12, "dozens");
  }

  private static List<ActorMention> actors(String id) {
    return List.of(
        new ActorMention(id, new Span(0, 4), "army", "Army", ActorMention.Kind.STATE_FORCES, null),
        new ActorMention(id, new Span(5, 9), "army", "Army", ActorMention.Kind.STATE_FORCES, null),
        new ActorMention(
            id, new Span(10, 15), "rebels", "Rebels", ActorMention.Kind.REBEL_GROUP, null),
        new ActorMention(
            id, new Span(16, 21), "rebels", "Rebels", ActorMention.Kind.REBEL_GROUP, null));
  }

  private static ClaimSet set(String id, List<CasualtyClaim> casualties) {
    return new ClaimSet(id, List.of(), casualties, List.of(), List.of(), List.of(), actors(id));
  }

  private EventRecord reconcile(Map<String, ClaimSet> claims, ReuseGraph reuse, String... ids) {
    Map<String, Article> articles = new HashMap<>();
    for (String id : ids) {
      articles.put(id, article(id));
    }
    return reconciler.reconcile(event(ids), articles, claims, reuse);
  }

  private static final ReuseGraph NO_REUSE = new ReuseGraph(List.of(), List.of());

  @Test
  void countsWireCopiesAsOneSource() {
    SourceFamily wire =
        new SourceFamily(
            "w",
            "a",
            List.of(new SourceFamily.Member("b", ReuseRelation.TRIMMED)),
            List.of(new SourceFamily.Member("c", ReuseRelation.PARTIAL)));
    Claimant official = neutral("a local official");
    Map<String, ClaimSet> claims = new HashMap<>();
    for (String id : List.of("a", "b", "c", "d")) {
      claims.put(
          id,
          set(
              id,
              List.of(
                  claim(
                      id,
                      50,
                      atLeast(17),
                      CasualtyClaim.Kind.DEAD,
                      "people",
                      List.of(),
                      official,
                      false))));
    }
    EventRecord r = reconcile(claims, new ReuseGraph(List.of(), List.of(wire)), "a", "b", "c", "d");
    assertThat(r.sources())
        .extracting(EventRecord.Source::reports)
        .containsExactly(List.of("a", "b", "c"), List.of("d"));
    assertThat(r.facts())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reports()).containsExactly("a", "b", "c", "d");
              assertThat(f.families()).containsExactly("w", "d");
            });
  }

  @Test
  void takesAdmissionsAsFloorsAndPartisanClaimsOnlyAsHigh() {
    Map<String, ClaimSet> claims =
        Map.of(
            "a",
            set(
                "a",
                List.of(
                    claim(
                        "a",
                        10,
                        exact(2),
                        CasualtyClaim.Kind.DEAD,
                        "its own",
                        List.of("Army"),
                        party("the army", "Army"),
                        true),
                    claim(
                        "a",
                        60,
                        exact(50),
                        CasualtyClaim.Kind.KILLED,
                        "soldiers",
                        List.of("Army"),
                        party("the rebels", "Rebels"),
                        false),
                    claim(
                        "a",
                        120,
                        exact(7),
                        CasualtyClaim.Kind.KILLED,
                        "their fighters",
                        List.of("Rebels"),
                        party("the rebels", "Rebels"),
                        false))));
    EventRecord r = reconcile(claims, NO_REUSE, "a");
    var sideA =
        r.estimates().stream()
            .filter(e -> e.side() == Side.A && e.kind() == CasualtyClaim.Kind.KILLED)
            .findFirst()
            .orElseThrow();
    assertThat(sideA.low()).isEqualTo(2);
    assertThat(sideA.best()).isEqualTo(2);
    assertThat(sideA.high()).isEqualTo(50);
    assertThat(r.facts())
        .filteredOn(f -> f.figure().low() == 7)
        .singleElement()
        .satisfies(f -> assertThat(f.stance()).isEqualTo(Fact.Stance.ADMISSION));
    assertThat(r.total().low()).isEqualTo(9);
    assertThat(r.total().high()).isEqualTo(57);
    assertThat(r.contradictions())
        .extracting(Contradiction::kind)
        .contains(Contradiction.Kind.FIGURES);
  }

  @Test
  void neverFeedsCombinedKindsOrVagueWordsIntoTheFloor() {
    Map<String, ClaimSet> claims =
        Map.of(
            "a",
            set(
                "a",
                List.of(
                    claim(
                        "a",
                        10,
                        atLeast(15),
                        CasualtyClaim.Kind.KILLED_AND_CAPTURED,
                        "soldiers",
                        List.of("Army"),
                        neutral("a resident"),
                        false),
                    claim(
                        "a",
                        60,
                        dozens(),
                        CasualtyClaim.Kind.KILLED,
                        "soldiers",
                        List.of("Army"),
                        neutral("a resident"),
                        false))));
    EventRecord r = reconcile(claims, NO_REUSE, "a");
    assertThat(r.total().low()).isNull();
    assertThat(r.total().high()).isEqualTo(24);
    assertThat(r.estimates()).noneMatch(e -> e.kind() == CasualtyClaim.Kind.KILLED_AND_CAPTURED);
  }

  @Test
  void reportsAQuoteChangedBetweenCopies() {
    Claimant speaker = party("a spokesman", "Rebels");
    Map<String, ClaimSet> claims = new HashMap<>();
    claims.put(
        "a",
        new ClaimSet(
            "a",
            List.of(
                new Quote(
                    "a", new Span(0, 30), "The army has fled the town", false, speaker, null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            actors("a")));
    claims.put(
        "b",
        new ClaimSet(
            "b",
            List.of(
                new Quote(
                    "b", new Span(0, 30), "The army has escaped the town", false, speaker, null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            actors("b")));
    EventRecord r = reconcile(claims, NO_REUSE, "a", "b");
    assertThat(r.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.variants()).containsExactly("The army has escaped the town"));
    assertThat(r.contradictions())
        .extracting(Contradiction::kind)
        .containsExactly(Contradiction.Kind.QUOTE_CHANGED);
  }

  @Test
  void reportsTwoExpansionsOfOneAcronym() {
    Map<String, ClaimSet> claims = new HashMap<>();
    for (String[] e :
        List.of(
            new String[] {"a", "Coalition of the Sahel People"},
            new String[] {"b", "Permanent Strategic Framework"})) {
      claims.put(
          e[0],
          new ClaimSet(
              e[0],
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(
                  new ActorMention(
                      e[0],
                      new Span(0, 20),
                      "CSP-DPA",
                      "CSP-DPA",
                      ActorMention.Kind.REBEL_GROUP,
                      e[1]))));
    }
    EventRecord r = reconcile(claims, NO_REUSE, "a", "b");
    assertThat(r.contradictions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Contradiction.Kind.ACRONYM);
              assertThat(c.evidence()).hasSize(2);
            });
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2024})
  void keepsLowAtMostBestAtMostHighWhateverTheClaims(long seed) {
    Random random = new Random(seed);
    List<CasualtyClaim> list = new ArrayList<>();
    String[] sides = {"Army", "Rebels"};
    for (int i = 0; i < 12; i++) {
      long n = 1 + random.nextInt(80);
      Figure f =
          switch (random.nextInt(3)) {
            case 0 -> exact(n);
            case 1 -> atLeast(n);
            default -> dozens();
          };
      String side = sides[random.nextInt(2)];
      Claimant who =
          random.nextBoolean()
              ? neutral("witness " + random.nextInt(3))
              : party("spokesman " + i, sides[random.nextInt(2)]);
      list.add(
          claim(
              "a",
              i * 30,
              f,
              CasualtyClaim.Kind.KILLED,
              "group " + random.nextInt(4),
              List.of(side),
              who,
              false));
    }
    EventRecord r = reconcile(Map.of("a", set("a", list)), NO_REUSE, "a");
    List<dossier.model.Estimate> all = new ArrayList<>(r.estimates());
    all.add(r.total());
    for (var e : all) {
      if (e.low() != null && e.best() != null) {
        assertThat(e.low()).isLessThanOrEqualTo(e.best());
      }
      if (e.best() != null && e.high() != null) {
        assertThat(e.best()).isLessThanOrEqualTo(e.high());
      }
    }
    // Deterministic: the same claims give the same record.
    assertThat(reconcile(Map.of("a", set("a", list)), NO_REUSE, "a")).isEqualTo(r);
  }
}
