package dossier.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * An HtmlContainers finds the elements likely to hold a page's main content in two independent
 * ways: by the class, id and tag names publishing systems give their article bodies (trafilatura's
 * ordered container rules), and by scoring paragraphs and crediting their ancestors (Arc90
 * readability), so that each can serve as the other's fallback.
 */
final class HtmlContainers {

  /** Container rules in order of trust, after trafilatura's body expressions. */
  private static final List<Predicate<Element>> RULES =
      List.of(
          e ->
              articleLike(e)
                  && (strongBody(cls(e))
                      || strongBody(id(e))
                      || "articlebody".equalsIgnoreCase(e.attr("itemprop"))),
          e -> e.normalName().equals("article"),
          e -> articleLike(e) && (storyBody(cls(e), id(e)) || "article".equals(e.attr("role"))),
          e -> articleLike(e) && mainContent(cls(e), id(e)),
          e ->
              (articleLike(e)
                      && !e.normalName().equals("main")
                      && (cls(e).startsWith("main")
                          || id(e).startsWith("main")
                          || e.attr("role").startsWith("main")))
                  || e.normalName().equals("main"));

  private static final String[] STRONG = {
    "post-text",
    "post_text",
    "post-body",
    "post-entry",
    "postentry",
    "post-content",
    "post_content",
    "postcontent",
    "post_inner_wrapper",
    "article-text",
    "articletext",
    "entry-content",
    "article-content",
    "article__content",
    "article-body",
    "article__body",
    "articlebody",
    "article_body",
    "page-content",
    "text-content",
    "body-text",
    "article__container",
    "art-content",
    "story-text",
    "storytext",
    "article-main",
    "c-entry-content",
    "rich-text"
  };

  private static final Pattern POSITIVE =
      Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|^hid|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo"
              + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
              + "|widget|teaser|nav|menu");

  private HtmlContainers() {}

  /**
   * For each container rule that matches, its first match; for the strongest rule joined by the
   * other matches of the same tag and class (article bodies split into chunks by ads).
   */
  static List<List<Element>> byRules(Element body) {
    List<Element> all = body.getAllElements();
    List<List<Element>> out = new ArrayList<>();
    for (Predicate<Element> rule : RULES) {
      Element first = null;
      for (Element e : all) {
        if (rule.test(e)) {
          first = e;
          break;
        }
      }
      if (first == null) {
        continue;
      }
      List<Element> group = new ArrayList<>();
      group.add(first);
      if (rule == RULES.get(0)) {
        for (Element e : all) {
          if (e != first
              && e.normalName().equals(first.normalName())
              && e.className().equals(first.className())
              && !nested(e, group)
              && rule.test(e)) {
            group.add(e);
          }
        }
      }
      out.add(group);
    }
    return out;
  }

  private static boolean nested(Element e, List<Element> group) {
    for (Element g : group) {
      if (e.parents().contains(g) || g.parents().contains(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean articleLike(Element e) {
    String tag = e.normalName();
    return tag.equals("div")
        || tag.equals("article")
        || tag.equals("section")
        || tag.equals("main");
  }

  private static String cls(Element e) {
    return e.className().toLowerCase(Locale.ROOT);
  }

  private static String id(Element e) {
    return e.id().toLowerCase(Locale.ROOT);
  }

  private static boolean strongBody(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String s : STRONG) {
      if (name.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean storyBody(String cls, String id) {
    return cls.contains("post-bodycopy")
        || cls.contains("storycontent")
        || cls.contains("story-content")
        || cls.equals("postarea")
        || cls.equals("art-postcontent")
        || cls.contains("theme-content")
        || cls.contains("blog-content")
        || cls.contains("section-content")
        || cls.contains("single-content")
        || cls.contains("single-post")
        || cls.contains("main-column")
        || cls.contains("wpb_text_column")
        || id.startsWith("primary")
        || cls.startsWith("article ")
        || cls.equals("text")
        || id.equals("article")
        || cls.equals("cell")
        || id.equals("story")
        || cls.equals("story")
        || cls.contains("story-body")
        || id.contains("story-body")
        || cls.contains("field-body")
        || cls.contains("fulltext");
  }

  private static boolean mainContent(String cls, String id) {
    return id.contains("content-main")
        || cls.contains("content-main")
        || cls.contains("content_main")
        || id.contains("content-body")
        || cls.contains("content-body")
        || id.contains("contentbody")
        || cls.contains("content__body")
        || id.contains("main-content")
        || cls.contains("main-content")
        || cls.contains("page-content")
        || id.equals("content")
        || cls.equals("content");
  }

  /**
   * The best-scored container and its siblings that look like parts of the same text, Arc90
   * readability style; empty when no paragraph scores.
   */
  static List<Element> byScore(Element body, HtmlStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean scorable =
          tag.equals("p")
              || tag.equals("pre")
              || tag.equals("td")
              || ((tag.equals("div") || tag.equals("section")) && !hasBlockChild(e));
      if (!scorable) {
        continue;
      }
      int length = stats.text(e);
      if (length < 25) {
        continue;
      }
      String text = e.text();
      double score = 1 + commas(text) + Math.min(length / 100.0, 3);
      Element ancestor = e.parent();
      for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
          order.add(ancestor);
        }
        double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        scores.merge(ancestor, share, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Element candidate : order) {
      double s = scores.get(candidate) * (1 - stats.linkDensity(candidate));
      scores.put(candidate, s);
      if (s > best) {
        best = s;
        top = candidate;
      }
    }
    if (top == null) {
      return List.of();
    }
    // A parent scoring close to the top candidate holds more of the same text.
    Element parent = top.parent();
    while (parent != null
        && parent != body
        && scores.containsKey(parent)
        && scores.get(parent) >= best * 0.9
        && stats.text(parent) < stats.text(top) * 1.6) {
      top = parent;
      best = Math.max(best, scores.get(parent));
      parent = top.parent();
    }
    if (top.parent() == null || top == body) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus = cls(sibling).equals(cls(top)) && !cls(top).isEmpty() ? best * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int length = stats.text(sibling);
        double density = stats.linkDensity(sibling);
        if (length > 80 && density < 0.25) {
          out.add(sibling);
        } else if (length > 0
            && length <= 80
            && density == 0
            && sibling.text().matches(".*\\.( .*)?$")) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (HtmlBlocks.BLOCK_TAGS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (!names.isBlank()) {
      if (NEGATIVE.matcher(names).find()) {
        score -= 25;
      }
      if (POSITIVE.matcher(names).find()) {
        score += 25;
      }
    }
    return score;
  }
}
