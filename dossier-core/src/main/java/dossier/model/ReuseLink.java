package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A ReuseLink is the relation found between two reports {@code a} and {@code b} with its evidence:
 * the estimated share of word shingles of each contained in the other ({@code containmentA} = part
 * of {@code a} found in {@code b}), the share of each text's sentences aligned to the other ({@code
 * coverageA}, {@code coverageB}, by characters), an overall {@code score} in [0, 1], the aligned
 * sentences, and the drift between them (name variants included, see {@link
 * Drift#changesMeaning()}).
 */
public record ReuseLink(
    String a,
    String b,
    ReuseRelation relation,
    double score,
    double containmentA,
    double containmentB,
    double coverageA,
    double coverageB,
    List<AlignedSentence> aligned,
    List<Drift> drift)
    implements Serializable {

  public ReuseLink {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(relation, "relation");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a report cannot be linked to itself: " + a);
    }
    for (double v : new double[] {score, containmentA, containmentB, coverageA, coverageB}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("score outside [0, 1]: " + v);
      }
    }
    aligned = List.copyOf(aligned);
    drift = List.copyOf(drift);
  }

  /** True when this link joins the report with the given id. */
  public boolean involves(String id) {
    return a.equals(id) || b.equals(id);
  }

  /** The other end of this link. */
  public String other(String id) {
    if (a.equals(id)) {
      return b;
    }
    if (b.equals(id)) {
      return a;
    }
    throw new IllegalArgumentException(id + " is not in link " + a + "-" + b);
  }
}
