package dossier.event;

import dossier.model.Event;
import dossier.model.EventMembership;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cluster is an event under construction inside one clustering session: the sum of its members'
 * TF-IDF vectors, entity counts, embedding sum and date range. Not thread-safe; owned by a session.
 */
final class Cluster {

  final String id;
  final SparseSum lexical = new SparseSum();
  final SparseSum named = new SparseSum();
  final Map<String, Integer> entities = new HashMap<>();
  final float[] embedding;
  final List<EventMembership> members = new ArrayList<>();
  int reports;
  LocalDate first;
  LocalDate last;

  Cluster(String id, int dimensions) {
    this.id = id;
    this.embedding = new float[dimensions];
  }

  void absorb(Map<String, Double> tfidf, Map<String, Double> entityVector, Evidence evidence) {
    lexical.add(tfidf, 1);
    named.add(entityVector, 1);
    int copies = evidence.articles().size();
    reports += copies;
    for (String e : evidence.entities().keySet()) {
      entities.merge(e, copies, Integer::sum);
    }
    Vectors.addTo(embedding, evidence.embedding());
  }

  void addDate(LocalDate d) {
    if (d != null) {
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
  }

  /** Days from {@code date} to this event's date range, or {@code null} when either is unknown. */
  Integer gapDays(LocalDate date) {
    if (date == null || first == null) {
      return null;
    }
    if (date.isBefore(first)) {
      return (int) ChronoUnit.DAYS.between(date, first);
    }
    if (date.isAfter(last)) {
      return (int) ChronoUnit.DAYS.between(last, date);
    }
    return 0;
  }

  Event toEvent(int maxEntities) {
    int quorum = Math.max(2, (reports + 1) / 2);
    List<String> shared =
        entities.entrySet().stream()
            .filter(e -> e.getValue() >= quorum)
            .sorted(
                Comparator.comparing(Map.Entry<String, Integer>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(maxEntities)
            .map(Map.Entry::getKey)
            .toList();
    return new Event(id, members, first, last, shared);
  }
}
