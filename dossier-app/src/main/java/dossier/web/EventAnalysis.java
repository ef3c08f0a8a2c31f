package dossier.web;

import dossier.model.Article;
import dossier.store.DossierStore;
import java.util.List;

/**
 * An EventAnalysis is the one seam between the store and the analysis pipeline: given the current
 * revision of every stored report, it returns one entry per event with the event's record in the
 * shape of an event of {@code dossier.json} (families, pairs with drift, claims, estimates). The
 * store keeps only the entries whose record changed. Implementations must be thread-safe.
 */
public interface EventAnalysis {

  /** The events of these reports. */
  List<DossierStore.EventEntry> analyze(List<Article> reports);

  /** An analysis that finds no events, for stores that hold reports only. */
  static EventAnalysis none() {
    return reports -> List.of();
  }
}
