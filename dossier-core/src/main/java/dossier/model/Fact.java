package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A Fact is one casualty claim as an event's reports carry it: what happened ({@code kind}) to whom
 * ({@code victims}, on {@code side}), how many ({@code figure}, the most specific figure the claim
 * was given with, and {@code variants}, every other wording of it), who claims it and how they
 * stand ({@code stance}), and every place it was read ({@code evidence}) with the independent
 * source families behind it ({@code families}: copies of one wire count once).
 */
public record Fact(
    String id,
    CasualtyClaim.Kind kind,
    String victims,
    List<String> victimActors,
    Side side,
    Figure figure,
    List<String> variants,
    Claimant claimant,
    List<String> claimants,
    Stance stance,
    List<Evidence> evidence,
    List<String> families)
    implements Serializable {

  /** How the claimant stands towards the people counted. */
  public enum Stance {
    /** The claimant's own side's losses: a floor for that side. */
    ADMISSION,
    /** A party to the fighting speaking of its enemy's losses. */
    PARTISAN,
    /** A neutral source: residents, officials of uninvolved bodies, observers. */
    NEUTRAL,
    /** The report's own account or an unclear claimant. */
    UNATTRIBUTED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Fact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(victims, "victims");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(stance, "stance");
    victimActors = List.copyOf(victimActors);
    claimants = List.copyOf(claimants);
    variants = List.copyOf(variants);
    evidence = List.copyOf(evidence);
    families = List.copyOf(families);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("fact " + id + " without evidence");
    }
  }

  /** The reports the fact was read in, in evidence order, without repeats. */
  public List<String> reports() {
    return evidence.stream().map(Evidence::articleId).distinct().toList();
  }
}
