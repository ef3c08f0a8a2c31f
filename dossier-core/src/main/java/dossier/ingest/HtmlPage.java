package dossier.ingest;

import dossier.model.Removal;
import dossier.model.Span;
import java.util.List;

/**
 * An HtmlPage is what {@link HtmlExtractor} takes out of an HTML document: the main text with
 * paragraphs separated by blank lines, its heading spans, the blocks it removed, and the page's
 * metadata (each {@code null} when absent).
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
    headings = List.copyOf(headings);
    removed = List.copyOf(removed);
  }
}
