package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HtmlBlocks turns subtrees into the text blocks a reader sees: one block per paragraph,
 * heading, list item, table cell, quote or preformatted run, with whitespace collapsed and the
 * number of characters that sit inside links.
 *
 * <p>Used for one extraction only (it accumulates state); the extractor makes a new one per call.
 */
final class HtmlBlocks {

  /** The kind of a block, from the nearest block-level element around its text. */
  enum Kind {
    PARAGRAPH,
    HEADING,
    ITEM,
    CELL,
    QUOTE,
    CODE,
    /** Marks where a skipped element stood; its text is empty. */
    SKIPPED
  }

  /** One block of visible text. */
  record Block(String text, Kind kind, int linkChars, Element element) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "legend",
          "menu",
          "noscript",
          "html");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<Element> owners = new ArrayList<>();
  private final SkipRule skip;
  private int linkChars;
  private int linkDepth;
  private int preDepth;

  /** Decides which elements are left out, recording why. */
  @FunctionalInterface
  interface SkipRule {
    boolean skip(Element e);
  }

  HtmlBlocks(SkipRule skip) {
    this.skip = skip;
  }

  /** Collects the blocks under each of {@code roots}, in order. */
  List<Block> collect(List<Element> roots) {
    for (Element root : roots) {
      owners.add(root);
      visit(root);
      flush();
      owners.remove(owners.size() - 1);
    }
    return blocks;
  }

  private void visit(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            flush();
          } else {
            trimTrailingSpace();
            text.append('\n');
          }
          continue;
        }
        if (skip.skip(e)) {
          flush();
          blocks.add(new Block("", Kind.SKIPPED, 0, e));
          continue;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) {
          flush();
          owners.add(e);
        }
        boolean link = tag.equals("a");
        boolean pre = tag.equals("pre");
        linkDepth += link ? 1 : 0;
        preDepth += pre ? 1 : 0;
        visit(e);
        linkDepth -= link ? 1 : 0;
        preDepth -= pre ? 1 : 0;
        if (block) {
          flush();
          owners.remove(owners.size() - 1);
        }
      }
    }
  }

  private void append(String s) {
    int before = text.length();
    if (preDepth > 0) {
      text.append(s);
    } else {
      boolean space = text.length() == 0 || isSpace(text.charAt(text.length() - 1));
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isSpace(c)) {
          if (!space) {
            text.append(' ');
            space = true;
          }
        } else {
          text.append(c);
          space = false;
        }
      }
    }
    if (linkDepth > 0) {
      linkChars += text.length() - before;
    }
  }

  private void trimTrailingSpace() {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
  }

  private void flush() {
    String s = text.toString().strip();
    if (!s.isEmpty()) {
      Element owner = owners.get(owners.size() - 1);
      blocks.add(new Block(s, kind(owner), Math.min(linkChars, s.length()), owner));
    }
    text.setLength(0);
    linkChars = 0;
  }

  private static Kind kind(Element owner) {
    return switch (owner.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
      case "li", "dd", "dt" -> Kind.ITEM;
      case "td", "th" -> Kind.CELL;
      case "blockquote" -> Kind.QUOTE;
      case "pre" -> Kind.CODE;
      default -> Kind.PARAGRAPH;
    };
  }
}
