package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Quote is a direct quotation: its words ({@code text}, without the quotation marks), its span
 * (the words inside the marks), whether it is a partial quote inside a sentence ("dozens and
 * dozens"), its speaker (or {@code null} when none could be found) and the span of the reporting
 * cue that attributes it ("said", "told AFP", "according to"), {@code null} without one.
 */
public record Quote(
    String articleId, Span span, String text, boolean partial, Claimant speaker, Span cue)
    implements Claim, Serializable {
  public Quote {
    Claim.check(articleId, span);
    Objects.requireNonNull(text, "text");
  }
}
