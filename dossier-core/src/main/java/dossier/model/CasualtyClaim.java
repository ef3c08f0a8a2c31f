package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A CasualtyClaim is a report's assertion about people killed, wounded, captured or missing (or a
 * claimed action against targets, which is not a count of people): how many ({@code figure}), what
 * happened to them ({@code kind}), who they are as written ({@code victims}, e.g. "Wagner
 * fighters") and the sides they belong to when the text says ({@code victimSides}, canonical actor
 * names), who claims it ({@code claimant}, {@code null} when the report states it on its own
 * account), and whether the claimant admits losses of its own side ({@code admission}).
 */
public record CasualtyClaim(
    String articleId,
    Span span,
    Figure figure,
    Kind kind,
    String victims,
    List<String> victimSides,
    Claimant claimant,
    boolean admission)
    implements Claim, Serializable {

  /** What happened to the people counted. Combined kinds never feed a single total. */
  public enum Kind {
    KILLED,
    DEAD,
    WOUNDED,
    CAPTURED,
    MISSING,
    /** "killed or captured", "killed or taken prisoner". */
    KILLED_OR_CAPTURED,
    /** "killed and arrested", "killed and taken prisoner". */
    KILLED_AND_CAPTURED,
    /** "dead and wounded" counted together. */
    DEAD_AND_WOUNDED,
    /** "casualties" or "losses" without saying which. */
    CASUALTIES,
    /** A claimed action against targets ("five targets dealt with"): not a count of people. */
    ACTION;

    /** Whether the figure counts deaths and nothing else. */
    public boolean deathsOnly() {
      return this == KILLED || this == DEAD;
    }
  }

  public CasualtyClaim {
    Claim.check(articleId, span);
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(victims, "victims");
    victimSides = List.copyOf(victimSides);
  }
}
