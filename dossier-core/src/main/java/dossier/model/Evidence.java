package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An Evidence is one place a fact was read: the report, the span of its clean text, the words of
 * that span, and the source family the report belongs to.
 */
public record Evidence(String articleId, Span span, String text, String family)
    implements Serializable {
  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(family, "family");
  }
}
