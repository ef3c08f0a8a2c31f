package dossier.ingest;

import dossier.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * An HtmlCleaner takes site furniture out of a page before its main content is sought: elements
 * that never carry article text (scripts, media, form controls), hidden elements, page-level
 * furniture tags ({@code nav}, {@code aside}, {@code footer}, ...) and elements whose class or id
 * names boilerplate (sharing, related stories, comments, newsletters, ...), as trafilatura does.
 *
 * <p>An element holding most of the page's paragraph text is never removed, so that a wrapper with
 * an unlucky class name cannot take the article with it.
 */
final class HtmlCleaner {

  private static final Set<String> SILENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "map",
          "source",
          "track",
          "link",
          "meta",
          "input",
          "select",
          "textarea",
          "button",
          "option",
          "optgroup",
          "datalist",
          "progress",
          "output",
          "param",
          "picture",
          "img",
          "head",
          "frame",
          "frameset",
          "applet",
          "area",
          "marquee",
          "use",
          "rp",
          "rt",
          "math");

  private static final Map<String, String> FURNITURE =
      Map.ofEntries(
          Map.entry("nav", "navigation"),
          Map.entry("menu", "navigation"),
          Map.entry("aside", "aside"),
          Map.entry("footer", "footer"),
          Map.entry("figure", "caption"),
          Map.entry("figcaption", "caption"),
          Map.entry("form", "form"),
          Map.entry("fieldset", "form"),
          Map.entry("label", "form"),
          Map.entry("dialog", "dialog"));

  /** Class or id token substrings naming furniture, with the reason recorded. */
  private static final String[][] WORDS = {
    {"footer", "footer"},
    {"related", "related"},
    {"viral", "related"},
    {"social", "social"},
    {"sociable", "social"},
    {"syndication", "social"},
    {"share-", "social"},
    {"sharing", "social"},
    {"sharebar", "social"},
    {"newsletter", "newsletter"},
    {"subscribe", "newsletter"},
    {"signup", "newsletter"},
    {"sign-up", "newsletter"},
    {"subnav", "navigation"},
    {"cookie", "consent"},
    {"consent", "consent"},
    {"gdpr", "consent"},
    {"sidebar", "sidebar"},
    {"banner", "banner"},
    {"breadcrumb", "navigation"},
    {"bread-crumb", "navigation"},
    {"navbar", "navigation"},
    {"navbox", "navigation"},
    {"navigation", "navigation"},
    {"menu", "navigation"},
    {"pagination", "navigation"},
    {"pager", "navigation"},
    {"byline", "byline"},
    {"author", "byline"},
    {"rating", "rating"},
    {"attachment", "caption"},
    {"caption", "caption"},
    {"credit", "caption"},
    {"timestamp", "date"},
    {"dateline", "date"},
    {"user-info", "byline"},
    {"user-profile", "byline"},
    {"outbrain", "advert"},
    {"taboola", "advert"},
    {"criteo", "advert"},
    {"-ad-", "advert"},
    {"advert", "advert"},
    {"sponsor", "advert"},
    {"promo", "promo"},
    {"paywall", "paywall"},
    {"premium-", "paywall"},
    {"modal", "dialog"},
    {"popup", "dialog"},
    {"overlay", "dialog"},
    {"most-popular", "related"},
    {"mostpopular", "related"},
    {"trending", "related"},
    {"recommend", "related"},
    {"next-post", "related"},
    {"prev-post", "related"},
    {"side-stories", "related"},
    {"more-stories", "related"},
    {"read-more", "related"},
    {"readmore", "related"},
    {"comments", "comments"},
    {"disqus", "comments"},
    {"akismet", "comments"},
    {"tags", "tags"},
    {"tagcloud", "tags"},
    {"meta", "meta"},
    {"button", "button"},
    {"toolbar", "tools"},
    {"masthead", "header"},
    {"infoline", "meta"},
    {"article-infos", "meta"}
  };

  /** Class or id token prefixes naming furniture. */
  private static final String[][] PREFIXES = {
    {"widget", "widget"},
    {"nav", "navigation"},
    {"shar", "social"},
    {"ad-", "advert"},
    {"ads-", "advert"},
    {"skip", "navigation"},
    {"hide-", "hidden"},
    {"reply-", "comments"},
    {"respond", "comments"},
    {"embed", "embed"}
  };

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> HIDDEN_CLASSES =
      Set.of(
          "hidden",
          "hide",
          "sr-only",
          "visually-hidden",
          "screen-reader-text",
          "visuallyhidden",
          "offscreen",
          "noprint",
          "no-print");

  private HtmlCleaner() {}

  /** Removes the elements that never carry article text (scripts, media, form controls). */
  static void removeSilent(Element body) {
    List<Element> all = new ArrayList<>(body.getAllElements());
    int page = -1;
    for (Element e : all) {
      if (e.parent() == null || !SILENT.contains(e.normalName())) {
        continue;
      }
      if (e.normalName().equals("noscript") && page < 0) {
        page = HtmlStats.visibleLength(body.text());
      }
      if (e.normalName().equals("noscript") && HtmlStats.visibleLength(e.text()) > page / 2) {
        // An unclosed noscript swallows the page when parsed; keep what it holds.
        e.unwrap();
        continue;
      }
      if (e.normalName().equals("script") && e.attr("type").contains("template")) {
        // Blogger and others ship the post body as a client-side template.
        String markup = e.data();
        if (markup.contains("<p") || markup.contains("<br")) {
          e.after(markup);
        }
      }
      e.remove();
    }
  }

  /**
   * Removes furniture under {@code body} for the reasons {@code reasons} accepts, recording what
   * had text in {@code removed}; elements in {@code kept} (the likely containers and their
   * ancestors) stay.
   */
  static void removeFurniture(
      Element body,
      HtmlStats stats,
      Set<Element> kept,
      java.util.function.Predicate<String> reasons,
      Map<Element, String> cache,
      List<Removal> removed) {
    int pageText = stats.text(body);
    int pageParagraphs = stats.paragraphs(body);
    for (Element e : body.getAllElements()) {
      if (e == body || e.parent() == null || !attached(e, body)) {
        continue;
      }
      String reason = cache.computeIfAbsent(e, el -> Objects.toString(reason(el), ""));
      reason = reason.isEmpty() ? null : reason;
      if (reason == null
          || !reasons.test(reason)
          || kept.contains(e)
          || holdsMainText(e, stats, pageText, pageParagraphs)) {
        continue;
      }
      String text = e.text();
      if (!text.isBlank()) {
        removed.add(new Removal(text, reason));
      }
      e.remove();
    }
  }

  private static boolean attached(Element e, Element root) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsMainText(
      Element e, HtmlStats stats, int pageText, int pageParagraphs) {
    if (pageParagraphs >= 400) {
      return stats.paragraphs(e) > 0.5 * pageParagraphs;
    }
    return stats.text(e) > 0.5 * pageText && pageText > 0;
  }

  private static List<String> tokens(String names) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      boolean space = i == names.length() || Character.isWhitespace(names.charAt(i));
      if (space && start >= 0) {
        out.add(names.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** Why {@code e} is furniture, or null when it may hold content. */
  static String reason(Element e) {
    String tag = e.normalName();
    String furniture = FURNITURE.get(tag);
    if (furniture != null) {
      return furniture;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return "hidden";
    }
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return "hidden";
    }
    if (tag.equals("html")
        || tag.equals("body")
        || tag.equals("main")
        || tag.startsWith("h") && tag.length() == 2) {
      return null;
    }
    String cls = e.className().toLowerCase(Locale.ROOT);
    String id = e.id().toLowerCase(Locale.ROOT);
    if (cls.isEmpty() && id.isEmpty()) {
      return null;
    }
    for (String token : tokens(cls + " " + id)) {
      if (token.isEmpty()) {
        continue;
      }
      if (HIDDEN_CLASSES.contains(token)) {
        return "hidden";
      }
      if (token.equals("ad") || token.equals("ads") || token.equals("advertisement")) {
        return "advert";
      }
      if (token.startsWith("comment") && !token.startsWith("commentary")) {
        return "comments";
      }
      for (String[] prefix : PREFIXES) {
        if (token.startsWith(prefix[0])) {
          return prefix[1];
        }
      }
      if (token.equals("meta")
          || token.startsWith("meta-")
          || token.startsWith("meta_")
          || token.endsWith("-meta")
          || token.endsWith("_meta")
          || token.contains("-meta-")
          || token.contains("__meta")) {
        return "meta";
      }
      if (token.contains("share") && id.contains(token)) {
        return "social";
      }
      for (String[] word : WORDS) {
        if (token.contains(word[0])) {
          return word[1];
        }
      }
    }
    return null;
  }
}
