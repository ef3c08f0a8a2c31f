package dossier.claim;

import dossier.model.ActorMention;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.PlaceMention;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ClaimExtractor reads what a report asserts: quotations and their speakers, casualty figures
 * with claimant, kind and victims, other quantities, dates resolved against the publication date,
 * geocoded places and actors, each pointing at its evidence span. Rule-based over OpenNLP
 * sentences, tokens, POS tags and lemmas, so every claim can be explained from its words.
 * Thread-safe: the models and gazetteer are shared and read-only, and each call keeps its own
 * state.
 */
public final class ClaimExtractor {

  /**
   * What to extract and how. {@code quantities}: keep figures that are not casualties; {@code
   * places}: geocode places (loads the gazetteer on first use); {@code statisticalLemmas}: use
   * OpenNLP's lemmatizer model instead of the rule lemmas of the words the rules read (same claims
   * on the seeds, about five times slower).
   */
  public record Config(boolean quantities, boolean places, boolean statisticalLemmas)
      implements Serializable {
    public static Config defaults() {
      return new Config(true, true, false);
    }

    /** These settings with OpenNLP's statistical lemmatizer. */
    public Config withStatisticalLemmas() {
      return new Config(quantities, places, true);
    }
  }

  private final Config config;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final CasualtyExtractor casualties = new CasualtyExtractor();
  private final QuantityExtractor quantityExtractor = new QuantityExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final ActorExtractor actors = new ActorExtractor();

  public ClaimExtractor(Config config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /** Every claim of one article, grouped by type, each group in text order. */
  public ClaimSet extract(Article article) {
    return extract(article, Set.of());
  }

  private ClaimSet extract(Article article, Set<String> batchNames) {
    if (article.text().isBlank()) {
      return ClaimSet.empty(article.id());
    }
    Discourse d = Discourse.of(article, config.statisticalLemmas(), batchNames);
    List<PlaceMention> places =
        config.places() ? new PlaceExtractor(Gazetteer.shared()).extract(d) : List.of();
    return new ClaimSet(
        article.id(),
        d.attributedQuotes(),
        casualties.extract(d),
        config.quantities() ? quantityExtractor.extract(d) : List.of(),
        dates.extract(d),
        places,
        actors.extract(d));
  }

  /**
   * The claims of several articles, by article id in input order. Places that one report could not
   * place beyond its country take the region another report states for the same place (spelling
   * variants merged by key).
   */
  public Map<String, ClaimSet> extractAll(List<Article> articles) {
    Map<String, ClaimSet> out = new LinkedHashMap<>();
    Set<String> names = names(articles);
    for (Article a : articles) {
      out.put(a.id(), extract(a, names));
    }
    Map<String, PlaceMention> regional = new TreeMap<>();
    for (ClaimSet set : out.values()) {
      for (PlaceMention p : set.places()) {
        if (p.geonameId() == null && p.precision() == 4) {
          regional.putIfAbsent(p.key(), p);
        }
      }
    }
    for (Map.Entry<String, ClaimSet> e : out.entrySet()) {
      ClaimSet set = e.getValue();
      List<PlaceMention> places = new ArrayList<>();
      boolean changed = false;
      for (PlaceMention p : set.places()) {
        PlaceMention other = regional.get(p.key());
        if (p.geonameId() == null && p.precision() > 4 && other != null) {
          places.add(
              new PlaceMention(
                  p.articleId(),
                  p.span(),
                  p.text(),
                  p.key(),
                  p.name(),
                  null,
                  other.country(),
                  other.region(),
                  other.latitude(),
                  other.longitude(),
                  4,
                  "not in gazetteer; placed at the region report "
                      + other.articleId()
                      + " states for "
                      + other.text(),
                  p.dateline()));
          changed = true;
        } else {
          places.add(p);
        }
      }
      if (changed) {
        e.setValue(
            new ClaimSet(
                set.articleId(),
                set.quotes(),
                set.casualties(),
                set.quantities(),
                set.dates(),
                places,
                set.actors()));
      }
    }
    return out;
  }

  private static final Pattern MID_SENTENCE_CAPITAL =
      Pattern.compile("(?<=[\\p{Ll},;] )\\p{Lu}[\\p{Ll}’'-]+");
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{Ll}’'-]*");

  /**
   * Words the mixed-case reports of a batch write with a capital in mid-sentence and never in lower
   * case ("Tinzaouaten"): names, for true-casing the reports of the batch in capitals.
   */
  static Set<String> names(List<Article> articles) {
    if (articles.stream().noneMatch(a -> Document.mostlyCapitals(a.text()))) {
      return Set.of();
    }
    Set<String> capitalised = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Article a : articles) {
      if (Document.mostlyCapitals(a.text())) {
        continue;
      }
      Matcher m = MID_SENTENCE_CAPITAL.matcher(a.text());
      while (m.find()) {
        capitalised.add(m.group().toLowerCase(Locale.ROOT));
      }
      m = LOWER_WORD.matcher(a.text());
      while (m.find()) {
        lower.add(m.group());
      }
    }
    capitalised.removeAll(lower);
    return Set.copyOf(capitalised);
  }

  /**
   * Acronym expansions across reports: acronym (canonical actor) → expansion → ids of the articles
   * that spell it so. More than one expansion for an acronym means reports disagree.
   */
  public static Map<String, Map<String, List<String>>> expansions(Iterable<ClaimSet> sets) {
    Map<String, Map<String, TreeSet<String>>> acc = new TreeMap<>();
    for (ClaimSet set : sets) {
      for (ActorMention a : set.actors()) {
        if (a.expansion() != null) {
          acc.computeIfAbsent(a.actor(), k -> new TreeMap<>())
              .computeIfAbsent(a.expansion(), k -> new TreeSet<>())
              .add(a.articleId());
        }
      }
    }
    Map<String, Map<String, List<String>>> out = new TreeMap<>();
    acc.forEach(
        (acr, m) -> {
          Map<String, List<String>> inner = new TreeMap<>();
          m.forEach((exp, ids) -> inner.put(exp, List.copyOf(ids)));
          out.put(acr, inner);
        });
    return out;
  }
}
