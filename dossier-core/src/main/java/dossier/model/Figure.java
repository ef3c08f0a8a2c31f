package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Figure is a number as a report states it: the range {@code [low, high]} it allows ({@code high}
 * is {@code null} for an open range such as "at least 15"), the qualifier that produced the range,
 * the value a coder would record ({@code point}: the number itself, or ACLED's convention for vague
 * words, e.g. 12 for "dozens"), and the words of the text.
 */
public record Figure(long low, Long high, Qualifier qualifier, long point, String text)
    implements Serializable {

  /** How a figure was qualified in the text. */
  public enum Qualifier {
    /** A plain number: "two", "12", "1,000", "a dozen". */
    EXACT,
    /** "at least N": [N, ∞). */
    AT_LEAST,
    /** "more than N", "over N": [N+1, ∞). */
    MORE_THAN,
    /** "up to N", "as many as N", "fewer than N": [0, N]. */
    AT_MOST,
    /** "about N", "around N", "some N", "nearly N": approximately N. */
    APPROXIMATE,
    /** "between A and B": [A, B]. */
    BETWEEN,
    /** A word rather than a number: "dozens", "scores", "hundreds". */
    VAGUE,
    /** No figure given ("suffered casualties", bare plurals): at least one or two. */
    UNSPECIFIED
  }

  public Figure {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(text, "text");
    if (low < 0 || (high != null && high < low)) {
      throw new IllegalArgumentException("bad figure range [" + low + ", " + high + "]");
    }
  }

  /** Whether the figure is vague ("dozens", unspecified) rather than a stated number. */
  public boolean vague() {
    return qualifier == Qualifier.VAGUE || qualifier == Qualifier.UNSPECIFIED;
  }

  /** Whether the range has no upper bound. */
  public boolean open() {
    return high == null;
  }
}
