package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Claimant is who an assertion comes from (UCDP's {@code source_original}): the words naming it
 * as written ({@code name}), its description from an apposition ({@code role}, e.g. "a spokesman
 * for ..."), the organisation it speaks for ({@code affiliation}, a canonical actor name or the
 * words of the text), its {@code standing} towards the fighting, the outlet or channel it came
 * through ({@code via}, e.g. "AFP" from "told AFP"), and the span naming it. Optional fields are
 * {@code null} when the text does not say; {@code span} is {@code null} only for a claimant
 * resolved from an earlier sentence without words of its own.
 */
public record Claimant(
    String name, String role, String affiliation, Standing standing, String via, Span span)
    implements Serializable {

  /** Where a claimant stands towards the fighting. */
  public enum Standing {
    /** A side of the fighting or someone speaking for it. */
    PARTY,
    /** Not a side: officials of uninvolved bodies, residents, observers, politicians. */
    NEUTRAL,
    /** A news outlet or journalist reporting on its own account. */
    JOURNALIST,
    /** The text does not say. */
    UNKNOWN
  }

  public Claimant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(standing, "standing");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank claimant name");
    }
  }

  /** The same claimant heard through another outlet or channel. */
  public Claimant withVia(String newVia) {
    return new Claimant(name, role, affiliation, standing, newVia, span);
  }
}
