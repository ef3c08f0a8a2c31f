package dossier.event;

import dossier.model.Article;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Evidence of one report (or one reuse family pooled) that event grouping compares: sublinear
 * term counts, entity keys, a unit sentence-embedding of its lead, and its publication date ({@code
 * null} when unknown).
 */
record Evidence(
    List<Article> articles,
    Map<String, Double> terms,
    Map<String, Double> entities,
    float[] embedding,
    LocalDate date) {

  /** The evidence of several copies taken as one: summed terms, all entities, mean embedding. */
  static Evidence pool(List<Evidence> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Article> articles = parts.stream().flatMap(p -> p.articles().stream()).toList();
    Map<String, Double> terms = new HashMap<>();
    Map<String, Double> entities = new LinkedHashMap<>();
    float[] embedding = new float[parts.get(0).embedding().length];
    LocalDate date = null;
    for (Evidence p : parts) {
      p.terms().forEach((t, w) -> terms.merge(t, w, Double::sum));
      p.entities().forEach((k, w) -> entities.merge(k, w, Double::sum));
      for (int i = 0; i < embedding.length; i++) {
        embedding[i] += p.embedding()[i];
      }
      if (p.date() != null && (date == null || p.date().isBefore(date))) {
        date = p.date();
      }
    }
    return new Evidence(articles, terms, entities, Vectors.unit(embedding), date);
  }
}
