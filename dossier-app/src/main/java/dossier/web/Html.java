package dossier.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Html writes untrusted text into pages: every character that could open markup or leave an
 * attribute is escaped, so article text and metadata always show as text and never execute.
 */
final class Html {

  private Html() {}

  /** Text escaped for element content and quoted attribute values. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\u0000' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A path segment or query value, percent-encoded (then safe inside an attribute). */
  static String url(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /**
   * An external link only when it is http(s); anything else (javascript:, data:, ...) is shown as
   * text. External links never send a referrer and open no window handle back to this page.
   */
  static String externalLink(String href, String label) {
    if (href != null && href.matches("(?i)https?://[^\\s\"'<>]+")) {
      return "<a href=\""
          + esc(href)
          + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
          + esc(label)
          + "</a>";
    }
    return esc(label);
  }

  /** A highlighted range of a text: {@code [start, end)}, a CSS class and a tooltip. */
  record Mark(int start, int end, String css, String title) {}

  /**
   * The text escaped, as paragraphs (blank-line separated), with the marks wrapped in {@code
   * <mark>}. Marks that overlap an earlier one or fall outside the text are dropped.
   */
  static String paragraphs(String text, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    List<Mark> kept = new ArrayList<>();
    int last = 0;
    for (Mark m : sorted) {
      if (m.start() >= last && m.end() > m.start() && m.end() <= text.length()) {
        kept.add(m);
        last = m.end();
      }
    }
    StringBuilder out = new StringBuilder("<p>");
    int pos = 0;
    for (Mark m : kept) {
      out.append(plain(text.substring(pos, m.start())));
      out.append("<mark class=\"")
          .append(esc(m.css()))
          .append("\" title=\"")
          .append(esc(m.title()))
          .append("\">")
          .append(plain(text.substring(m.start(), m.end())))
          .append("</mark>");
      pos = m.end();
    }
    out.append(plain(text.substring(pos)));
    out.append("</p>");
    return out.toString();
  }

  /** Escaped text with blank lines as paragraph breaks and single newlines as line breaks. */
  private static String plain(String text) {
    return esc(text).replaceAll("\\n\\s*\\n", "</p><p>").replace("\n", "<br>");
  }
}
