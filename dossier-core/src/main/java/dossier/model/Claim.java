package dossier.model;

/**
 * A Claim is one assertion a report makes, pointing at its evidence: the id of the article and the
 * span of its clean text that carries the assertion.
 */
public sealed interface Claim
    permits Quote, CasualtyClaim, Quantity, DateMention, PlaceMention, ActorMention {

  /** The id of the article the claim comes from. */
  String articleId();

  /** The evidence: a span of the article's clean text. */
  Span span();

  /** The covered evidence text of {@code text}, the article's clean text. */
  default String evidence(String text) {
    return span().of(text);
  }

  /** Checks the two fields every claim shares. */
  static void check(String articleId, Span span) {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("claim without article id");
    }
    if (span == null) {
      throw new IllegalArgumentException("claim without evidence span");
    }
  }
}
