package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An AlignedSentence is a sentence of report {@code a} matched to a sentence of report {@code b}:
 * both spans, how they match ({@code exact}, {@code edited} or {@code paraphrased}), the lexical
 * and (when computed, else {@code NaN}) semantic similarity, and the edits that turn one into the
 * other as pairs of spans (an empty span marks an insertion point).
 */
public record AlignedSentence(
    Span a, Span b, Kind kind, double lexical, double semantic, List<Edit> edits)
    implements Serializable {

  /** How two aligned sentences match. */
  public enum Kind {
    EXACT,
    EDITED,
    PARAPHRASED
  }

  /**
   * One difference between two aligned sentences: the span in {@code a} replaced by the span in
   * {@code b}.
   */
  public record Edit(Span a, Span b) implements Serializable {
    public Edit {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }
  }

  public AlignedSentence {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    if (lexical < 0 || lexical > 1) {
      throw new IllegalArgumentException("lexical similarity outside [0, 1]: " + lexical);
    }
    edits = List.copyOf(edits);
  }
}
