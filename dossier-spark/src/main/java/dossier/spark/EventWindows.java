package dossier.spark;

import dossier.event.EventClusterer;
import dossier.event.ReportEvidence;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.EventRecord;
import dossier.model.ReuseGraph;
import dossier.model.SourceFamily;
import dossier.pipeline.Pipeline;
import dossier.reconcile.ClaimReconciler;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * EventWindows groups reports into events a time window at a time on the executors, merges the
 * events that meet across window edges, and reconciles each merged event on the executors.
 *
 * <p>A report's place in time is its wire family's earliest date (a family enters the clusterer
 * together, as in the local pipeline), or its own date outside a family. Window {@code k} holds the
 * reports of days {@code [k*days, (k+1)*days)} and, as a margin, those of the first {@code overlap}
 * days of window {@code k+1} (the clusterer's {@code maxGapDays}: an event cannot reach further).
 * Each window runs the core events stage ({@link Pipeline#events}). A report in a margin is then in
 * two events, one per window; events that share a report are merged (transitively), and each report
 * keeps the membership its own window gave it. Undated reports are grouped among themselves in a
 * window of their own. The driver holds only events (ids and scores), never texts.
 *
 * <p>With one window spanning the corpus this gives the local pipeline's events. With shorter
 * windows it differs where an event would take in reports beyond a margin (a story running longer
 * than {@code days + overlap}), and where the merge joins two events that one window kept apart.
 */
final class EventWindows {

  /** Reports whose evidence is made together on an executor. */
  private static final int EVIDENCE_BATCH = 1000;

  /** The key of the window of undated reports. */
  static final long UNDATED = Long.MAX_VALUE;

  /** A report with its claims ({@code null} when not extracted) and its position in the corpus. */
  record Placed(int index, Article article, ClaimSet claims) implements Serializable {}

  /** A report's id and date (inherited from its family when it had none), all windows need. */
  record Dated(String id, LocalDate date) implements Serializable {}

  /**
   * A report's evidence for event grouping as bytes ({@link ReportEvidence#toBytes}), with its
   * position in the corpus and the id and date grouping orders it by. Grouping holds it as bytes:
   * Spark sizes what it groups by walking every object, again and again as a group grows, and an
   * evidence's term maps are thousands of objects; an array is one. The window reads the evidence
   * only when the report enters an event, so it never holds every report's term maps at once.
   */
  record Entered(int index, String id, LocalDate date, byte[] serialized)
      implements EventClusterer.Entry, Serializable {

    static Entered of(int index, ReportEvidence evidence) {
      return new Entered(index, evidence.id(), evidence.date(), evidence.toBytes());
    }

    @Override
    public ReportEvidence evidence() {
      return ReportEvidence.fromBytes(serialized);
    }
  }

  /**
   * Each window in a partition of its own, so that a task gathers one window's entries: grouping by
   * key builds every group of a partition before handing out the first, and with a few partitions
   * for dozens of windows a task held hundreds of thousands of reports' evidence at once (at 10^6
   * reports, 11 GB of it). Windows go to partitions in order of time.
   */
  static final class ByWindow extends Partitioner {

    private final long[] windows;

    ByWindow(Collection<long[]> windowsOfReports) {
      TreeSet<Long> all = new TreeSet<>();
      for (long[] ws : windowsOfReports) {
        for (long w : ws) {
          all.add(w);
        }
      }
      this.windows = all.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public int numPartitions() {
      return Math.max(1, windows.length);
    }

    @Override
    public int getPartition(Object key) {
      int at = Arrays.binarySearch(windows, (Long) key);
      if (at < 0) {
        throw new IllegalArgumentException("not a window of these reports: " + key);
      }
      return at;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByWindow other && Arrays.equals(windows, other.windows);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(windows);
    }
  }

  /** The events one window found. */
  record WindowEvents(long window, List<Event> events) implements Serializable {}

  private EventWindows() {}

  /**
   * The windows each report goes to, first its own: by report id, from the reports' dates and their
   * wire families.
   */
  static Map<String, long[]> windows(
      List<Dated> articles, List<SourceFamily> families, int days, int overlap) {
    Map<String, String> familyOf = new HashMap<>();
    for (SourceFamily f : families) {
      for (String id : f.articles()) {
        familyOf.put(id, f.id()); // the last family wins, as the clusterer's grouping does
      }
    }
    Map<String, LocalDate> earliest = new HashMap<>();
    for (Dated a : articles) {
      String unit = familyOf.getOrDefault(a.id(), "\u0000" + a.id());
      LocalDate d = a.date();
      if (d != null) {
        earliest.merge(unit, d, (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    Map<String, long[]> out = new HashMap<>();
    for (Dated a : articles) {
      LocalDate d = earliest.get(familyOf.getOrDefault(a.id(), "\u0000" + a.id()));
      if (d == null) {
        out.put(a.id(), new long[] {UNDATED});
        continue;
      }
      long day = d.toEpochDay();
      long own = Math.floorDiv(day, days);
      boolean margin = day - own * days < overlap;
      out.put(a.id(), margin ? new long[] {own, own - 1} : new long[] {own});
    }
    return out;
  }

  /**
   * The events of {@code placed}, grouped per window on the executors and merged, in event order. A
   * report's claims (when not {@code null}) add their places and actors to its shared names.
   */
  static List<Event> events(
      JavaSparkContext jsc,
      JavaPairRDD<Integer, Placed> placed,
      List<Dated> dated,
      List<SourceFamily> families,
      EventClusterer.Config events,
      int days) {
    Map<String, long[]> windows = windows(dated, families, days, events.maxGapDays());
    Broadcast<Map<String, long[]>> windowsB = jsc.broadcast(windows);
    // Grouping reads only the families of the reuse graph.
    Broadcast<ReuseGraph> reuseB = jsc.broadcast(new ReuseGraph(List.of(), families));

    // Each report's evidence is made once, where the report is, and only the evidence goes to the
    // (usually two) windows that group it.
    List<WindowEvents> found =
        placed
            .values()
            .mapPartitionsToPair(
                (Iterator<Placed> it) -> {
                  List<Tuple2<Long, Entered>> out = new ArrayList<>();
                  // A thousand reports at a time: the texts and their evidence are held only
                  // until their bytes are made.
                  List<Placed> here = new ArrayList<>(EVIDENCE_BATCH);
                  while (it.hasNext()) {
                    here.add(it.next());
                    if (here.size() == EVIDENCE_BATCH || !it.hasNext()) {
                      Map<String, ClaimSet> claims = new HashMap<>();
                      here.forEach(p -> claims.put(p.article().id(), p.claims()));
                      List<ReportEvidence> evidence =
                          Pipeline.eventClusterer(events, claims)
                              .evidence(here.stream().map(Placed::article).toList());
                      for (int i = 0; i < here.size(); i++) {
                        Entered e = Entered.of(here.get(i).index(), evidence.get(i));
                        for (long w : windowsB.value().get(here.get(i).article().id())) {
                          out.add(new Tuple2<>(w, e));
                        }
                      }
                      here.clear();
                    }
                  }
                  return out.iterator();
                })
            .groupByKey(new ByWindow(windows.values()))
            .map(
                window -> {
                  List<Entered> members = new ArrayList<>();
                  window._2().forEach(members::add);
                  members.sort(Comparator.comparingInt(Entered::index));
                  // Grouping empties the list, reading each evidence as its report enters.
                  return new WindowEvents(
                      window._1(), Pipeline.events(events, members, reuseB.value()));
                })
            .collect();
    return merge(found, windowsB.value());
  }

  /** The record of each of the {@code merged} events, reconciled on the executors, in order. */
  static List<EventRecord> records(
      JavaSparkContext jsc,
      JavaPairRDD<Integer, Placed> placed,
      List<Event> merged,
      ReuseGraph reuse,
      ClaimReconciler.Config reconcile,
      int partitions) {
    Broadcast<ReuseGraph> reuseB = jsc.broadcast(reuse);

    // Each report goes to its event's group, and a family's origin also to the events of the
    // family's other reports, so that each event finds the origin its source is named after.
    Map<String, Integer> eventOf = new HashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      for (EventMembership m : merged.get(i).members()) {
        eventOf.put(m.articleId(), i);
      }
    }
    Map<String, Set<Integer>> alsoTo = new HashMap<>();
    for (SourceFamily f : reuse.families()) {
      Set<Integer> targets = new HashSet<>();
      f.articles().forEach(id -> targets.add(eventOf.get(id)));
      f.partial().forEach(m -> targets.add(eventOf.get(m.article())));
      targets.remove(null);
      targets.remove(eventOf.get(f.origin()));
      if (!targets.isEmpty()) {
        alsoTo.computeIfAbsent(f.origin(), k -> new HashSet<>()).addAll(targets);
      }
    }
    Broadcast<Map<String, Integer>> eventOfB = jsc.broadcast(eventOf);
    Broadcast<Map<String, Set<Integer>>> alsoToB = jsc.broadcast(alsoTo);
    Broadcast<List<Event>> mergedB = jsc.broadcast(merged);
    List<Tuple2<Integer, EventRecord>> records =
        placed
            .values()
            .flatMapToPair(
                p -> {
                  List<Tuple2<Integer, Placed>> out = new ArrayList<>();
                  Integer own = eventOfB.value().get(p.article().id());
                  if (own != null) {
                    out.add(new Tuple2<>(own, p));
                  }
                  for (int e : alsoToB.value().getOrDefault(p.article().id(), Set.of())) {
                    out.add(new Tuple2<>(e, p));
                  }
                  return out.iterator();
                })
            .groupByKey(partitions)
            .mapPartitions(
                (Iterator<Tuple2<Integer, Iterable<Placed>>> it) -> {
                  List<Integer> keys = new ArrayList<>();
                  Map<String, Article> byId = new LinkedHashMap<>();
                  Map<String, ClaimSet> claims = new HashMap<>();
                  while (it.hasNext()) {
                    Tuple2<Integer, Iterable<Placed>> g = it.next();
                    keys.add(g._1());
                    for (Placed p : g._2()) {
                      byId.put(p.article().id(), p.article());
                      claims.put(p.article().id(), p.claims());
                    }
                  }
                  List<Event> mine = keys.stream().map(k -> mergedB.value().get(k)).toList();
                  List<EventRecord> done =
                      new ClaimReconciler(reconcile).reconcile(mine, byId, claims, reuseB.value());
                  List<Tuple2<Integer, EventRecord>> out = new ArrayList<>();
                  for (int i = 0; i < keys.size(); i++) {
                    out.add(new Tuple2<>(keys.get(i), done.get(i)));
                  }
                  return out.iterator();
                })
            .collect();
    EventRecord[] ordered = new EventRecord[merged.size()];
    records.forEach(t -> ordered[t._1()] = t._2());
    return List.of(ordered);
  }

  /**
   * The events of all windows with those that share a report merged, each report keeping its own
   * window's membership; ordered by first date (undated last), then window and place in it.
   */
  static List<Event> merge(List<WindowEvents> windows, Map<String, long[]> windowsOf) {
    List<WindowEvents> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingLong(WindowEvents::window));
    List<Event> all = new ArrayList<>();
    List<Long> windowOf = new ArrayList<>();
    for (WindowEvents w : sorted) {
      for (Event e : w.events()) {
        all.add(e);
        windowOf.add(w.window());
      }
    }
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (EventMembership m : all.get(i).members()) {
        Integer other = firstSeen.putIfAbsent(m.articleId(), i);
        if (other != null) {
          int a = root(parent, other);
          int b = root(parent, i);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    record Part(
        List<EventMembership> kept, LocalDate first, LocalDate last, List<String> entities) {}
    List<Part> parts = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      List<EventMembership> kept = new ArrayList<>();
      LocalDate first = null;
      LocalDate last = null;
      Set<String> entities = new LinkedHashSet<>();
      int shown = 0;
      for (int i : group) {
        Event e = all.get(i);
        for (EventMembership m : e.members()) {
          if (windowsOf.get(m.articleId())[0] == windowOf.get(i)) {
            kept.add(m);
          }
        }
        first = min(first, e.firstPublished());
        last = max(last, e.lastPublished());
        entities.addAll(e.entities());
        shown = Math.max(shown, e.entities().size());
      }
      if (!kept.isEmpty()) {
        parts.add(new Part(kept, first, last, entities.stream().limit(shown).toList()));
      }
    }
    parts.sort(Comparator.comparing(Part::first, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Event> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      String id = "e" + (out.size() + 1);
      out.add(
          new Event(
              id,
              p.kept().stream().map(m -> m.movedTo(id, m.basis())).toList(),
              p.first(),
              p.last(),
              p.entities()));
    }
    return out;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
