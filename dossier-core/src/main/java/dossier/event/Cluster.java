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
 * A Cluster is an event under construction inside one clustering session: its parts (each report,
 * or reuse family entered at once, with its weighted vectors), the sum of their TF-IDF and entity
 * vectors, entity counts, embedding sum and date range. Not thread-safe; owned by a session.
 */
final class Cluster {

  /**
   * One entry of an event: the memberships of a report or of a reuse family entered together, its
   * unit TF-IDF and entity vectors as weighed on arrival, its pooled evidence and the known
   * publication dates of its reports.
   */
  record Part(
      List<EventMembership> members,
      Map<String, Double> tfidf,
      Map<String, Double> entityVector,
      Evidence evidence,
      List<LocalDate> dates) {
    Part {
      members = List.copyOf(members);
      dates = List.copyOf(dates);
    }

    Part withMembers(List<EventMembership> replaced) {
      return new Part(replaced, tfidf, entityVector, evidence, dates);
    }
  }

  final String id;
  final SparseSum lexical = new SparseSum();
  final SparseSum named = new SparseSum();
  final Map<String, Integer> entities = new HashMap<>();
  final float[] embedding;
  final List<Part> parts = new ArrayList<>();

  /** Place in the session's list of events, which decides ties. */
  final int rank;

  /** Replaced by the two halves of a split; no longer an event. */
  boolean retired;

  /** The last candidate search that found this event (see EventClusterer's session). */
  int seenBy;

  /** That search's dot products with the report's heavier terms and entity keys, and bound. */
  double sharedTerms;

  double sharedEntities;
  double bound;
  double semantic;

  int reports;
  LocalDate first;
  LocalDate last;

  Cluster(String id, int rank, int dimensions) {
    this.id = id;
    this.rank = rank;
    this.embedding = new float[dimensions];
  }

  void absorb(Part part) {
    parts.add(part);
    lexical.add(part.tfidf(), 1);
    named.add(part.entityVector(), 1);
    Evidence evidence = part.evidence();
    int copies = evidence.articles().size();
    reports += copies;
    for (String e : evidence.entities().keySet()) {
      entities.merge(e, copies, Integer::sum);
    }
    Vectors.addTo(embedding, evidence.embedding());
    part.dates().forEach(this::addDate);
  }

  private void addDate(LocalDate d) {
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

  List<EventMembership> members() {
    return parts.stream().flatMap(p -> p.members().stream()).toList();
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
    return new Event(id, members(), first, last, shared);
  }
}
