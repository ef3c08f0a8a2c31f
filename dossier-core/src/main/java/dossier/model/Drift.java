package dossier.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A Drift is a change of meaning between two aligned sentences of copies of one story, typed and
 * located in both texts: an altered quotation, a changed number, a changed verb of action, a
 * changed connective, a dropped or added qualifier, a widened or narrowed claim. A respelled name
 * is a {@link Kind#NAME_VARIANT}: reported, but not a change of meaning.
 */
public record Drift(Kind kind, String textA, String textB, Span spanA, Span spanB)
    implements Serializable {

  /** What changed. */
  public enum Kind {
    QUOTE,
    NUMBER,
    ACTION,
    CONNECTIVE,
    QUALIFIER,
    SCOPE,
    NAME_VARIANT;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Drift {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(textA, "textA");
    Objects.requireNonNull(textB, "textB");
    Objects.requireNonNull(spanA, "spanA");
    Objects.requireNonNull(spanB, "spanB");
  }

  /** True when meaning changed (everything but a respelled name). */
  public boolean changesMeaning() {
    return kind != Kind.NAME_VARIANT;
  }
}
