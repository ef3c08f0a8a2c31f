package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An ActorMention is an organisation, armed group or person named in a report: the words of the
 * text, the canonical actor they refer to ({@code actor}, so that "Malian armed forces" and "junta
 * forces" meet), its {@code kind}, and the {@code expansion} of an acronym when this report spells
 * one out ("Coalition of the Sahel People – Democratic People's Alliance" for CSP-DPA), else {@code
 * null}.
 */
public record ActorMention(
    String articleId, Span span, String text, String actor, Kind kind, String expansion)
    implements Claim, Serializable {

  /** Actor kinds after ACLED's. */
  public enum Kind {
    STATE_FORCES,
    REBEL_GROUP,
    MILITANT_GROUP,
    EXTERNAL_FORCES,
    CIVILIANS,
    ORGANISATION,
    PERSON
  }

  public ActorMention {
    Claim.check(articleId, span);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
  }
}
