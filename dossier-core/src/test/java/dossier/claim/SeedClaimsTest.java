package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.ActorMention;
import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.CasualtyClaim.Kind;
import dossier.model.ClaimSet;
import dossier.model.DateMention;
import dossier.model.Figure.Qualifier;
import dossier.model.PlaceMention;
import dossier.model.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden tests on the five seed reports (examples/tinzaouaten). */
class SeedClaimsTest {

  private static Map<String, ClaimSet> claims;

  @BeforeAll
  static void extract() {
    claims = new ClaimExtractor(ClaimExtractor.Config.defaults()).extractAll(Seeds.all());
  }

  /** Quote text start → expected speaker words, for seed 000 in text order. */
  static final List<String[]> SEED_000_SPEAKERS =
      List.of(
          new String[] {"Azawad fighters are in control", "Mohamed Elmaouloud Ramadane"},
          new String[] {"Russian mercenaries and Malian", "Mohamed Elmaouloud Ramadane"},
          new String[] {"Others have surrendered", "Mohamed Elmaouloud Ramadane"},
          new String[] {"The Malian army has retreated", "a local politician"},
          new String[] {"The CSP people are still", "a local politician"},
          new String[] {"At least 15 Wagner fighters", "A former UN mission worker in Kidal"},
          new String[] {"the CSP rebels have taken", "A former UN mission worker in Kidal"},
          new String[] {"dozens and dozens", "Mossa Ag Inzoma"},
          new String[] {"retrograde", "the Malian army"},
          new String[] {"Violent fighting continues", "the Malian army"},
          new String[] {"under surveillance", "the Malian army"},
          new String[] {"five terrorist targets", "the Malian army"},
          new String[] {"difficulties", "the junta army"});

  @Test
  void givesEveryQuoteOfSeed000ItsSpeaker() {
    List<Quote> quotes = claims.get("000").quotes();
    assertThat(quotes).hasSize(SEED_000_SPEAKERS.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      assertThat(q.text()).startsWith(SEED_000_SPEAKERS.get(i)[0]);
      assertThat(q.speaker()).as("speaker of %s", q.text()).isNotNull();
      assertThat(q.speaker().name()).isEqualTo(SEED_000_SPEAKERS.get(i)[1]);
    }
  }

  @Test
  void readsSpeakerAffiliationFromApposition() {
    Quote first = claims.get("000").quotes().get(0);
    assertThat(first.speaker().role()).startsWith("a spokesman for an alliance");
    assertThat(first.speaker().affiliation()).isEqualTo("CSP-DPA");
    assertThat(first.speaker().standing()).isEqualTo(dossier.model.Claimant.Standing.PARTY);
    Quote politician = claims.get("000").quotes().get(3);
    assertThat(politician.speaker().via()).isEqualTo("AFP");
    assertThat(politician.speaker().standing()).isEqualTo(dossier.model.Claimant.Standing.NEUTRAL);
    assertThat(claims.get("000").quotes().get(12).speaker().affiliation())
        .isEqualTo("Military Forces of Mali");
  }

  @Test
  void marksPartialQuotesInsideSentences() {
    List<Quote> quotes = claims.get("000").quotes();
    assertThat(quotes.get(7).partial()).isTrue(); // "dozens and dozens"
    assertThat(quotes.get(8).partial()).isTrue(); // "retrograde"
    assertThat(quotes.get(0).partial()).isFalse();
  }

  private static CasualtyClaim find(String seed, Kind kind, long low) {
    return claims.get(seed).casualties().stream()
        .filter(c -> c.kind() == kind && c.figure().low() == low)
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + low + " not in " + seed));
  }

  @Test
  void readsTheLocalPoliticiansToll() {
    for (String seed : List.of("000", "001", "002")) {
      CasualtyClaim c = find(seed, Kind.DEAD, 17);
      assertThat(c.figure().qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(c.figure().high()).isNull();
      assertThat(c.claimant().name()).isEqualToIgnoringCase("a local politician");
    }
  }

  @Test
  void readsTheFormerUnWorkersFifteenWagnerFighters() {
    for (String seed : List.of("000", "001", "002")) {
      CasualtyClaim c = find(seed, Kind.KILLED_AND_CAPTURED, 15);
      assertThat(c.victims()).isEqualTo("Wagner fighters");
      assertThat(c.victimSides()).containsExactly("Wagner Group");
      assertThat(c.claimant().name()).containsIgnoringCase("former").contains("Kidal");
    }
    CasualtyClaim c = find("003", Kind.KILLED_OR_CAPTURED, 15);
    assertThat(c.claimant().name())
        .isEqualTo("local sources and former United Nations personnel in Kidal");
    assertThat(c.victimSides()).containsExactly("Wagner Group");
  }

  @Test
  void readsInzomasDozensAsVagueOpenRange() {
    for (String seed : List.of("000", "001", "002", "003")) {
      CasualtyClaim c =
          claims.get(seed).casualties().stream()
              .filter(x -> x.figure().qualifier() == Qualifier.VAGUE)
              .filter(x -> x.claimant() != null && x.claimant().name().equals("Mossa Ag Inzoma"))
              .findFirst()
              .orElseThrow();
      assertThat(c.figure().vague()).isTrue();
      assertThat(c.figure().low()).isGreaterThanOrEqualTo(24);
      assertThat(c.figure().high()).isNull();
      assertThat(c.kind()).isIn(Kind.KILLED_OR_CAPTURED, Kind.KILLED_AND_CAPTURED);
      assertThat(c.victims()).startsWith("Wagner fighters and");
      assertThat(c.victimSides()).contains("Wagner Group", "Military Forces of Mali");
    }
    assertThat(find("000", Kind.KILLED_OR_CAPTURED, 25).figure().text())
        .isEqualTo("dozens and dozens");
  }

  @Test
  void readsTheCoalitionsOwnLosses() {
    CasualtyClaim killed = find("003", Kind.KILLED, 7);
    CasualtyClaim wounded = find("003", Kind.WOUNDED, 12);
    for (CasualtyClaim c : List.of(killed, wounded)) {
      assertThat(c.victims()).isEqualTo("their fighters");
      assertThat(c.claimant().affiliation()).isEqualTo("CSP-DPA");
      assertThat(c.victimSides()).containsExactly("CSP-DPA");
      assertThat(c.admission()).isTrue();
    }
  }

  @Test
  void readsTheArmysAdmissionAndJnimsClaim() {
    CasualtyClaim dead = find("004", Kind.DEAD, 2);
    CasualtyClaim wounded = find("004", Kind.WOUNDED, 10);
    for (CasualtyClaim c : List.of(dead, wounded)) {
      assertThat(c.claimant().affiliation()).isEqualTo("Military Forces of Mali");
      assertThat(c.victims()).isEqualTo("its own");
      assertThat(c.admission()).isTrue();
    }
    CasualtyClaim wagner = find("004", Kind.KILLED, 50);
    CasualtyClaim soldiers = find("004", Kind.KILLED, 10);
    assertThat(wagner.victims()).isEqualTo("Wagner members");
    assertThat(soldiers.victims()).isEqualTo("Malian soldiers");
    assertThat(soldiers.victimSides()).containsExactly("Military Forces of Mali");
    for (CasualtyClaim c : List.of(wagner, soldiers)) {
      assertThat(c.claimant().affiliation()).isEqualTo("JNIM");
      assertThat(c.admission()).isFalse();
    }
  }

  @Test
  void readsTheCoalitionsDozensOfDeadAndWounded() {
    CasualtyClaim c = find("004", Kind.DEAD_AND_WOUNDED, 24);
    assertThat(c.figure().vague()).isTrue();
    assertThat(c.claimant().affiliation()).isEqualTo("CSP-DPA");
  }

  @Test
  void readsWagnersAdmissionWithoutFigures() {
    CasualtyClaim c =
        claims.get("004").casualties().stream()
            .filter(x -> x.kind() == Kind.CASUALTIES)
            .filter(x -> x.victims().contains("Shevchenko"))
            .findFirst()
            .orElseThrow();
    assertThat(c.figure().qualifier()).isEqualTo(Qualifier.UNSPECIFIED);
    assertThat(c.claimant().affiliation()).isEqualTo("Wagner Group");
    assertThat(c.victimSides()).containsExactly("Wagner Group");
    assertThat(c.admission()).isTrue();
  }

  @Test
  void keepsTheArmysFiveTargetsAsAnActionNotACount() {
    for (String seed : List.of("000", "001")) {
      CasualtyClaim c = find(seed, Kind.ACTION, 5);
      assertThat(c.kind().deathsOnly()).isFalse();
      assertThat(c.victims()).isEqualTo("terrorist targets");
      assertThat(c.claimant().affiliation()).isEqualTo("Military Forces of Mali");
    }
  }

  @Test
  void keepsNonCasualtyNumbersAsQuantities() {
    Set<String> units =
        claims.get("004").quantities().stream()
            .map(q -> q.figure().text() + " " + q.unit())
            .collect(Collectors.toSet());
    assertThat(units).contains("1,000 men", "at least a dozen vehicles", "Three our men");
    assertThat(claims.get("004").casualties())
        .noneMatch(c -> c.figure().text().equals("1,000"))
        .noneMatch(c -> c.victims().contains("vehicles"));
    assertThat(claims.get("000").quantities()).anyMatch(q -> q.unit().startsWith("days"));
  }

  @Test
  void resolvesWeekdaysAgainstThePublicationDate() {
    List<DateMention> dates = claims.get("000").dates();
    assertThat(date(dates, "Saturday").start()).isEqualTo(LocalDate.of(2024, 7, 27));
    assertThat(date(dates, "Thursday").start()).isEqualTo(LocalDate.of(2024, 7, 25));
    DateMention range = date(dates, "between Friday and Saturday");
    assertThat(range.start()).isEqualTo(LocalDate.of(2024, 7, 26));
    assertThat(range.end()).isEqualTo(LocalDate.of(2024, 7, 27));
    assertThat(range.precision()).isEqualTo(DateMention.Precision.DAYS);
    assertThat(date(dates, "2012").precision()).isEqualTo(DateMention.Precision.YEAR);
    List<DateMention> d4 = claims.get("004").dates();
    assertThat(date(d4, "25 July").start()).isEqualTo(LocalDate.of(2024, 7, 25));
    assertThat(date(d4, "July 27").start()).isEqualTo(LocalDate.of(2024, 7, 27));
  }

  private static DateMention date(List<DateMention> dates, String text) {
    return dates.stream().filter(d -> d.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void mergesPlaceSpellingsAcrossReports() {
    Set<String> tinz =
        keysOf(Set.of("Tinzaouaten", "Tinzaouatene", "Tinzawatene", "Tinzawaten", "Tinzahuaten"));
    assertThat(tinz).hasSize(1);
    Set<String> afarak = keysOf(Set.of("In-Afarak", "In Afaraq"));
    assertThat(afarak).hasSize(1);
  }

  private static Set<String> keysOf(Set<String> spellings) {
    Set<String> seen =
        claims.values().stream()
            .flatMap(c -> c.places().stream())
            .filter(p -> spellings.contains(p.text()))
            .map(PlaceMention::text)
            .collect(Collectors.toSet());
    assertThat(seen).as("spellings found").containsAll(spellings);
    return claims.values().stream()
        .flatMap(c -> c.places().stream())
        .filter(p -> spellings.contains(p.text()))
        .map(PlaceMention::key)
        .collect(Collectors.toSet());
  }

  @Test
  void placesWhatTheGazetteerLacksAtTheStatedRegion() {
    for (ClaimSet set : claims.values()) {
      for (PlaceMention p : set.places()) {
        if (p.key().equals(PlaceKey.of("Tinzaouaten"))) {
          assertThat(p.geonameId()).isNull();
          assertThat(p.region()).isEqualTo("Kidal");
          assertThat(p.precision()).isEqualTo(4);
          assertThat(p.latitude()).isNotNull();
          assertThat(p.basis()).contains("not in gazetteer");
        }
      }
    }
    PlaceMention kidal =
        claims.get("000").places().stream()
            .filter(p -> p.text().equals("Kidal"))
            .findFirst()
            .orElseThrow();
    assertThat(kidal.precision()).isEqualTo(1);
    assertThat(kidal.geonameId()).isNotNull();
    assertThat(kidal.country()).isEqualTo("ML");
  }

  @Test
  void marksDatelinesAsWhereTheReportWasFiled() {
    PlaceMention dakar = claims.get("003").places().get(0);
    assertThat(dakar.text()).isEqualTo("DAKAR");
    assertThat(dakar.dateline()).isTrue();
    assertThat(dakar.country()).isEqualTo("SN");
    assertThat(claims.get("003").places().stream().filter(PlaceMention::dateline)).hasSize(1);
  }

  @Test
  void mergesActorVariants() {
    Map<String, String> canonical =
        claims.values().stream()
            .flatMap(c -> c.actors().stream())
            .collect(
                Collectors.toMap(
                    a -> a.text().toLowerCase(Locale.ROOT), ActorMention::actor, (a, b) -> a));
    assertThat(canonical.get("malian armed forces")).isEqualTo("Military Forces of Mali");
    assertThat(canonical.get("junta forces")).isEqualTo("Military Forces of Mali");
    assertThat(canonical.get("the malian army".substring(4))).isEqualTo("Military Forces of Mali");
    assertThat(canonical.get("russian mercenaries")).isEqualTo("Wagner Group");
    assertThat(canonical.get("wagner")).isEqualTo("Wagner Group");
    assertThat(canonical.get("csp")).isEqualTo("CSP-DPA");
    assertThat(canonical.get("azawad fighters")).isEqualTo("CSP-DPA");
    assertThat(canonical.get("jnim")).isEqualTo("JNIM");
  }

  @Test
  void notesWhenReportsExpandAnAcronymDifferently() {
    Map<String, Map<String, List<String>>> expansions = ClaimExtractor.expansions(claims.values());
    assertThat(expansions.get("CSP-DPA")).hasSize(2);
    assertThat(
            expansions
                .get("CSP-DPA")
                .get("Coalition of the Sahel People – Democratic People’s Alliance"))
        .containsExactly("003");
    assertThat(expansions.get("JNIM")).containsOnlyKeys("Support Group for Islam and Muslims");
  }

  @Test
  void readsReportsWrittenInCapitals() {
    Article upper = Seeds.upperCase(Seeds.seed("000"));
    ClaimSet caps = new ClaimExtractor(ClaimExtractor.Config.defaults()).extract(upper);
    List<Quote> quotes = caps.quotes();
    assertThat(quotes).hasSize(SEED_000_SPEAKERS.size());
    for (int i = 0; i < quotes.size(); i++) {
      assertThat(quotes.get(i).speaker().name()).isEqualToIgnoringCase(SEED_000_SPEAKERS.get(i)[1]);
    }
    List<String> expected =
        claims.get("000").casualties().stream()
            .map(c -> c.kind() + " " + c.figure().low())
            .toList();
    assertThat(caps.casualties().stream().map(c -> c.kind() + " " + c.figure().low()))
        .containsExactlyElementsOf(expected);
    assertThat(caps.places().stream().map(p -> p.key())).contains("kidal", "mali", "abeibara");
  }

  @Test
  void ruleLemmasGiveTheSameQuotesAndCasualtiesAsOpenNlpLemmas() {
    ClaimExtractor statistical =
        new ClaimExtractor(ClaimExtractor.Config.defaults().withStatisticalLemmas());
    for (Article a : Seeds.all()) {
      ClaimSet other = statistical.extract(a);
      assertThat(other.quotes()).as(a.id()).isEqualTo(claims.get(a.id()).quotes());
      assertThat(other.casualties()).as(a.id()).isEqualTo(claims.get(a.id()).casualties());
    }
  }

  @Test
  void trueCasesAReportInCapitalsWithTheNamesOfItsBatch() {
    List<Article> batch = new java.util.ArrayList<>(Seeds.all());
    batch.set(0, Seeds.upperCase(batch.get(0)));
    ClaimSet caps =
        new ClaimExtractor(ClaimExtractor.Config.defaults()).extractAll(batch).get("000");
    assertThat(caps.places())
        .filteredOn(p -> p.key().equals(PlaceKey.of("Tinzaouaten")))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.region()).isEqualTo("Kidal"));
    assertThat(caps.actors()).extracting(ActorMention::actor).contains("CSP-DPA", "Wagner Group");
  }

  @Test
  void givesTheSameClaimsFromSeveralThreads() {
    ClaimExtractor shared = new ClaimExtractor(ClaimExtractor.Config.defaults());
    List<Article> twice = new java.util.ArrayList<>(Seeds.all());
    twice.addAll(Seeds.all());
    List<ClaimSet> parallel = twice.parallelStream().map(shared::extract).toList();
    for (ClaimSet set : parallel) {
      ClaimSet sequential = claims.get(set.articleId());
      assertThat(set.quotes()).isEqualTo(sequential.quotes());
      assertThat(set.casualties()).isEqualTo(sequential.casualties());
      assertThat(set.actors()).isEqualTo(sequential.actors());
    }
  }
}
