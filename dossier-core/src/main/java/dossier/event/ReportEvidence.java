package dossier.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ReportEvidence of one report (or one reuse family pooled) that event grouping compares:
 * sublinear term counts, entity keys, a unit sentence-embedding of its lead, and its publication
 * date ({@code null} when unknown), with the ids of the reports it stands for. It depends on the
 * report alone, so it is made once per report ({@link EventClusterer#evidence}) however many times
 * the report is grouped. Evidence of one report is the {@link EventClusterer.Entry} of grouping.
 */
public record ReportEvidence(
    List<String> ids,
    Map<String, Double> terms,
    Map<String, Double> entities,
    float[] embedding,
    LocalDate date)
    implements EventClusterer.Entry, Serializable {

  public ReportEvidence {
    ids = List.copyOf(ids);
    // Sums over the terms run in their iteration order, which a HashMap does not keep through
    // serialization (it is rebuilt at another capacity). A linked copy keeps it, so evidence made
    // on one machine and grouped on another gives the same sums to the last bit.
    if (!(terms instanceof LinkedHashMap)) {
      terms = new LinkedHashMap<>(terms);
    }
    if (!(entities instanceof LinkedHashMap)) {
      entities = new LinkedHashMap<>(entities);
    }
  }

  /** The id of the (first) report this evidence stands for. */
  @Override
  public String id() {
    return ids.get(0);
  }

  /** This evidence, already made. */
  @Override
  public ReportEvidence evidence() {
    return this;
  }

  /**
   * This evidence without its term counts, for an event to keep once it has weighed them: in a
   * large window the events' parts are most of the memory, and their terms are not read again.
   */
  ReportEvidence withoutTerms() {
    return new ReportEvidence(ids, new LinkedHashMap<>(), entities, embedding, date);
  }

  /** The evidence of several copies taken as one: summed terms, all entities, mean embedding. */
  static ReportEvidence pool(List<ReportEvidence> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<String> ids = parts.stream().flatMap(p -> p.ids().stream()).toList();
    Map<String, Double> terms = new HashMap<>();
    Map<String, Double> entities = new LinkedHashMap<>();
    float[] embedding = new float[parts.get(0).embedding().length];
    LocalDate date = null;
    for (ReportEvidence p : parts) {
      p.terms().forEach((t, w) -> terms.merge(t, w, Double::sum));
      p.entities().forEach((k, w) -> entities.merge(k, w, Double::sum));
      for (int i = 0; i < embedding.length; i++) {
        embedding[i] += p.embedding()[i];
      }
      if (p.date() != null && (date == null || p.date().isBefore(date))) {
        date = p.date();
      }
    }
    return new ReportEvidence(ids, terms, entities, Vectors.unit(embedding), date);
  }
}
