package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A QuoteFact is one quotation as an event's reports carry it: the speaker, the words as the
 * earliest report gives them ({@code text}), every other wording copies gave it ({@code variants}:
 * a changed quote is a fault to show), where it was read and the source families behind it.
 */
public record QuoteFact(
    String id,
    Claimant speaker,
    String text,
    List<String> variants,
    List<Evidence> evidence,
    List<String> families)
    implements Serializable {
  public QuoteFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    variants = List.copyOf(variants);
    evidence = List.copyOf(evidence);
    families = List.copyOf(families);
  }
}
