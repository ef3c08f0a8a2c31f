package dossier.ingest;

import dossier.model.Article;
import dossier.model.Removal;
import dossier.model.Span;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A RecurringLineRemover removes site furniture that no phrase list knows, by the evidence of a
 * batch: a short paragraph that recurs verbatim in several reports of one outlet (a slogan, a
 * donation plea, a standing disclaimer) belongs to the site, not to the stories. Wire copies
 * carried by several outlets are untouched: recurrence counts within one outlet only. Stateless and
 * thread-safe.
 */
public final class RecurringLineRemover {

  /**
   * @param minReports in how many distinct reports of one outlet a paragraph must recur
   * @param maxWords longer paragraphs are story, however often they recur
   */
  public record Config(int minReports, int maxWords) implements Serializable {
    public Config {
      if (minReports < 2 || maxWords < 1) {
        throw new IllegalArgumentException("minReports must be >= 2 and maxWords >= 1");
      }
    }

    public static Config defaults() {
      return new Config(3, 40);
    }
  }

  private static final Pattern NON_WORD = Pattern.compile("\\W+");

  private final Config config;

  public RecurringLineRemover(Config config) {
    this.config = config;
  }

  /** The articles in the same order, each without the paragraphs its outlet repeats. */
  public List<Article> remove(List<Article> articles) {
    Map<String, Map<String, Set<String>>> byOutlet = new HashMap<>();
    for (Article a : articles) {
      if (a.outlet() == null) {
        continue;
      }
      Map<String, Set<String>> lines = byOutlet.computeIfAbsent(a.outlet(), k -> new HashMap<>());
      for (String p : paragraphs(a.text())) {
        if (Furniture.words(p) <= config.maxWords()) {
          lines.computeIfAbsent(key(p), k -> new HashSet<>()).add(a.id());
        }
      }
    }
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Map<String, Set<String>> lines = a.outlet() == null ? null : byOutlet.get(a.outlet());
      out.add(lines == null ? a : strip(a, lines));
    }
    return out;
  }

  private Article strip(Article a, Map<String, Set<String>> lines) {
    List<String> kept = new ArrayList<>();
    List<Boolean> heading = new ArrayList<>();
    List<Removal> removed = new ArrayList<>(a.removed());
    int pos = 0;
    boolean changed = false;
    for (String p : paragraphs(a.text())) {
      int start = a.text().indexOf(p, pos);
      pos = start + p.length();
      Set<String> ids = lines.get(key(p));
      if (ids != null && ids.size() >= config.minReports()) {
        removed.add(new Removal(p, "recurring"));
        changed = true;
        continue;
      }
      kept.add(p);
      heading.add(a.headings().contains(new Span(start, start + p.length())));
    }
    if (!changed || kept.isEmpty()) {
      return a;
    }
    StringBuilder text = new StringBuilder();
    List<Span> headings = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (i > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(kept.get(i));
      if (heading.get(i)) {
        headings.add(new Span(start, text.length()));
      }
    }
    return a.withBody(text.toString(), headings, removed);
  }

  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\n")) {
      if (!p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String key(String paragraph) {
    return NON_WORD.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
