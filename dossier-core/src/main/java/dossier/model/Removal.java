package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Removal is a line or block taken out of an article's body during cleaning, with the reason
 * ("promo", "teaser", "read-also", "caption", "original-url", "newsletter", "social", ...), so that
 * nothing is dropped silently.
 */
public record Removal(String text, String reason) implements Serializable {
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
