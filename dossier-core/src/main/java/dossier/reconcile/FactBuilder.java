package dossier.reconcile;

import dossier.model.CasualtyClaim;
import dossier.model.ClaimSet;
import dossier.model.Claimant;
import dossier.model.Evidence;
import dossier.model.Fact;
import dossier.model.Figure;
import dossier.model.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A FactBuilder matches the casualty claims of an event's reports into facts: claims of a
 * compatible kind, about the same side's people, from a compatible claimant and with figures that
 * can both be true are one fact, however many copies carry it.
 */
final class FactBuilder {

  private final Sources sources;
  private final ClaimReconciler.Sides sides;

  FactBuilder(Sources sources, ClaimReconciler.Sides sides) {
    this.sources = sources;
    this.sides = sides;
  }

  List<Fact> build(List<ClaimSet> sets) {
    List<CasualtyClaim> claims = new ArrayList<>();
    for (ClaimSet set : sets) {
      claims.addAll(set.casualties());
    }
    ClaimReconciler.UnionFind groups = new ClaimReconciler.UnionFind(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (same(claims.get(i), claims.get(j))) {
          groups.union(i, j);
        }
      }
    }
    Map<Integer, List<CasualtyClaim>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      byGroup.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(claims.get(i));
    }
    List<Fact> facts = new ArrayList<>();
    int n = 1;
    for (List<CasualtyClaim> group : byGroup.values()) {
      facts.add(fact("f" + n++, group));
    }
    return facts;
  }

  private Fact fact(String id, List<CasualtyClaim> group) {
    group.sort(Comparator.comparingInt(c -> sources.order(c.articleId())));
    CasualtyClaim first = group.get(0);
    CasualtyClaim specific =
        group.stream().min(Comparator.comparingInt(c -> specificity(c.figure()))).orElseThrow();
    Set<String> variants = new LinkedHashSet<>();
    List<String> claimants = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    Set<String> families = new LinkedHashSet<>();
    Claimant claimant = null;
    for (CasualtyClaim c : group) {
      String wording = c.figure().text().replaceAll("[\"“”]", "").strip();
      if (!Words.sameWords(wording, specific.figure().text())) {
        variants.add(wording);
      }
      if (c.kind() != first.kind()) {
        variants.add(c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
      if (c.claimant() != null
          && claimants.stream().noneMatch(n -> Words.overlap(n, c.claimant().name()) >= 0.75)) {
        claimants.add(c.claimant().name());
      }
      evidence.add(sources.evidence(c.articleId(), c.span()));
      families.add(sources.family(c.articleId()));
      if (claimant == null) {
        claimant = c.claimant();
      }
    }
    Side side = sides.of(first.victimSides());
    return new Fact(
        id,
        first.kind(),
        first.victims(),
        first.victimSides(),
        side,
        specific.figure(),
        List.copyOf(variants),
        claimant,
        claimants,
        stance(first, side),
        evidence,
        List.copyOf(families));
  }

  private Fact.Stance stance(CasualtyClaim claim, Side victims) {
    if (claim.admission()) {
      return Fact.Stance.ADMISSION;
    }
    Claimant c = claim.claimant();
    if (c == null) {
      return Fact.Stance.UNATTRIBUTED;
    }
    return switch (c.standing()) {
      case PARTY -> {
        Side own = c.affiliation() == null ? Side.UNKNOWN : sides.of(c.affiliation());
        yield own != Side.UNKNOWN && own == victims ? Fact.Stance.ADMISSION : Fact.Stance.PARTISAN;
      }
      case NEUTRAL -> Fact.Stance.NEUTRAL;
      default -> Fact.Stance.UNATTRIBUTED;
    };
  }

  /** Lower is more specific: a stated number before a bound before a vague word. */
  static int specificity(Figure f) {
    return switch (f.qualifier()) {
      case EXACT -> 0;
      case APPROXIMATE -> 1;
      case BETWEEN -> 2;
      case AT_LEAST, MORE_THAN -> 3;
      case AT_MOST -> 4;
      case VAGUE -> 5;
      case UNSPECIFIED -> 6;
    };
  }

  private boolean same(CasualtyClaim a, CasualtyClaim b) {
    if (a.articleId().equals(b.articleId()) && a.span().equals(b.span())) {
      return true;
    }
    if (a.articleId().equals(b.articleId())) {
      return false; // one report states each of its claims once
    }
    return compatibleKinds(a.kind(), b.kind())
        && Set.copyOf(a.victimSides()).equals(Set.copyOf(b.victimSides()))
        && compatibleClaimants(a.claimant(), b.claimant())
        && overlap(a.figure(), b.figure());
  }

  static boolean compatibleKinds(CasualtyClaim.Kind a, CasualtyClaim.Kind b) {
    return a == b || group(a) == group(b);
  }

  private static int group(CasualtyClaim.Kind k) {
    return switch (k) {
      case KILLED, DEAD -> 1;
      case KILLED_OR_CAPTURED, KILLED_AND_CAPTURED -> 2;
      default -> 10 + k.ordinal();
    };
  }

  private static boolean compatibleClaimants(Claimant a, Claimant b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.standing() != b.standing()) {
      return false;
    }
    return ClaimReconciler.sameSpeaker(a, b);
  }

  static boolean overlap(Figure a, Figure b) {
    long aHigh = a.high() == null ? Long.MAX_VALUE : a.high();
    long bHigh = b.high() == null ? Long.MAX_VALUE : b.high();
    return a.low() <= bHigh && b.low() <= aHigh;
  }
}
