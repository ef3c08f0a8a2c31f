package dossier.reconcile;

import dossier.model.CasualtyClaim;
import dossier.model.Estimate;
import dossier.model.Fact;
import dossier.model.Figure;
import dossier.model.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates turns an event's facts into figures per side and kind in the manner of UCDP GED. For
 * each claimant the figures it gives for distinct groups of one side add up; then {@code low} is
 * the largest such sum from a neutral source or an admission of losses (stated numbers and bounds
 * only, never vague words), {@code best} the most specific credible sum (neutral, admitted or the
 * report's own account), and {@code high} the largest sum from anyone, partisan claims and vague
 * words included. Combined kinds ("killed or captured"), unspecified "casualties" and claimed
 * actions never feed a figure. The total over sides is the larger of the sides' sum and the figure
 * given for deaths with no side.
 */
final class Estimates {

  private static final List<CasualtyClaim.Kind> KINDS =
      List.of(
          CasualtyClaim.Kind.KILLED,
          CasualtyClaim.Kind.WOUNDED,
          CasualtyClaim.Kind.CAPTURED,
          CasualtyClaim.Kind.MISSING);
  private static final List<Side> SIDES = List.of(Side.A, Side.B, Side.CIVILIANS, Side.UNKNOWN);

  private final List<Estimate> perSide = new ArrayList<>();
  private final Estimate total;

  Estimates(List<Fact> facts) {
    Map<Side, Estimate> deaths = new LinkedHashMap<>();
    for (CasualtyClaim.Kind kind : KINDS) {
      for (Side side : SIDES) {
        List<Fact> relevant =
            facts.stream().filter(f -> f.side() == side && kindOf(f.kind()) == kind).toList();
        if (relevant.isEmpty()) {
          continue;
        }
        Estimate e = estimate(side, kind, relevant);
        perSide.add(e);
        if (kind == CasualtyClaim.Kind.KILLED) {
          deaths.put(side, e);
        }
      }
    }
    total = total(deaths);
  }

  List<Estimate> perSide() {
    return List.copyOf(perSide);
  }

  Estimate total() {
    return total;
  }

  private static CasualtyClaim.Kind kindOf(CasualtyClaim.Kind k) {
    return k == CasualtyClaim.Kind.DEAD ? CasualtyClaim.Kind.KILLED : k;
  }

  /** One claimant's figure for a side: its facts about distinct groups, added up. */
  private record Sum(
      String claimant, List<Fact> facts, long low, long point, long high, int rank) {}

  private static Estimate estimate(Side side, CasualtyClaim.Kind kind, List<Fact> facts) {
    List<Sum> credibleFloors = sums(facts, true, true);
    List<Sum> credible = sums(facts, false, true);
    List<Sum> all = sums(facts, false, false);
    Sum low =
        credibleFloors.stream()
            .filter(s -> s.rank() < 5)
            .max(Comparator.comparingLong(Sum::low))
            .orElse(null);
    Sum best =
        credible.stream()
            .filter(s -> s.rank() < 5)
            .min(
                Comparator.comparingInt(Sum::rank)
                    .thenComparing(s -> -families(s))
                    .thenComparing(s -> -s.point()))
            .orElse(null);
    Sum high = all.stream().max(Comparator.comparingLong(Sum::high)).orElse(null);
    Long lowValue = low == null ? null : low.low();
    Long bestValue = best == null ? null : best.point();
    if (bestValue != null && lowValue != null && bestValue < lowValue) {
      bestValue = lowValue;
      best = low;
    }
    Long highValue = high == null ? null : high.high();
    if (highValue != null && bestValue != null && highValue < bestValue) {
      highValue = bestValue;
      high = best;
    }
    List<String> ids = facts.stream().map(Fact::id).toList();
    return new Estimate(
        side,
        kind,
        lowValue,
        bestValue,
        highValue,
        basis(low, lowValue),
        basis(best, bestValue),
        basis(high, highValue),
        ids);
  }

  private static int families(Sum s) {
    return (int) s.facts().stream().flatMap(f -> f.families().stream()).distinct().count();
  }

  private static List<Sum> sums(List<Fact> facts, boolean floorsOnly, boolean credibleOnly) {
    Map<String, List<Fact>> byClaimant = new LinkedHashMap<>();
    for (Fact f : facts) {
      boolean credible =
          f.stance() == Fact.Stance.NEUTRAL
              || f.stance() == Fact.Stance.ADMISSION
              || (!floorsOnly && f.stance() == Fact.Stance.UNATTRIBUTED);
      if (credibleOnly && !credible) {
        continue;
      }
      String who = f.claimant() == null ? "the report" : f.claimant().name();
      byClaimant.computeIfAbsent(Words.normal(who), k -> new ArrayList<>()).add(f);
    }
    List<Sum> out = new ArrayList<>();
    for (List<Fact> group : byClaimant.values()) {
      // One figure per group of people: the largest floor the claimant gives for it.
      Map<String, Fact> byVictims = new LinkedHashMap<>();
      for (Fact f : group) {
        byVictims.merge(
            Words.normal(f.victims()), f, (x, y) -> x.figure().low() >= y.figure().low() ? x : y);
      }
      long low = 0;
      long point = 0;
      long high = 0;
      int rank = 0;
      for (Fact f : byVictims.values()) {
        Figure fig = f.figure();
        low += fig.low();
        point += Math.max(fig.low(), pointOf(fig));
        high += fig.high() == null ? Math.max(fig.low(), fig.point()) : fig.high();
        rank = Math.max(rank, FactBuilder.specificity(fig));
      }
      String who = group.get(0).claimant() == null ? "the report" : group.get(0).claimant().name();
      out.add(new Sum(who, List.copyOf(byVictims.values()), low, point, high, rank));
    }
    return out;
  }

  private static long pointOf(Figure f) {
    return f.qualifier() == Figure.Qualifier.VAGUE ? f.low() : f.point();
  }

  private static String basis(Sum s, Long value) {
    if (s == null || value == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    b.append(value).append(": ");
    List<String> parts = new ArrayList<>();
    for (Fact f : s.facts()) {
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %s%s (%s, %s, %d source%s)",
              f.figure().text().replaceAll("[\"“”]", ""),
              f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              f.victims().isBlank() ? "" : " of " + f.victims(),
              s.claimant(),
              f.stance().label(),
              f.families().size(),
              f.families().size() == 1 ? "" : "s"));
    }
    b.append(String.join(" + ", parts));
    return b.toString();
  }

  private static Estimate total(Map<Side, Estimate> deaths) {
    Long[] sums = new Long[3];
    List<String> lowBasis = new ArrayList<>();
    List<String> bestBasis = new ArrayList<>();
    List<String> highBasis = new ArrayList<>();
    List<String> facts = new ArrayList<>();
    for (Side side : List.of(Side.A, Side.B, Side.CIVILIANS)) {
      Estimate e = deaths.get(side);
      if (e == null) {
        continue;
      }
      sums[0] = add(sums[0], e.low());
      sums[1] = add(sums[1], e.best());
      sums[2] = add(sums[2], e.high());
      note(lowBasis, side, e.lowBasis());
      note(bestBasis, side, e.bestBasis());
      note(highBasis, side, e.highBasis());
      facts.addAll(e.facts());
    }
    Estimate unknown = deaths.get(Side.UNKNOWN);
    String[] bases = {
      lowBasis.isEmpty() ? null : "sum over sides " + String.join("; ", lowBasis),
      bestBasis.isEmpty() ? null : "sum over sides " + String.join("; ", bestBasis),
      highBasis.isEmpty() ? null : "sum over sides " + String.join("; ", highBasis)
    };
    if (unknown != null) {
      facts.addAll(unknown.facts());
      Long[] u = {unknown.low(), unknown.best(), unknown.high()};
      String[] ub = {unknown.lowBasis(), unknown.bestBasis(), unknown.highBasis()};
      for (int i = 0; i < 3; i++) {
        if (u[i] != null && (sums[i] == null || u[i] > sums[i])) {
          sums[i] = u[i];
          bases[i] = "deaths on no stated side, larger than the sum over sides: " + ub[i];
        }
      }
    }
    return new Estimate(
        Side.ALL,
        CasualtyClaim.Kind.KILLED,
        sums[0],
        sums[1],
        sums[2],
        bases[0],
        bases[1],
        bases[2],
        facts.stream().distinct().toList());
  }

  private static void note(List<String> basis, Side side, String text) {
    if (text != null) {
      basis.add("side " + side.label() + " " + text);
    }
  }

  private static Long add(Long a, Long b) {
    if (b == null) {
      return a;
    }
    return a == null ? b : a + b;
  }
}
