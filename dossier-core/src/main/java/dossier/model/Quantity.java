package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Quantity is a number in a report that is not a casualty count ("three days", "a dozen
 * vehicles", "1,000 men"): the figure and what it counts ({@code unit}, the words after it).
 */
public record Quantity(String articleId, Span span, Figure figure, String unit)
    implements Claim, Serializable {
  public Quantity {
    Claim.check(articleId, span);
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(unit, "unit");
  }
}
