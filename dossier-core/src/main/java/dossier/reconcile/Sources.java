package dossier.reconcile;

import dossier.model.Article;
import dossier.model.EventRecord;
import dossier.model.Evidence;
import dossier.model.SourceFamily;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources assigns each report of an event to its independent source: the wire family it is a copy
 * of or reuses passages from, or the report itself.
 */
final class Sources {

  private final Map<String, String> familyOf = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();
  private final Map<String, List<String>> reports = new LinkedHashMap<>();
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, Article> articles;

  Sources(List<String> ids, Map<String, Article> articles, ReuseIndex reuse) {
    this.articles = articles;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      order.put(id, i);
      SourceFamily family = reuse.familyOf(id).orElse(null);
      if (family == null) {
        family =
            reuse.partialIn(id).stream()
                .filter(f -> f.articles().stream().anyMatch(ids::contains))
                .findFirst()
                .orElse(null);
      }
      String key = family == null ? id : family.id();
      familyOf.put(id, key);
      origins.putIfAbsent(key, family == null ? id : family.origin());
      reports.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
  }

  /** The independent source a report belongs to. */
  String family(String articleId) {
    return familyOf.getOrDefault(articleId, articleId);
  }

  /** The report's position in the event (arrival order). */
  int order(String articleId) {
    return order.getOrDefault(articleId, Integer.MAX_VALUE);
  }

  /** A name for a source: the agency its origin credits, else its outlet, else its id. */
  String label(String family) {
    Article origin = articles.get(origins.getOrDefault(family, family));
    if (origin == null) {
      return family;
    }
    if (reports.getOrDefault(family, List.of()).size() > 1 && !origin.credits().isEmpty()) {
      return origin.credits().get(0);
    }
    if (origin.outlet() != null) {
      return origin.outlet();
    }
    return origin.source().replaceAll(".*[/\\\\]", "");
  }

  Evidence evidence(String articleId, Span span) {
    Article a = articles.get(articleId);
    String text = a == null ? "" : span.of(a.text());
    return new Evidence(articleId, span, text, family(articleId));
  }

  List<EventRecord.Source> list() {
    List<EventRecord.Source> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : reports.entrySet()) {
      out.add(
          new EventRecord.Source(
              e.getKey(), label(e.getKey()), origins.get(e.getKey()), e.getValue()));
    }
    return out;
  }
}
