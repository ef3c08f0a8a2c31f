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
import java.util.function.Predicate;

/**
 * A RecurringLineRemover removes site furniture that no phrase list knows, by the evidence of a
 * batch: a short paragraph that recurs verbatim in several reports of one outlet (a slogan, a
 * donation plea, a standing disclaimer) belongs to the site, not to the stories. Wire copies
 * carried by several outlets are untouched: recurrence counts within one outlet only. Stateless and
 * thread-safe.
 */
public final class RecurringLineRemover implements Serializable {

  private static final long serialVersionUID = 1L;

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

  private final Config config;

  public RecurringLineRemover(Config config) {
    this.config = config;
  }

  /** The articles in the same order, each without the paragraphs its outlet repeats. */
  public List<Article> remove(List<Article> articles) {
    Tally tally = tally();
    articles.forEach(tally::add);
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(tally.strip(a));
    }
    return out;
  }

  /** An empty tally, to count articles one at a time and strip them once all are counted. */
  public Tally tally() {
    return new Tally();
  }

  /**
   * Which distinct reports give each {@link #candidates key}, counted one article at a time, so a
   * caller need not hold the articles to count them ({@link #remove} in one call). Adding is not
   * thread-safe; stripping after the last add is.
   */
  public final class Tally {
    private final Map<String, Set<String>> reports = new HashMap<>();

    private Tally() {}

    /** Counts {@code article}'s keys. */
    public void add(Article article) {
      for (String key : candidates(article)) {
        reports.computeIfAbsent(key, k -> new HashSet<>()).add(article.id());
      }
    }

    /** {@code article} without the paragraphs that recur among the articles counted. */
    public Article strip(Article article) {
      return RecurringLineRemover.this.strip(
          article, key -> reports.containsKey(key) && recurs(reports.get(key).size()));
    }
  }

  /**
   * The keys under which {@code article} counts towards its outlet's recurring paragraphs: one per
   * distinct short paragraph, scoped to the outlet; none without an outlet. A paragraph recurs when
   * at least {@code minReports} distinct reports give its key. With {@link #strip} this lets a
   * corpus too large for one machine count keys apart (as {@link #remove} does in memory).
   */
  public Set<String> candidates(Article article) {
    if (article.outlet() == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String p : paragraphs(article.text())) {
      if (Furniture.words(p) <= config.maxWords()) {
        out.add(article.outlet() + "\u0000" + key(p));
      }
    }
    return out;
  }

  /** Whether {@code reports} distinct reports giving a key make its paragraph recurring. */
  public boolean recurs(int reports) {
    return reports >= config.minReports();
  }

  /**
   * {@code article} without the paragraphs whose {@link #candidates key} {@code recurring} accepts;
   * the article itself when it has no outlet, nothing recurs, or nothing else would be left.
   */
  public Article strip(Article article, Predicate<String> recurring) {
    if (article.outlet() == null) {
      return article;
    }
    String scope = article.outlet() + "\u0000";
    List<String> kept = new ArrayList<>();
    List<Boolean> heading = new ArrayList<>();
    List<Removal> removed = new ArrayList<>(article.removed());
    int pos = 0;
    boolean changed = false;
    for (String p : paragraphs(article.text())) {
      int start = article.text().indexOf(p, pos);
      pos = start + p.length();
      if (Furniture.words(p) <= config.maxWords() && recurring.test(scope + key(p))) {
        removed.add(new Removal(p, "recurring"));
        changed = true;
        continue;
      }
      kept.add(p);
      heading.add(article.headings().contains(new Span(start, start + p.length())));
    }
    if (!changed || kept.isEmpty()) {
      return article;
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
    return article.withBody(text.toString(), headings, removed);
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

  /**
   * The paragraph lower-cased, with each run of characters outside {@code [A-Za-z0-9_]} (the
   * regular-expression {@code \\W}) made one space, and none at either end.
   */
  static String key(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
