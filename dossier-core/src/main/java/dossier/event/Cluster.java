package dossier.event;

import dossier.model.Event;
import dossier.model.EventMembership;
import java.time.LocalDate;
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
      Weights tfidf,
      Weights entityVector,
      ReportEvidence evidence,
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
  final SparseSum lexical;
  final SparseSum named;
  final Map<String, Integer> entities = new HashMap<>();
  final float[] embedding;
  final List<Part> parts = new ArrayList<>();

  /** Place in the session's list of events, which decides ties. */
  final int rank;

  /** The number its postings go under, never given to another cluster of the session. */
  final int number;

  /** The last candidate search's bound on its score, and the cosine with the report's lead. */
  double bound;

  double semantic;

  int reports;
  LocalDate first;
  LocalDate last;

  /** {@code first} and {@code last} as epoch days, when known. */
  long firstDay;

  long lastDay;

  /**
   * An empty event posting its terms in {@code terms} and its entity keys in {@code entities} under
   * {@code number}.
   */
  Cluster(
      String id, int rank, int number, int dimensions, PostingIndex terms, PostingIndex entities) {
    this.id = id;
    this.rank = rank;
    this.number = number;
    this.embedding = new float[dimensions];
    this.lexical = new SparseSum(terms, number);
    this.named = new SparseSum(entities, number);
  }

  void absorb(Part part) {
    parts.add(part);
    lexical.add(part.tfidf(), 1);
    named.add(part.entityVector(), 1);
    ReportEvidence evidence = part.evidence();
    int copies = evidence.ids().size();
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
      firstDay = first.toEpochDay();
      lastDay = last.toEpochDay();
    }
  }

  /** Days from {@code date} to this event's date range, or {@code null} when either is unknown. */
  Integer gapDays(LocalDate date) {
    if (date == null || first == null) {
      return null;
    }
    return gapDays(date.toEpochDay());
  }

  /** Days from the epoch day {@code day} to this event's known date range. */
  int gapDays(long day) {
    return gapDays(day, firstDay, lastDay);
  }

  /** Days from the epoch day {@code day} to the range of epoch days {@code [first, last]}. */
  static int gapDays(long day, long first, long last) {
    return (int) (day < first ? first - day : day > last ? day - last : 0);
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
