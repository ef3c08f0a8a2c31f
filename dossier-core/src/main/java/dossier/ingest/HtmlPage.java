package dossier.ingest;

import dossier.model.Removal;
import dossier.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * An HtmlPage is what {@link HtmlExtractor} takes out of an HTML document: the main text with
 * paragraphs separated by blank lines, its heading spans, the blocks it removed (each with the
 * reason), and the page's metadata.
 *
 * <p>{@code published} is an ISO-8601 date or date-time and {@code publishedFrom} says where it was
 * found ("json-ld", "meta", "time", "url"); {@code url} is the canonical address. Metadata fields
 * are {@code null} when the page does not give them.
 */
public record HtmlPage(
    String title,
    String text,
    List<Span> headings,
    List<Removal> removed,
    String published,
    String publishedFrom,
    String author,
    String siteName,
    String url,
    String language) {
  public HtmlPage {
    Objects.requireNonNull(text, "text");
    headings = List.copyOf(headings);
    removed = List.copyOf(removed);
    for (Span h : headings) {
      if (h.end() > text.length()) {
        throw new IllegalArgumentException("heading span " + h + " outside text");
      }
    }
    if ((published == null) != (publishedFrom == null)) {
      throw new IllegalArgumentException("published and publishedFrom go together");
    }
  }
}
