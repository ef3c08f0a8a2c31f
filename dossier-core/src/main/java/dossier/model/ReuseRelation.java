package dossier.model;

import java.util.Locale;

/**
 * A ReuseRelation is how one report relates to another: a copy (verbatim, trimmed, paraphrased), a
 * partial reuse of passages, an independent report of the same event, or no relation.
 */
public enum ReuseRelation {
  /** The same text, perhaps with small edits. */
  VERBATIM,
  /** One text contains most of the other: a cut copy. */
  TRIMMED,
  /** A rewritten copy: most sentences say the same in other words. */
  PARAPHRASE,
  /** Some passages reused inside an otherwise different report. */
  PARTIAL,
  /** Independent reports that share names and facts of one event but no passages. */
  SAME_EVENT,
  /** Nothing in common worth reporting. */
  UNRELATED;

  /** True for the relations that make two reports copies of one story (one source). */
  public boolean isCopy() {
    return this == VERBATIM || this == TRIMMED || this == PARAPHRASE;
  }

  /** The lower-case name used in JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
