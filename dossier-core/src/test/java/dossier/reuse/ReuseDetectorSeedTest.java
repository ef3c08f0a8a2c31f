package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Drift;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden test on the five Tinzaouaten seeds: one AFP family, a partial rewrite, an outsider. */
class ReuseDetectorSeedTest {

  private static List<Article> seeds;
  private static ReuseGraph graph;

  @BeforeAll
  static void detect() {
    seeds = Seeds.articles();
    graph = new ReuseDetector(ReuseDetector.Config.defaults()).detect(seeds);
  }

  private static ReuseLink link(String a, String b) {
    return graph.links().stream()
        .filter(l -> l.involves(a) && l.involves(b))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link " + a + "-" + b));
  }

  @Test
  void groupsTheThreeWireCopiesIntoOneFamilyWithTheFullestAsOrigin() {
    assertThat(graph.families()).hasSize(1);
    SourceFamily family = graph.families().get(0);
    assertThat(family.articles()).containsExactlyInAnyOrder("000", "001", "002");
    assertThat(family.origin()).isEqualTo("000");
    Map<String, ReuseRelation> relations =
        family.members().stream()
            .collect(Collectors.toMap(SourceFamily.Member::article, SourceFamily.Member::relation));
    assertThat(relations)
        .containsEntry("001", ReuseRelation.PARAPHRASE)
        .containsEntry("002", ReuseRelation.TRIMMED);
  }

  @Test
  void linksTheRewriteAsPartialReuseNotAsAMember() {
    SourceFamily family = graph.familyOf("000").orElseThrow();
    assertThat(family.contains("003")).isFalse();
    assertThat(family.partial()).extracting(SourceFamily.Member::article).containsExactly("003");
    assertThat(link("000", "003").relation()).isEqualTo(ReuseRelation.PARTIAL);
  }

  @Test
  void leavesTheIndependentReportOutOfEveryFamily() {
    assertThat(graph.familyOf("004")).isEmpty();
    assertThat(graph.originOf("004")).isEqualTo("004");
    assertThat(graph.linksOf("004")).noneMatch(l -> l.relation().isCopy());
    assertThat(graph.linksOf("004")).noneMatch(l -> l.relation() == ReuseRelation.PARTIAL);
    assertThat(graph.linksOf("004")).allSatisfy(l -> assertThat(l.drift()).isEmpty());
  }

  @Test
  void reportsTheAlteredQuotesOfTheParaphrase() {
    List<Drift> quotes = drift(link("000", "001"), Drift.Kind.QUOTE);
    assertThat(quotes).hasSizeGreaterThanOrEqualTo(5);
    assertThat(quotes)
        .anySatisfy(
            d -> {
              assertThat(d.textA()).contains("Azawad fighters are in control in Tinzaouatene");
              assertThat(d.textB()).contains("Azawad fighters control Tinzawatene");
            });
  }

  @Test
  void reportsTheChangedVerbOfAction() {
    assertThat(drift(link("000", "001"), Drift.Kind.ACTION))
        .anySatisfy(
            d -> {
              assertThat(d.textA()).isEqualTo("hit");
              assertThat(d.textB()).isEqualTo("rammed");
            });
  }

  @Test
  void reportsTheChangedConnectiveOfTheTrimmedCopy() {
    assertThat(drift(link("000", "002"), Drift.Kind.CONNECTIVE))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.textA()).isEqualTo("or");
              assertThat(d.textB()).isEqualTo("and");
            });
  }

  @Test
  void reportsTheDroppedIntensifier() {
    assertThat(drift(link("000", "001"), Drift.Kind.QUALIFIER))
        .anySatisfy(
            d -> {
              assertThat(d.textA()).isEqualTo("dozens and dozens");
              assertThat(d.textB()).isEqualTo("dozens");
            });
  }

  @Test
  void reportsRespelledNamesAsVariantsNotDrift() {
    List<Drift> variants = drift(link("000", "001"), Drift.Kind.NAME_VARIANT);
    assertThat(variants)
        .extracting(Drift::textB)
        .contains("Tinzawatene", "Elmaould", "Ramadan", "Tinzahuaten");
    assertThat(variants).noneMatch(Drift::changesMeaning);
  }

  @Test
  void findsNoChangeOfMeaningBetweenTheTrimmedCopyBesidesTheConnective() {
    assertThat(link("000", "002").drift().stream().filter(Drift::changesMeaning))
        .extracting(Drift::kind)
        .containsExactly(Drift.Kind.CONNECTIVE);
  }

  @Test
  void everySpanOfEvidenceLiesInItsTextAndHoldsItsQuotedWords() {
    Map<String, String> text =
        seeds.stream().collect(Collectors.toMap(Article::id, Article::text, (x, y) -> x));
    for (ReuseLink l : graph.links()) {
      String ta = text.get(l.a());
      String tb = text.get(l.b());
      for (Drift d : l.drift()) {
        assertThat(d.spanA().of(ta)).isEqualTo(d.textA());
        assertThat(d.spanB().of(tb)).isEqualTo(d.textB());
      }
      for (var s : l.aligned()) {
        assertThat(s.a().end()).isLessThanOrEqualTo(ta.length());
        assertThat(s.b().end()).isLessThanOrEqualTo(tb.length());
        for (var e : s.edits()) {
          assertThat(s.a().contains(e.a())).isTrue();
          assertThat(s.b().contains(e.b())).isTrue();
        }
      }
    }
  }

  @Test
  void givesTheSameAnswerForTheReportsInAnotherOrder() {
    List<Article> reversed = new java.util.ArrayList<>(seeds);
    java.util.Collections.reverse(reversed);
    ReuseGraph again = new ReuseDetector(ReuseDetector.Config.defaults()).detect(reversed);
    assertThat(again.families()).hasSize(1);
    assertThat(again.families().get(0).origin()).isEqualTo("000");
    Function<ReuseGraph, Map<String, ReuseRelation>> relations =
        g ->
            g.links().stream()
                .collect(
                    Collectors.toMap(
                        l -> l.a().compareTo(l.b()) < 0 ? l.a() + l.b() : l.b() + l.a(),
                        ReuseLink::relation));
    assertThat(relations.apply(again)).isEqualTo(relations.apply(graph));
  }

  private static List<Drift> drift(ReuseLink link, Drift.Kind kind) {
    boolean swap = !link.a().equals("000");
    return link.drift().stream()
        .filter(d -> d.kind() == kind)
        .map(d -> swap ? new Drift(d.kind(), d.textB(), d.textA(), d.spanB(), d.spanA()) : d)
        .toList();
  }
}
