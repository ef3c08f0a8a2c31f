package dossier.claim;

import dossier.model.CasualtyClaim;
import dossier.model.CasualtyClaim.Kind;
import dossier.model.Claimant;
import dossier.model.Figure;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Counter reads every figure of an article and decides what it counts: people killed, dead,
 * wounded, captured or missing (with who they are and who says so), a claimed action against
 * targets, or something else (days, vehicles, men massing), which stays a plain quantity.
 */
final class Counter {

  /** A figure with what it counts; {@code kind} is null for a plain quantity. */
  record Count(
      Sentence sentence,
      Span span,
      Figure figure,
      Kind kind,
      String victims,
      List<String> victimSides,
      Claimant claimant,
      String unit) {}

  static final Map<String, Kind> KIND_WORDS =
      Map.ofEntries(
          Map.entry("kill", Kind.KILLED),
          Map.entry("killed", Kind.KILLED),
          Map.entry("slay", Kind.KILLED),
          Map.entry("slain", Kind.KILLED),
          Map.entry("massacre", Kind.KILLED),
          Map.entry("execute", Kind.KILLED),
          Map.entry("neutralise", Kind.KILLED),
          Map.entry("neutralize", Kind.KILLED),
          Map.entry("dead", Kind.DEAD),
          Map.entry("death", Kind.DEAD),
          Map.entry("die", Kind.DEAD),
          Map.entry("fatality", Kind.DEAD),
          Map.entry("body", Kind.DEAD),
          Map.entry("corpse", Kind.DEAD),
          Map.entry("wound", Kind.WOUNDED),
          Map.entry("wounded", Kind.WOUNDED),
          Map.entry("injure", Kind.WOUNDED),
          Map.entry("injured", Kind.WOUNDED),
          Map.entry("injury", Kind.WOUNDED),
          Map.entry("hurt", Kind.WOUNDED),
          Map.entry("capture", Kind.CAPTURED),
          Map.entry("captured", Kind.CAPTURED),
          Map.entry("arrest", Kind.CAPTURED),
          Map.entry("detain", Kind.CAPTURED),
          Map.entry("abduct", Kind.CAPTURED),
          Map.entry("kidnap", Kind.CAPTURED),
          Map.entry("prisoner", Kind.CAPTURED),
          Map.entry("hostage", Kind.CAPTURED),
          Map.entry("captive", Kind.CAPTURED),
          Map.entry("missing", Kind.MISSING),
          Map.entry("casualty", Kind.CASUALTIES),
          Map.entry("loss", Kind.CASUALTIES));

  static final Set<String> ACTION_VERBS =
      Set.of("deal", "destroy", "neutralise", "neutralize", "hit", "strike", "eliminate", "target");
  private static final Set<String> TARGET_HEADS =
      Set.of("target", "targets", "position", "positions", "objective", "objectives");
  private static final Set<String> SKIPPABLE =
      Set.of("either", "reportedly", "allegedly", "all", "successfully", "also", "been", "being");
  private static final Set<String> VICTIM_LINKS = Set.of("of", "from", "'s", "’s", "-");

  List<Count> count(Discourse d) {
    List<Count> out = new ArrayList<>();
    for (Sentence s : d.doc.sentences) {
      Count previous = null;
      int i = 0;
      while (i < s.size()) {
        FigureReader.Read r = FigureReader.read(d, s, i);
        if (r == null) {
          i++;
          continue;
        }
        boolean coordinated = r.from() > 0 && s.get(r.from() - 1).is("and");
        Count c = classify(d, s, r, coordinated ? previous : null);
        out.add(c);
        previous = c;
        i = r.to();
      }
      out.addAll(suffered(d, s));
      out.addAll(barePlurals(d, s, out));
    }
    return out;
  }

  private Count classify(Discourse d, Sentence s, FigureReader.Read r, Count previous) {
    int figureStart = r.from();
    while (figureStart < r.to() && s.get(figureStart).isQuoteMark()) {
      figureStart++;
    }
    int k = r.to();
    if (k < s.size() && s.get(k).isQuoteMark()) {
      k++;
    }
    if (k < s.size() && s.get(k).is("of")) {
      k++;
    }
    int vFrom = k;
    while (k < s.size() && victimWord(d, s, k)) {
      k++;
    }
    int vTo = k;
    // "12 people, including three children, were killed": the predicate follows the aside.
    if (k + 1 < s.size() && s.get(k).is(",") && s.get(k + 1).is("including")) {
      int close = k + 2;
      while (close < s.size() && !s.get(close).is(",") && !s.get(close).is(".")) {
        close++;
      }
      if (close < s.size() && s.get(close).is(",")) {
        k = close + 1;
      }
    }
    int p = skip(s, k);
    int[] kindEnd = new int[1];
    Kind kind = kindAt(s, p, kindEnd);
    boolean sharedPredicate = false;
    if (kind == null && p < s.size() && s.get(p).is("and")) {
      FigureReader.Read next = FigureReader.read(d, s, p + 1);
      if (next != null) {
        int q = next.to();
        if (q < s.size() && s.get(q).is("of")) {
          q++;
        }
        while (q < s.size() && victimWord(d, s, q)) {
          q++;
        }
        int[] e2 = new int[1];
        kind = kindAt(s, skip(s, q), e2);
        sharedPredicate = kind != null;
        kindEnd[0] = e2[0];
      }
    }
    if (kind == null && vTo > vFrom && TARGET_HEADS.contains(s.get(vTo - 1).lower())) {
      if (p < s.size() && ACTION_VERBS.contains(s.get(p).lemma())) {
        kind = Kind.ACTION;
        kindEnd[0] = p + 1;
        if (p + 1 < s.size() && s.get(p + 1).is("with")) {
          kindEnd[0] = p + 2;
        }
      }
    }
    if (kind == null && toll(s, figureStart)) {
      kind = Kind.DEAD;
      kindEnd[0] = r.to();
    }
    if (kind == null && figureStart > 0) {
      String before = s.get(figureStart - 1).lemma();
      Kind k2 = KIND_WORDS.get(before);
      if (k2 == Kind.KILLED || k2 == Kind.WOUNDED || k2 == Kind.CAPTURED) {
        if (vTo > vFrom && humans(s, vFrom, vTo)) {
          kind = k2;
          kindEnd[0] = vTo;
          figureStart--;
        }
      }
    }
    String victims = d.words(s, vFrom, vTo);
    int end = Math.max(vTo, kind == null ? vTo : kindEnd[0]);
    if (end <= figureStart) {
      end = r.to();
    }
    if (kind == null) {
      String unit =
          victims.isEmpty() && r.to() < s.size() && !s.get(r.to()).isPunct()
              ? d.words(s, r.to(), r.to() + 1)
              : victims;
      int unitEnd = victims.isEmpty() ? Math.min(s.size(), r.to() + (unit.isEmpty() ? 0 : 1)) : vTo;
      return new Count(
          s,
          d.span(s, figureStart, Math.max(unitEnd, r.to())),
          r.figure(),
          null,
          "",
          List.of(),
          null,
          unit);
    }
    int victimsFrom = vFrom;
    int victimsTo = vTo;
    int among = among(s, Math.max(end, vTo));
    if (among >= 0 && (victims.isEmpty() || among > 0)) {
      int a = among + 1;
      int b = a;
      while (b < s.size() && !s.get(b).isPunct() && b - a < 6) {
        b++;
      }
      if (b > a) {
        victims = d.words(s, a, b);
        victimsFrom = a;
        victimsTo = b;
        if (!sharedPredicate) {
          end = Math.max(end, b);
        }
      }
    }
    if (victims.isEmpty() && previous != null && previous.kind() != null) {
      victims = previous.victims();
    }
    Claimant claimant = claimantFor(d, s, s.get(figureStart).start());
    List<String> sides =
        victims.equals(previous == null ? null : previous.victims())
                && victimsTo == vTo
                && vTo == vFrom
            ? previous.victimSides()
            : sides(d, s, victimsFrom, victimsTo, claimant);
    return new Count(
        s, d.span(s, figureStart, end), r.figure(), kind, victims, sides, claimant, victims);
  }

  private static int among(Sentence s, int from) {
    for (int k = from; k < s.size() && k < from + 6; k++) {
      if (s.get(k).is("among")) {
        return k;
      }
      if (s.get(k).is(",") || s.get(k).is(".") || s.get(k).is(";")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean toll(Sentence s, int figureStart) {
    for (int k = figureStart - 1; k >= 0 && k >= figureStart - 5; k--) {
      if (s.get(k).lower().equals("toll")) {
        return true;
      }
      if (s.get(k).isPunct()) {
        return false;
      }
    }
    return false;
  }

  /** Lemmas of nouns for people, who can be casualties. */
  static final Set<String> HUMAN_NOUNS =
      Set.of(
          "soldier",
          "fighter",
          "civilian",
          "people",
          "person",
          "militant",
          "rebel",
          "member",
          "troop",
          "mercenary",
          "villager",
          "child",
          "woman",
          "man",
          "policeman",
          "officer",
          "jihadist",
          "terrorist",
          "insurgent",
          "resident",
          "worker",
          "other");

  private static boolean humans(Sentence s, int from, int to) {
    return HUMAN_NOUNS.contains(s.get(to - 1).lemma());
  }

  private static int skip(Sentence s, int k) {
    while (k < s.size()
        && (s.get(k).tag().equals("AUX")
            || SKIPPABLE.contains(s.get(k).lower())
            || (s.get(k).tag().equals("ADV") && s.get(k).lower().endsWith("ly")))) {
      k++;
    }
    return k;
  }

  private static Kind kindWord(Sentence s, int k, int[] end) {
    if (k >= s.size()) {
      return null;
    }
    Token t = s.get(k);
    if ((t.is("taken") || t.is("take") || t.is("held")) && k + 1 < s.size()) {
      String n = s.get(k + 1).lower();
      if (n.equals("prisoner")
          || n.equals("prisoners")
          || n.equals("hostage")
          || n.equals("captive")) {
        end[0] = k + 2;
        return Kind.CAPTURED;
      }
    }
    Kind kind = KIND_WORDS.get(t.lemma());
    if (kind == null) {
      kind = KIND_WORDS.get(t.lower());
    }
    if (kind != null) {
      end[0] = k + 1;
    }
    return kind;
  }

  /** The kind of the predicate at {@code k}: "killed", "killed or taken prisoner", "dead". */
  private static Kind kindAt(Sentence s, int k, int[] end) {
    int[] e = new int[1];
    Kind first = kindWord(s, k, e);
    if (first == null) {
      return null;
    }
    Set<Kind> kinds = new LinkedHashSet<>();
    kinds.add(first);
    boolean or = false;
    int at = e[0];
    while (at + 1 < s.size() && (s.get(at).is("and") || s.get(at).is("or"))) {
      int[] e2 = new int[1];
      int next = skip(s, at + 1);
      Kind more = kindWord(s, next, e2);
      if (more == null) {
        break;
      }
      or |= s.get(at).is("or");
      kinds.add(more);
      at = e2[0];
    }
    end[0] = at;
    boolean death = kinds.contains(Kind.KILLED) || kinds.contains(Kind.DEAD);
    if (kinds.size() == 1) {
      return first;
    }
    if (death && kinds.contains(Kind.CAPTURED)) {
      return or ? Kind.KILLED_OR_CAPTURED : Kind.KILLED_AND_CAPTURED;
    }
    if (death && kinds.contains(Kind.WOUNDED)) {
      return Kind.DEAD_AND_WOUNDED;
    }
    return Kind.CASUALTIES;
  }

  private boolean victimWord(Discourse d, Sentence s, int k) {
    Token t = s.get(k);
    if (KIND_WORDS.containsKey(t.lemma()) && !t.tag().equals("PROPN")) {
      return false;
    }
    if (t.isQuoteMark()) {
      return false;
    }
    if (VICTIM_LINKS.contains(t.lower())) {
      return k + 1 < s.size() && !s.get(k + 1).isPunct() && k > 0;
    }
    if (t.is("and")
        && k + 2 < s.size()
        && (s.get(k + 1).is("a") || s.get(k + 1).is("an"))
        && HUMAN_NOUNS.contains(s.get(k + 2).lemma())) {
      return true; // "two soldiers and a civilian"
    }
    if ((t.is("a") || t.is("an")) && k > 0 && s.get(k - 1).is("and")) {
      return true;
    }
    if (t.is("and")) {
      return k + 1 < s.size()
          && FigureReader.read(d, s, k + 1) == null
          && !KIND_WORDS.containsKey(s.get(k + 1).lemma())
          && (s.get(k + 1).tag().equals("NOUN")
              || s.get(k + 1).tag().equals("PROPN")
              || s.get(k + 1).tag().equals("ADJ"));
    }
    String tag = t.tag();
    return tag.equals("NOUN")
        || tag.equals("PROPN")
        || tag.equals("ADJ")
        || (tag.equals("PRON") && Set.of("their", "its", "our", "his", "her").contains(t.lower()))
        || (tag.equals("DET") && !t.is("a") && !t.is("an"));
  }

  private static List<String> sides(Discourse d, Sentence s, int from, int to, Claimant claimant) {
    Set<String> sides = new LinkedHashSet<>();
    boolean own = false;
    boolean coveredForces = false;
    if (from < to) {
      String w = s.get(from).lower();
      own = w.equals("their") || w.equals("its") || w.equals("our");
    }
    for (int k = from; k < to; k++) {
      own |= s.get(k).is("own");
    }
    if (own && claimant != null && claimant.affiliation() != null) {
      sides.add(claimant.affiliation());
    }
    for (ActorFinder.Hit h : d.actorsOf(s)) {
      if (h.from() >= from && h.to() <= to && h.kind() != dossier.model.ActorMention.Kind.PERSON) {
        sides.add(h.canonical());
        coveredForces |= s.get(h.to() - 1).lower().startsWith("soldier");
      }
    }
    for (int k = from; k < to; k++) {
      String w = s.get(k).lower();
      String cc = d.lexicon.demonym(s.get(k).text());
      if (cc != null && (k + 1 >= to || !coveredBy(d, s, k))) {
        sides.add(ActorFinder.forcesOf(ActorFinder.countryName(cc)));
      }
      if ((w.equals("soldiers") || w.equals("troops")) && !coveredBy(d, s, k) && d.home != null) {
        boolean demonymBefore = k > from && d.lexicon.demonym(s.get(k - 1).text()) != null;
        if (!demonymBefore) {
          sides.add(ActorFinder.forcesOf(d.home));
        }
      }
    }
    return List.copyOf(sides);
  }

  private static boolean coveredBy(Discourse d, Sentence s, int k) {
    for (ActorFinder.Hit h : d.actorsOf(s)) {
      if (h.from() <= k && k < h.to()) {
        return true;
      }
    }
    return false;
  }

  /** Who asserts what is at {@code offset}: a quotation's speaker, else the sentence's cue. */
  static Claimant claimantFor(Discourse d, Sentence s, int offset) {
    Discourse.QuoteSpan q = d.quoteAt(offset);
    if (q != null) {
      for (dossier.model.Quote quote : d.attributedQuotes()) {
        if (quote.span().equals(q.content())) {
          return quote.speaker();
        }
      }
    }
    Discourse.Cue before = null;
    Discourse.Cue after = null;
    for (Discourse.Cue c : d.cues) {
      if (c.sentence() != s || c.claimant() == null) {
        continue;
      }
      int at = s.get(c.verb()).start();
      if (at < offset) {
        before = c;
      } else if (after == null) {
        after = c;
      }
    }
    Discourse.Cue cue = before != null ? before : after;
    return cue == null ? null : cue.claimant();
  }

  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children");

  /**
   * "Soldiers were killed", "civilians died": people without a figure, read as at least two (a
   * plural), unless a figure already counts them.
   */
  private List<Count> barePlurals(Discourse d, Sentence s, List<Count> counted) {
    List<Count> out = new ArrayList<>();
    for (int k = 0; k < s.size(); k++) {
      Token t = s.get(k);
      boolean plural =
          IRREGULAR_PLURALS.contains(t.lower())
              || (t.lower().endsWith("s") && !t.lemma().equals(t.lower()));
      if (!plural || !HUMAN_NOUNS.contains(t.lemma())) {
        continue;
      }
      int at = t.start();
      if (counted.stream()
          .anyMatch(c -> c.sentence() == s && c.span().start() <= at && at < c.span().end())) {
        continue;
      }
      int from = k;
      while (from > 0) {
        Token before = s.get(from - 1);
        String tag = before.tag();
        if (tag.equals("NUM") || FigureReader.read(d, s, from - 1) != null) {
          from = -1;
          break;
        }
        if (!(tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NOUN"))
            || KIND_WORDS.containsKey(before.lemma())) {
          break;
        }
        from--;
      }
      if (from < 0) {
        continue;
      }
      int p = k + 1;
      boolean auxiliary = false;
      while (p < s.size()
          && (s.get(p).tag().equals("AUX") || SKIPPABLE.contains(s.get(p).lower()))) {
        auxiliary |= s.get(p).tag().equals("AUX");
        p++;
      }
      int[] end = new int[1];
      Kind kind = kindAt(s, p, end);
      if (kind == null || kind == Kind.CASUALTIES) {
        continue;
      }
      boolean intransitive = s.get(p).lemma().equals("die") || kind == Kind.MISSING;
      if (!auxiliary && !intransitive) {
        continue;
      }
      String victims = d.words(s, from, k + 1);
      Claimant claimant = claimantFor(d, s, s.get(from).start());
      Figure f = new Figure(2, null, Figure.Qualifier.UNSPECIFIED, 2, victims);
      out.add(
          new Count(
              s,
              d.span(s, from, end[0]),
              f,
              kind,
              victims,
              sides(d, s, from, k + 1, claimant),
              claimant,
              victims));
    }
    return out;
  }

  /** "suffered casualties", "suffered significant losses": a count without a figure. */
  private List<Count> suffered(Discourse d, Sentence s) {
    List<Count> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (!s.get(i).lemma().equals("suffer") && !s.get(i).lower().startsWith("suffer")) {
        continue;
      }
      int object = -1;
      for (int k = i + 1; k < s.size() && k <= i + 6; k++) {
        String lemma = s.get(k).lemma();
        if (lemma.equals("casualty")
            || lemma.equals("loss")
            || s.get(k).lower().startsWith("casualt")
            || s.get(k).lower().startsWith("loss")) {
          object = k;
          break;
        }
        if (s.get(k).is(".") || s.get(k).is(";")) {
          break;
        }
      }
      if (object < 0) {
        continue;
      }
      int j = i - 1;
      while (j >= 0 && (s.get(j).tag().equals("AUX") || s.get(j).lower().equals("having"))) {
        j--;
      }
      int subjEnd = j + 1;
      int subjStart = subjEnd;
      while (subjStart - 1 >= 0
          && !s.get(subjStart - 1).isPunct()
          && !Lexicon.CLAUSE_WORDS.contains(s.get(subjStart - 1).lower())
          && !s.get(subjStart - 1).tag().equals("VERB")
          && subjEnd - subjStart < 10) {
        subjStart--;
      }
      String victims = d.words(s, subjStart, subjEnd);
      int vFrom = subjStart;
      int vTo = subjEnd;
      int end = object + 1;
      for (int k = object + 1; k < s.size() && k < object + 8; k++) {
        if (s.get(k).is("including")) {
          int b = k + 1;
          while (b < s.size() && !s.get(b).is(",") && !s.get(b).is(".")) {
            b++;
          }
          if (victims.isEmpty()) {
            victims = d.words(s, k, b);
            vFrom = k;
            vTo = b;
          }
          end = b;
          break;
        }
      }
      int start = subjStart < subjEnd ? subjStart : i;
      Claimant claimant = claimantFor(d, s, s.get(i).start());
      List<String> sides = sides(d, s, vFrom, vTo, claimant);
      if (subjStart == subjEnd) {
        sides =
            claimant != null && claimant.affiliation() != null
                ? List.of(claimant.affiliation())
                : List.of();
      }
      Figure f =
          new Figure(1, null, Figure.Qualifier.UNSPECIFIED, 1, d.words(s, object, object + 1));
      out.add(
          new Count(
              s, d.span(s, start, end), f, Kind.CASUALTIES, victims, sides, claimant, victims));
    }
    return out;
  }

  static CasualtyClaim toClaim(String articleId, Count c) {
    boolean admission =
        c.claimant() != null
            && c.claimant().affiliation() != null
            && c.victimSides().contains(c.claimant().affiliation());
    return new CasualtyClaim(
        articleId,
        c.span(),
        c.figure(),
        c.kind(),
        c.victims(),
        c.victimSides(),
        c.claimant(),
        admission);
  }
}
