package dossier.claim;

import dossier.model.Article;
import dossier.model.Claimant;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Discourse is what the extractors share about one article: its analysed text, the country it is
 * mostly about, the actors of each sentence, the quotations (by their marks) and every reporting
 * cue with the claimant it attributes, speakers resolved across sentences ("he added", "it said",
 * "the army said").
 */
final class Discourse {

  /** A quotation between marks: {@code content} excludes the marks. */
  record QuoteSpan(int open, int close, Span content) {}

  /**
   * A reporting cue in a sentence: the verb (or "according") token, whether it is a participle
   * ("adding that"), the subject's token range (empty when resolved from elsewhere), the claimant.
   */
  record Cue(
      Sentence sentence,
      int verb,
      boolean participle,
      boolean according,
      int subjectFrom,
      int subjectTo,
      Claimant claimant,
      Span span) {}

  final Document doc;
  final String home;
  final Set<String> countries;
  final Map<Integer, List<ActorFinder.Hit>> actors;
  final List<QuoteSpan> quotes;
  final List<Cue> cues;
  final Lexicon lexicon;

  private Discourse(Document doc, Lexicon lexicon) {
    this.doc = doc;
    this.lexicon = lexicon;
    Map<String, Integer> counts = countCountries(doc, lexicon);
    this.countries = Collections.unmodifiableSet(counts.keySet());
    this.home =
        counts.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(e -> ActorFinder.countryName(e.getKey()))
            .orElse(null);
    ActorFinder finder = new ActorFinder(lexicon);
    Map<Integer, List<ActorFinder.Hit>> hits = new HashMap<>();
    for (Sentence s : doc.sentences) {
      hits.put(s.index(), finder.find(s, home));
    }
    this.actors = hits;
    this.quotes = findQuotes(doc.work);
    this.cues = new Attributor(this).cues();
  }

  static Discourse of(Article article) {
    return of(article, false);
  }

  static Discourse of(Article article, boolean statisticalLemmas) {
    return of(article, statisticalLemmas, Set.of());
  }

  /**
   * The discourse of an article; {@code names} are lower-cased words that other reports of the
   * batch write with a capital, used to true-case an article written in capitals.
   */
  static Discourse of(Article article, boolean statisticalLemmas, Set<String> names) {
    Lexicon lexicon = Lexicon.shared();
    boolean capitals = Document.mostlyCapitals(article.text());
    Set<String> proper = Set.of();
    if (capitals) {
      Set<String> all = new java.util.HashSet<>(Gazetteer.shared().nameWords());
      all.addAll(names);
      proper = lexicon.properWords(all);
    }
    return new Discourse(Document.analyse(article, proper, statisticalLemmas), lexicon);
  }

  /** Country codes named in the text (by name or demonym), with counts, first named first. */
  private static Map<String, Integer> countCountries(Document doc, Lexicon lexicon) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Gazetteer g = Gazetteer.shared();
    for (Sentence s : doc.sentences) {
      for (Token t : s.tokens()) {
        if (!t.capitalised() || t.isPunct()) {
          continue;
        }
        String cc = lexicon.demonym(t.text());
        if (cc == null) {
          Gazetteer.Entry c = g.country(t.text());
          cc = c == null ? null : c.country();
        }
        if (cc != null) {
          counts.merge(cc, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * Quotations: curly marks pair open with close; straight marks pair within a line. An unbalanced
   * mark opens nothing.
   */
  static List<QuoteSpan> findQuotes(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
      } else if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`' && open < 0) {
        open = i + 1; // typewriter quotes: ``like this''
      } else if (c == '\''
          && i + 1 < text.length()
          && text.charAt(i + 1) == '\''
          && open >= 0
          && text.charAt(open) == '`') {
        add(out, text, open, i);
        open = -1;
        i++;
      } else if (c == '‘' && open < 0 && singleOpens(text, i)) {
        open = i;
      } else if (c == '’' && open >= 0 && text.charAt(open) == '‘') {
        if (singleCloses(text, i)) {
          add(out, text, open, i);
          open = -1;
        }
      } else if (open < 0) {
        if (Marks.opens(c) || c == '"') {
          open = i;
        }
      } else {
        char o = text.charAt(open);
        if ((o == '"' && c == '"') || (o != '"' && Marks.closes(c))) {
          add(out, text, open, i);
          open = -1;
        } else if (o != '"' && Marks.opens(c)) {
          open = i;
        }
      }
    }
    return List.copyOf(out);
  }

  /** A single opening mark starts a word: ‘like this’. */
  private static boolean singleOpens(String text, int i) {
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A single closing mark ends a quotation, not a word (an apostrophe: rebels’, don’t). */
  private static boolean singleCloses(String text, int i) {
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (Character.isLetterOrDigit(next)) {
      return false;
    }
    char prev = text.charAt(i - 1);
    return prev != 's' || ",.;:!?)".indexOf(next) >= 0;
  }

  private static void add(List<QuoteSpan> out, String text, int open, int close) {
    int s = open + 1;
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s
        && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e > s && text.substring(s, e).chars().anyMatch(Character::isLetterOrDigit)) {
      out.add(new QuoteSpan(open, close, new Span(s, e)));
    }
  }

  private List<dossier.model.Quote> attributed;
  private List<Counter.Count> counts;

  /** Every figure with what it counts, read once per article. */
  List<Counter.Count> counts() {
    if (counts == null) {
      counts = List.copyOf(new Counter().count(this));
    }
    return counts;
  }

  /** The quotations with their speakers, read once per article. */
  List<dossier.model.Quote> attributedQuotes() {
    if (attributed == null) {
      attributed = new QuoteExtractor().extract(this);
    }
    return attributed;
  }

  /** The quotation whose marks enclose {@code offset}, or null. */
  QuoteSpan quoteAt(int offset) {
    for (QuoteSpan q : quotes) {
      if (q.open() < offset && offset < q.close()) {
        return q;
      }
    }
    return null;
  }

  List<ActorFinder.Hit> actorsOf(Sentence s) {
    return actors.getOrDefault(s.index(), List.of());
  }

  /** The actor found over exactly or within tokens {@code [from, to)} of a sentence, or null. */
  ActorFinder.Hit actorWithin(Sentence s, int from, int to, boolean last) {
    ActorFinder.Hit found = null;
    for (ActorFinder.Hit h : actorsOf(s)) {
      if (h.from() >= from && h.to() <= to) {
        if (!last) {
          return h;
        }
        found = h;
      }
    }
    return found;
  }

  String words(Sentence s, int from, int to) {
    if (from >= to) {
      return "";
    }
    return doc.text.substring(s.get(from).start(), s.get(to - 1).end());
  }

  Span span(Sentence s, int from, int to) {
    return new Span(s.get(from).start(), s.get(to - 1).end());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
