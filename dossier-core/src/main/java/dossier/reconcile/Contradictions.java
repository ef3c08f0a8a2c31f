package dossier.reconcile;

import dossier.model.ActorMention;
import dossier.model.ClaimSet;
import dossier.model.Contradiction;
import dossier.model.Evidence;
import dossier.model.Fact;
import dossier.model.QuoteFact;
import dossier.model.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Contradictions lists what an event's sources disagree on. */
final class Contradictions {

  private Contradictions() {}

  /**
   * Figures that cannot all be true: two claimants' figures of one kind for the same group of
   * people whose ranges do not meet.
   */
  static List<Contradiction> figures(List<Fact> facts) {
    List<Contradiction> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      for (int j = i + 1; j < facts.size(); j++) {
        Fact a = facts.get(i);
        Fact b = facts.get(j);
        if (a.side() == Side.UNKNOWN
            || a.side() != b.side()
            || !FactBuilder.compatibleKinds(a.kind(), b.kind())
            || a.kind() == dossier.model.CasualtyClaim.Kind.ACTION
            || a.kind() == dossier.model.CasualtyClaim.Kind.CASUALTIES
            || !sameGroup(a, b)
            || FactBuilder.overlap(a.figure(), b.figure())) {
          continue;
        }
        out.add(
            new Contradiction(
                Contradiction.Kind.FIGURES,
                String.format(
                    Locale.ROOT,
                    "%s says %s %s of %s; %s says %s",
                    who(a),
                    a.figure().text(),
                    a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    a.victims(),
                    who(b),
                    b.figure().text() + " of " + b.victims()),
                List.of(a.evidence().get(0), b.evidence().get(0))));
      }
    }
    return out;
  }

  /** Whether two facts count the same people: the same actors, else overlapping words. */
  private static boolean sameGroup(Fact a, Fact b) {
    if (!a.victimActors().isEmpty() && !b.victimActors().isEmpty()) {
      return Set.copyOf(a.victimActors()).equals(Set.copyOf(b.victimActors()));
    }
    return Words.overlap(a.victims(), b.victims()) > 0;
  }

  /** One claim given to different claimants by different reports. */
  static List<Contradiction> claimants(List<Fact> facts) {
    List<Contradiction> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.claimants().size() > 1) {
        out.add(
            new Contradiction(
                Contradiction.Kind.CLAIMANT,
                "one claim ("
                    + f.figure().text()
                    + " "
                    + f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ") is given to different claimants: "
                    + String.join(" / ", f.claimants()),
                f.evidence()));
      }
    }
    return out;
  }

  /** A quotation whose words differ between reports. */
  static List<Contradiction> quotes(List<QuoteFact> quotes) {
    List<Contradiction> out = new ArrayList<>();
    for (QuoteFact q : quotes) {
      if (q.variants().isEmpty()) {
        continue;
      }
      out.add(
          new Contradiction(
              Contradiction.Kind.QUOTE_CHANGED,
              "quotation of "
                  + (q.speaker() == null ? "an unnamed speaker" : q.speaker().name())
                  + " differs between reports: \""
                  + q.text()
                  + "\" vs \""
                  + String.join("\" vs \"", q.variants())
                  + "\"",
              q.evidence()));
    }
    return out;
  }

  /** One acronym spelled out two ways. */
  static List<Contradiction> acronyms(List<ClaimSet> sets, Sources sources) {
    Map<String, Map<String, Evidence>> expansions = new LinkedHashMap<>();
    for (ClaimSet set : sets) {
      for (ActorMention a : set.actors()) {
        if (a.expansion() != null) {
          expansions
              .computeIfAbsent(a.actor(), k -> new LinkedHashMap<>())
              .putIfAbsent(Words.normal(a.expansion()), sources.evidence(a.articleId(), a.span()));
        }
      }
    }
    List<Contradiction> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Evidence>> e : expansions.entrySet()) {
      if (e.getValue().size() > 1) {
        Set<String> words = new LinkedHashSet<>();
        for (Evidence ev : e.getValue().values()) {
          words.add(ev.text());
        }
        out.add(
            new Contradiction(
                Contradiction.Kind.ACRONYM,
                e.getKey() + " is expanded in different ways: " + String.join(" / ", words),
                List.copyOf(e.getValue().values())));
      }
    }
    return out;
  }

  private static String who(Fact f) {
    return f.claimant() == null ? "the report" : f.claimant().name();
  }
}
