package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A Contradiction is a disagreement an analyst must see: figures that cannot all be true, one claim
 * given to different claimants, a quotation changed between copies, or one acronym expanded two
 * ways. {@code description} says it in words; {@code evidence} points at each side of it.
 */
public record Contradiction(Kind kind, String description, List<Evidence> evidence)
    implements Serializable {

  /** What disagrees. */
  public enum Kind {
    FIGURES,
    CLAIMANT,
    QUOTE_CHANGED,
    ACRONYM;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public Contradiction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    evidence = List.copyOf(evidence);
  }
}
