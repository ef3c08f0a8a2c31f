package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An HtmlExtractor takes the main text and metadata out of an HTML page. Thread-safe. */
public final class HtmlExtractor {

  /** Extraction settings. */
  public record Config() {
    public static Config defaults() {
      return new Config();
    }
  }

  public HtmlExtractor(Config config) {}

  /** The page's main content and metadata; {@code baseUrl} may be null. */
  public HtmlPage extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.body();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element p : root.select("p, h2, h3, li")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String title = meta(doc, "og:title");
    if (title == null && !doc.title().isBlank()) {
      title = doc.title().strip();
    }
    return new HtmlPage(
        title,
        String.join("\n\n", paragraphs),
        List.of(),
        List.of(),
        meta(doc, "article:published_time"),
        "meta",
        meta(doc, "author"),
        meta(doc, "og:site_name"),
        meta(doc, "og:url"),
        doc.selectFirst("html") == null ? null : blankToNull(doc.selectFirst("html").attr("lang")));
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
