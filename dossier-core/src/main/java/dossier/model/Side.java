package dossier.model;

/**
 * A Side is where a group of people stands in an event's dyad, as UCDP GED counts deaths: side A
 * (the state and the forces fighting with it), side B (the armed groups opposing it), civilians, or
 * unknown when the text does not say; {@code ALL} is every side together, for an event's totals.
 */
public enum Side {
  A,
  B,
  CIVILIANS,
  UNKNOWN,
  ALL;

  /** The lower-case name used in output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
