package dossier.ingest;

import dossier.model.Published;
import dossier.model.Removal;
import dossier.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * An HtmlPage is what {@link HtmlExtractor} reads from one HTML document: the main content as clean
 * text (paragraphs separated by blank lines), the sub-headings in it, every block taken out with
 * the reason, and the page's metadata.
 *
 * <p>Optional fields ({@code title}, {@code published}, {@code author}, {@code siteName}, {@code
 * canonicalUrl}, {@code language}) are {@code null} when the page does not give them.
 */
public record HtmlPage(
    String title,
    String text,
    List<Span> headings,
    List<Removal> removed,
    Published published,
    String author,
    String siteName,
    String canonicalUrl,
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
  }
}
