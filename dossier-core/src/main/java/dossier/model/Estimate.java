package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An Estimate is an event's figure for one side and one kind of casualty, in the manner of UCDP
 * GED: {@code low} (the most conservative defensible figure: neutral sources and each side's
 * admitted losses), {@code best} (the most specific credible figure) and {@code high} (including
 * partisan claims), each {@code null} when no claim supports it, with the basis of each spelled out
 * and the facts it rests on.
 */
public record Estimate(
    Side side,
    CasualtyClaim.Kind kind,
    Long low,
    Long best,
    Long high,
    String lowBasis,
    String bestBasis,
    String highBasis,
    List<String> facts)
    implements Serializable {
  public Estimate {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(kind, "kind");
    facts = List.copyOf(facts);
  }
}
