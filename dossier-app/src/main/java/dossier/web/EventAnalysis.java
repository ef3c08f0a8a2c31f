package dossier.web;

import dossier.store.DossierStore;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An EventAnalysis is the one seam between the store and the analysis pipeline: told which stored
 * reports were just added or revised, it works out which events they touch and returns those events
 * anew (each with its record in the shape of {@code dossier.json} for that event, and its page) and
 * the ids of touched events that no longer exist. Events it does not touch stay as they are.
 * Implementations must be thread-safe.
 */
public interface EventAnalysis {

  /** Events to write (new or changed) and events to remove. */
  record Update(List<DossierStore.EventEntry> put, Set<String> remove) {
    public Update {
      put = List.copyOf(put);
      remove = Set.copyOf(Objects.requireNonNull(remove, "remove"));
    }

    public static Update nothing() {
      return new Update(List.of(), Set.of());
    }
  }

  /** How the events change now that {@code changedReports} (ids in {@code store}) changed. */
  Update update(List<String> changedReports, DossierStore store) throws IOException;

  /** An analysis that makes no events, for stores that hold reports only. */
  static EventAnalysis none() {
    return (changed, store) -> Update.nothing();
  }
}
