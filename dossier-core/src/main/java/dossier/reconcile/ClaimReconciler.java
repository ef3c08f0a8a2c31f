package dossier.reconcile;

import dossier.model.ActorMention;
import dossier.model.AlignedSentence;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Claimant;
import dossier.model.Contradiction;
import dossier.model.DateMention;
import dossier.model.Event;
import dossier.model.EventRecord;
import dossier.model.Evidence;
import dossier.model.Fact;
import dossier.model.PlaceMention;
import dossier.model.Quote;
import dossier.model.QuoteFact;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.Side;
import dossier.model.Span;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ClaimReconciler turns one event's reports, their claims and the reuse found between them into
 * an {@link EventRecord}: claims matched into facts backed by independent source families (copies
 * of one wire count once, and so does a report that reuses a family's passages), estimates per side
 * and kind in the manner of UCDP GED, the figure ACLED would code, and the contradictions.
 * Stateless and thread-safe.
 */
public final class ClaimReconciler {

  /**
   * Reconciliation settings.
   *
   * @param eventWindowDays how many days before an event's first report a dated mention may lie and
   *     still date the event (older dates are background)
   * @param quoteOverlap the share of content words two quotations must share to be one quote
   */
  public record Config(int eventWindowDays, double quoteOverlap) implements Serializable {
    public Config {
      if (eventWindowDays < 0 || quoteOverlap <= 0 || quoteOverlap > 1) {
        throw new IllegalArgumentException("bad reconcile config");
      }
    }

    public static Config defaults() {
      return new Config(10, 0.4);
    }
  }

  private final Config config;

  public ClaimReconciler(Config config) {
    this.config = config;
  }

  /** Reconciles every event. */
  public List<EventRecord> reconcile(
      List<Event> events,
      Map<String, Article> articles,
      Map<String, ClaimSet> claims,
      ReuseGraph reuse) {
    ReuseIndex index = new ReuseIndex(reuse);
    List<EventRecord> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(reconcile(e, articles, claims, index));
    }
    return out;
  }

  /** Reconciles one event. */
  public EventRecord reconcile(
      Event event, Map<String, Article> articles, Map<String, ClaimSet> claims, ReuseGraph reuse) {
    return reconcile(event, articles, claims, new ReuseIndex(reuse));
  }

  private EventRecord reconcile(
      Event event, Map<String, Article> articles, Map<String, ClaimSet> claims, ReuseIndex reuse) {
    Sources sources = new Sources(event.articleIds(), articles, reuse);
    List<ClaimSet> sets =
        event.articleIds().stream().map(id -> claims.getOrDefault(id, ClaimSet.empty(id))).toList();
    Sides sides = new Sides(sets);
    Alignment alignment = new Alignment(reuse, event.articleIds());
    List<Fact> facts = new FactBuilder(sources, sides).build(sets);
    List<QuoteFact> quotes = quoteFacts(sets, sources, alignment);
    Estimates estimates = new Estimates(facts);
    List<Contradiction> contradictions = new ArrayList<>();
    contradictions.addAll(Contradictions.figures(facts));
    contradictions.addAll(Contradictions.claimants(facts));
    contradictions.addAll(Contradictions.quotes(quotes));
    contradictions.addAll(Contradictions.acronyms(sets, sources));
    LocalDate[] range = dateRange(event, sets, articles);
    return new EventRecord(
        event.id(),
        event.articleIds(),
        sources.list(),
        range[0],
        range[1],
        precision(range[0], range[1]),
        places(sets, sources),
        sides.sideA(),
        sides.sideB(),
        facts,
        quotes,
        estimates.perSide(),
        estimates.total(),
        estimates.total().low(),
        estimates.total().low() == null
            ? "no death figure from a neutral source or an admission"
            : "the most conservative figure available: " + estimates.total().lowBasis(),
        contradictions);
  }

  // ---- quotations ----

  private List<QuoteFact> quoteFacts(List<ClaimSet> sets, Sources sources, Alignment alignment) {
    List<Quote> all = new ArrayList<>();
    for (ClaimSet set : sets) {
      all.addAll(set.quotes());
    }
    UnionFind groups = new UnionFind(all.size());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Quote a = all.get(i);
        Quote b = all.get(j);
        if (a.articleId().equals(b.articleId()) || !sameSpeaker(a.speaker(), b.speaker())) {
          continue;
        }
        double overlap = Words.overlap(a.text(), b.text());
        // Copies may reword a quotation entirely ("retrograde" / "pullback"): aligned sentences
        // of one family then pair their quotations, when each sentence holds just that one.
        Span[] pair =
            sources.family(a.articleId()).equals(sources.family(b.articleId()))
                ? alignment.sentences(a.articleId(), a.span(), b.articleId(), b.span())
                : null;
        boolean aligned =
            pair != null && (overlap > 0 || (alone(a, pair[0], all) && alone(b, pair[1], all)));
        if (overlap >= config.quoteOverlap() || aligned) {
          groups.union(i, j);
        }
      }
    }
    Map<Integer, List<Quote>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byGroup.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(all.get(i));
    }
    List<QuoteFact> out = new ArrayList<>();
    int n = 1;
    for (List<Quote> group : byGroup.values()) {
      group.sort(Comparator.comparing((Quote q) -> sources.order(q.articleId())));
      Quote first = group.get(0);
      Set<String> variants = new LinkedHashSet<>();
      List<Evidence> evidence = new ArrayList<>();
      Set<String> families = new LinkedHashSet<>();
      for (Quote q : group) {
        if (!Words.sameWords(q.text(), first.text())) {
          variants.add(q.text());
        }
        evidence.add(sources.evidence(q.articleId(), q.span()));
        families.add(sources.family(q.articleId()));
      }
      out.add(
          new QuoteFact(
              "q" + n++,
              first.speaker(),
              first.text(),
              List.copyOf(variants),
              evidence,
              List.copyOf(families)));
    }
    return out;
  }

  /** Whether no other quotation of the report lies in the same sentence. */
  private static boolean alone(Quote q, Span sentence, List<Quote> all) {
    for (Quote o : all) {
      if (o != q && o.articleId().equals(q.articleId()) && o.span().overlaps(sentence)) {
        return false;
      }
    }
    return true;
  }

  static boolean sameSpeaker(Claimant a, Claimant b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.affiliation() != null && a.affiliation().equals(b.affiliation())) {
      return true;
    }
    return Words.overlap(a.name(), b.name()) >= 0.5;
  }

  // ---- dates and places ----

  private LocalDate[] dateRange(Event event, List<ClaimSet> sets, Map<String, Article> articles) {
    LocalDate first = null;
    LocalDate last = null;
    for (String id : event.articleIds()) {
      Article a = articles.get(id);
      if (a != null && a.published() != null) {
        LocalDate d = a.published().date();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    if (first == null) {
      return new LocalDate[] {null, null};
    }
    LocalDate from = first.minusDays(config.eventWindowDays());
    LocalDate start = null;
    LocalDate end = null;
    for (ClaimSet set : sets) {
      for (DateMention d : set.dates()) {
        if (d.start() == null
            || (d.precision() != DateMention.Precision.DAY
                && d.precision() != DateMention.Precision.DAYS)
            || d.start().isBefore(from)
            || d.end().isAfter(last)) {
          continue;
        }
        start = start == null || d.start().isBefore(start) ? d.start() : start;
        end = end == null || d.end().isAfter(end) ? d.end() : end;
      }
    }
    return start == null ? new LocalDate[] {first, last} : new LocalDate[] {start, end};
  }

  /** UCDP's {@code date_prec} for a range. */
  static int precision(LocalDate start, LocalDate end) {
    if (start == null) {
      return 5;
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (days <= 1) {
      return 1;
    }
    if (days <= 6) {
      return 2;
    }
    if (days == 7) {
      return 3;
    }
    return days <= 30 ? 4 : 5;
  }

  private static List<EventRecord.Location> places(List<ClaimSet> sets, Sources sources) {
    Map<String, List<PlaceMention>> byKey = new LinkedHashMap<>();
    for (ClaimSet set : sets) {
      for (PlaceMention p : set.places()) {
        if (!p.dateline()) {
          byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
      }
    }
    List<EventRecord.Location> out = new ArrayList<>();
    Map<String, Integer> mentions = new HashMap<>();
    for (List<PlaceMention> group : byKey.values()) {
      // The most precise placing; among equals, the name most reports use.
      Map<String, Long> names = new HashMap<>();
      group.forEach(p -> names.merge(p.name(), 1L, Long::sum));
      PlaceMention best =
          group.stream()
              .min(
                  Comparator.comparingInt(PlaceMention::precision)
                      .thenComparing(p -> -names.get(p.name())))
              .orElseThrow();
      Set<String> spellings = new LinkedHashSet<>();
      Set<String> families = new LinkedHashSet<>();
      for (PlaceMention p : group) {
        spellings.add(p.text());
        families.add(sources.family(p.articleId()));
      }
      mentions.put(best.key(), group.size());
      out.add(
          new EventRecord.Location(
              best.key(),
              best.name(),
              List.copyOf(spellings),
              best.country(),
              best.region(),
              best.latitude(),
              best.longitude(),
              best.precision(),
              best.basis(),
              families.size()));
    }
    // Where it happened first: places named by most sources, then most often; whole countries
    // last.
    out.sort(
        Comparator.comparing((EventRecord.Location l) -> l.precision() >= 6)
            .thenComparing(Comparator.comparingInt(EventRecord.Location::sources).reversed())
            .thenComparing(l -> -mentions.getOrDefault(l.key(), 0))
            .thenComparingInt(EventRecord.Location::precision));
    return out;
  }

  // ---- shared small types ----

  /** Sentence alignments between the event's reports, from the reuse links. */
  static final class Alignment {
    private final Map<String, List<ReuseLink>> links = new HashMap<>();

    Alignment(ReuseIndex reuse, List<String> ids) {
      Set<String> members = Set.copyOf(ids);
      for (String a : members) {
        for (ReuseLink l : reuse.linksFrom(a)) {
          if (members.contains(l.b())) {
            links.computeIfAbsent(l.a() + "\u0000" + l.b(), k -> new ArrayList<>()).add(l);
          }
        }
      }
    }

    /**
     * The two sentences, aligned by the reuse stage, that hold span {@code a} of report {@code idA}
     * and span {@code b} of report {@code idB}; {@code null} when there are none.
     */
    Span[] sentences(String idA, Span a, String idB, Span b) {
      for (ReuseLink l : links.getOrDefault(idA + "\u0000" + idB, List.of())) {
        for (AlignedSentence s : l.aligned()) {
          if (s.a().overlaps(a) && s.b().overlaps(b)) {
            return new Span[] {s.a(), s.b()};
          }
        }
      }
      for (ReuseLink l : links.getOrDefault(idB + "\u0000" + idA, List.of())) {
        for (AlignedSentence s : l.aligned()) {
          if (s.a().overlaps(b) && s.b().overlaps(a)) {
            return new Span[] {s.b(), s.a()};
          }
        }
      }
      return null;
    }
  }

  /** Which actors stand on which side, from the kinds the claims stage gave them. */
  static final class Sides {
    private final Map<String, ActorMention.Kind> kinds = new HashMap<>();
    private final Map<String, Integer> mentions = new HashMap<>();

    Sides(List<ClaimSet> sets) {
      for (ClaimSet set : sets) {
        for (ActorMention a : set.actors()) {
          kinds.putIfAbsent(a.actor(), a.kind());
          mentions.merge(a.actor(), 1, Integer::sum);
        }
      }
    }

    Side of(String actor) {
      ActorMention.Kind kind = kinds.get(actor);
      if (kind == null) {
        return Side.UNKNOWN;
      }
      return switch (kind) {
        case STATE_FORCES, EXTERNAL_FORCES -> Side.A;
        case REBEL_GROUP, MILITANT_GROUP -> Side.B;
        case CIVILIANS -> Side.CIVILIANS;
        default -> Side.UNKNOWN;
      };
    }

    /** The one side all the actors stand on, or unknown. */
    Side of(List<String> actors) {
      Set<Side> found = new LinkedHashSet<>();
      for (String a : actors) {
        found.add(of(a));
      }
      return found.size() == 1 ? found.iterator().next() : Side.UNKNOWN;
    }

    List<String> sideA() {
      return members(Side.A);
    }

    List<String> sideB() {
      return members(Side.B);
    }

    private List<String> members(Side side) {
      return kinds.keySet().stream()
          .filter(a -> of(a) == side)
          .filter(a -> mentions.getOrDefault(a, 0) >= 2)
          .sorted(
              Comparator.comparing((String a) -> -mentions.getOrDefault(a, 0))
                  .thenComparing(Comparator.naturalOrder()))
          .toList();
    }
  }

  /** A plain union-find over indices. */
  static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}
