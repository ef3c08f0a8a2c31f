package dossier.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HtmlStats holds, for every element of one tree, how many visible characters it contains, how
 * many of them sit inside links, and how many inside paragraphs; computed in one pass.
 */
final class HtmlStats {
  private static final int[] NONE = new int[3];

  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  private HtmlStats() {}

  static HtmlStats of(Element root) {
    HtmlStats stats = new HtmlStats();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              stats.counts.put(e, new int[3]);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              int n = visibleLength(t.getWholeText());
              if (n > 0) {
                boolean link = false;
                boolean para = false;
                for (Element p = t.parent(); p != null; p = p.parent()) {
                  String tag = p.normalName();
                  link |= tag.equals("a");
                  para |= tag.equals("p") || tag.equals("pre");
                  if (p == root) {
                    break;
                  }
                }
                int[] c = stats.counts.get(t.parent());
                if (c != null) {
                  c[0] += n;
                  c[1] += link ? n : 0;
                  c[2] += para ? n : 0;
                }
              }
            } else if (node instanceof Element e && e != root) {
              int[] own = stats.counts.get(e);
              int[] parent = stats.counts.get(e.parent());
              if (own != null && parent != null) {
                parent[0] += own[0];
                parent[1] += own[1];
                parent[2] += own[2];
              }
            }
          }
        },
        root);
    return stats;
  }

  int text(Element e) {
    return counts.getOrDefault(e, NONE)[0];
  }

  int links(Element e) {
    return counts.getOrDefault(e, NONE)[1];
  }

  int paragraphs(Element e) {
    return counts.getOrDefault(e, NONE)[2];
  }

  double linkDensity(Element e) {
    int t = text(e);
    return t == 0 ? 0 : (double) links(e) / t;
  }

  /** Characters of {@code s} once runs of whitespace count as one. */
  static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }
}
