package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An Article is one cleaned news report: its stable id, where it was read from, the metadata
 * inferred for it, and its clean body text with paragraphs separated by blank lines.
 *
 * <p>Optional metadata ({@code outlet}, {@code url}, {@code published}, {@code dateline}, {@code
 * byline}, {@code title}, {@code language}) is {@code null} when unknown. {@code headings} are
 * spans of {@code text} that are sub-headings, not sentences of the story. {@code removed} lists
 * every line or block that cleaning took out of the body.
 */
public record Article(
    String id,
    String source,
    String outlet,
    String url,
    Published published,
    String dateline,
    String byline,
    List<String> credits,
    String title,
    String text,
    List<Span> headings,
    List<Removal> removed,
    String language)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
    credits = List.copyOf(credits);
    headings = List.copyOf(headings);
    removed = List.copyOf(removed);
    for (Span h : headings) {
      if (h.end() > text.length()) {
        throw new IllegalArgumentException("heading span " + h + " outside text of " + id);
      }
    }
  }

  /** A minimal article with only an id and a body, for tests and programmatic use. */
  public static Article of(String id, String text) {
    return new Article(
        id, id, null, null, null, null, null, List.of(), null, text, List.of(), List.of(), null);
  }

  /** This article under another id. */
  public Article withId(String newId) {
    return new Article(
        newId, source, outlet, url, published, dateline, byline, credits, title, text, headings,
        removed, language);
  }

  /** This article with another clean body: its text, heading spans and removed blocks. */
  public Article withBody(String newText, List<Span> newHeadings, List<Removal> newRemoved) {
    return new Article(
        id,
        source,
        outlet,
        url,
        published,
        dateline,
        byline,
        credits,
        title,
        newText,
        newHeadings,
        newRemoved,
        language);
  }

  /** This article with another publication date (a copy inherits its family's date). */
  public Article withPublished(Published newPublished) {
    return new Article(
        id,
        source,
        outlet,
        url,
        newPublished,
        dateline,
        byline,
        credits,
        title,
        text,
        headings,
        removed,
        language);
  }
}
