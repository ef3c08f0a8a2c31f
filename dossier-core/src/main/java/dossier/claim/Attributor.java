package dossier.claim;

import dossier.model.ActorMention;
import dossier.model.Claimant;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An Attributor reads every reporting cue of an article in text order and finds who each
 * attributes: the subject before the verb ("a local politician told AFP"), after it ("said Mohamed
 * Elmaouloud Ramadane, a spokesman for ..."), the object of "according to", the main clause's
 * speaker for a participle ("adding that"), and earlier speakers for pronouns ("he added", "it
 * said") and short definite descriptions ("the politician", "the army").
 */
final class Attributor {

  private static final int MAX_NAME = 14;
  private static final Set<String> STANDING_PARTY_KINDS =
      Set.of("STATE_FORCES", "REBEL_GROUP", "MILITANT_GROUP", "EXTERNAL_FORCES");

  private final Discourse d;
  private final List<Claimant> memory = new ArrayList<>();

  Attributor(Discourse d) {
    this.d = d;
  }

  List<Discourse.Cue> cues() {
    List<Discourse.Cue> out = new ArrayList<>();
    for (Sentence s : d.doc.sentences) {
      List<Discourse.Cue> inSentence = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        Discourse.Cue cue = cueAt(s, i, inSentence);
        if (cue != null) {
          inSentence.add(cue);
          if (cue.claimant() != null && !cue.participle()) {
            remember(cue.claimant());
          }
        }
      }
      out.addAll(inSentence);
    }
    return List.copyOf(out);
  }

  private void remember(Claimant c) {
    memory.removeIf(m -> m.name().equals(c.name()));
    memory.add(c);
  }

  static String verbLemma(Token t, boolean capitals) {
    if (Lexicon.REPORTING_VERBS.contains(t.lemma())) {
      return t.lemma();
    }
    if (!capitals) {
      return null;
    }
    String w = t.lower();
    for (String cut : new String[] {"ed", "d", "s", "ing"}) {
      if (w.endsWith(cut)
          && Lexicon.REPORTING_VERBS.contains(w.substring(0, w.length() - cut.length()))) {
        return w.substring(0, w.length() - cut.length());
      }
    }
    return switch (w) {
      case "said", "says" -> "say";
      case "told" -> "tell";
      default -> null;
    };
  }

  private Discourse.Cue cueAt(Sentence s, int i, List<Discourse.Cue> earlier) {
    Token t = s.get(i);
    if (t.is("according") && i + 1 < s.size() && s.get(i + 1).is("to")) {
      int from = i + 2;
      int to = rightName(s, from);
      if (to <= from) {
        return null;
      }
      Claimant c = claimant(s, from, to, -1, -1, null);
      return new Discourse.Cue(s, i, false, true, from, to, c, d.span(s, i, i + 2));
    }
    String lemma = verbLemma(t, d.doc.capitals);
    if (lemma == null) {
      return null;
    }
    String particle = Lexicon.VERB_PARTICLES.get(lemma);
    if (particle != null && (i + 1 >= s.size() || !s.get(i + 1).is(particle))) {
      return null;
    }
    // The tagger reads "speaks of", "points to" as nouns; the particle settles it.
    boolean verbTag =
        t.tag().equals("VERB") || particle != null || (d.doc.capitals && !t.tag().equals("NOUN"));
    if (!verbTag) {
      return null;
    }
    if (lemma.equals("add") && i + 1 < s.size() && s.get(i + 1).is("to")) {
      return null;
    }
    Span cueSpan = d.span(s, i, i + 1);
    String via = via(s, i, lemma);
    if (t.lower().endsWith("ing")) {
      Claimant main =
          earlier.isEmpty() ? lastOf(memory) : earlier.get(earlier.size() - 1).claimant();
      return new Discourse.Cue(s, i, true, false, i, i, main, cueSpan);
    }
    // Inversion right after a quotation: ," said Mohamed Elmaouloud Ramadane, a spokesman ...
    if (afterQuote(s, i) && i + 1 < s.size() && !s.get(i + 1).isPunct()) {
      int from = i + 1;
      int to = rightName(s, from);
      if (to > from) {
        int roleFrom = -1;
        int roleTo = -1;
        if (to < s.size() && s.get(to).is(",") && startsDescription(s, to + 1)) {
          roleFrom = to + 1;
          roleTo = roleEnd(s, roleFrom);
        }
        Claimant c = claimant(s, from, to, roleFrom, roleTo, via);
        return new Discourse.Cue(s, i, false, false, from, to, c, cueSpan);
      }
    }
    // Subject before the verb, past auxiliaries and an apposition.
    int j = i - 1;
    while (j >= 0
        && (Lexicon.AUXILIARIES.contains(s.get(j).lower()) || s.get(j).tag().equals("ADV"))) {
      j--;
    }
    int roleFrom = -1;
    int roleTo = -1;
    if (j >= 0 && s.get(j).is(",")) {
      int k = j - 1;
      while (k >= 0 && !s.get(k).is(",") && !s.get(k).isQuoteMark()) {
        k--;
      }
      if (k > 0 && s.get(k).is(",") && s.get(k + 1).tag().equals("ADP")) {
        // An adverbial between commas: "The ministry, in a statement, said".
        j = k - 1;
      } else if (k > 0 && s.get(k).is(",") && startsDescription(s, k + 1)) {
        roleFrom = k + 1;
        roleTo = j;
        j = k - 1;
      } else {
        return new Discourse.Cue(s, i, false, false, i, i, null, cueSpan);
      }
    }
    int end = j + 1;
    int start = end;
    while (start - 1 >= 0 && !stopsName(s, start - 1) && end - start < MAX_NAME) {
      start--;
    }
    if (start >= end) {
      return new Discourse.Cue(s, i, false, false, i, i, null, cueSpan);
    }
    Claimant c = claimant(s, start, end, roleFrom, roleTo, via);
    return new Discourse.Cue(s, i, false, false, start, end, c, cueSpan);
  }

  private boolean afterQuote(Sentence s, int i) {
    int k = i - 1;
    if (k >= 0 && s.get(k).is(",")) {
      k--;
    }
    return k >= 0 && s.get(k).isQuoteMark()
        || (k >= 0 && s.get(k).is(",") && k > 0 && s.get(k - 1).isQuoteMark());
  }

  /** "told AFP": the outlet a claim went through. */
  private String via(Sentence s, int i, String lemma) {
    if (lemma.equals("tell") && i + 1 < s.size()) {
      Token o = s.get(i + 1);
      if (Lexicon.OUTLETS.contains(o.lower()) || Lexicon.isAcronym(o.text())) {
        return d.words(s, i + 1, i + 2);
      }
      if (o.tag().equals("PROPN")) {
        int k = i + 1;
        while (k < s.size() && s.get(k).tag().equals("PROPN")) {
          k++;
        }
        return d.words(s, i + 1, k);
      }
    }
    return null;
  }

  private static boolean startsDescription(Sentence s, int k) {
    if (k >= s.size()) {
      return false;
    }
    Token t = s.get(k);
    return t.is("a")
        || t.is("an")
        || t.is("the")
        || t.is("known")
        || t.is("who")
        || t.is("one")
        || t.tag().equals("DET")
        || (k + 1 < s.size() && (s.get(k + 1).is("of") || s.get(k + 1).is("for")));
  }

  private static int roleEnd(Sentence s, int from) {
    int k = from;
    while (k < s.size() && !s.get(k).isQuoteMark() && !s.get(k).is(".") && !s.get(k).is(";")) {
      if (s.get(k).is(",")
          && k + 1 < s.size()
          && (s.get(k + 1).lower().endsWith("ing") || s.get(k + 1).isQuoteMark())) {
        break;
      }
      k++;
    }
    return k;
  }

  /** The end of a name read rightwards from {@code from}: up to a comma, mark or clause word. */
  private static int rightName(Sentence s, int from) {
    int k = from;
    while (k < s.size() && k - from < MAX_NAME) {
      Token t = s.get(k);
      if ((t.isPunct() && !t.is("-") && !t.is("'s") && !t.is("’s"))
          || Lexicon.CLAUSE_WORDS.contains(t.lower())) {
        break;
      }
      if (k > from && verbLemma(t, false) != null && t.tag().equals("VERB")) {
        break;
      }
      k++;
    }
    return k;
  }

  private boolean stopsName(Sentence s, int k) {
    Token t = s.get(k);
    if (t.isQuoteMark() || Lexicon.CLAUSE_WORDS.contains(t.lower())) {
      return true;
    }
    if (t.isPunct() && !t.is("-") && !t.is("'s") && !t.is("’s") && !t.is("&")) {
      return true;
    }
    return t.tag().equals("VERB") && verbLemma(t, d.doc.capitals) != null;
  }

  private Claimant claimant(Sentence s, int from, int to, int roleFrom, int roleTo, String via) {
    // Drop a leading conjunction or preposition phrase start ("But the army", "And he").
    while (from < to && (s.get(from).is("but") || s.get(from).is("and") || s.get(from).is("so"))) {
      from++;
    }
    // Drop a time phrase at the end: "Officials in Kidal on Sunday said".
    while (to - 1 > from && (temporal(s.get(to - 1)) || s.get(to - 1).tag().equals("ADP"))) {
      if (!temporal(s.get(to - 1)) && !temporal(s.get(Math.min(to, s.size() - 1)))) {
        break;
      }
      to--;
    }
    if (from >= to) {
      return null;
    }
    String name = d.words(s, from, to);
    Span span = d.span(s, from, to);
    String role = roleFrom >= 0 && roleTo > roleFrom ? d.words(s, roleFrom, roleTo) : null;
    String lower = Discourse.lower(name);
    if (Lexicon.PRONOUNS.contains(lower)) {
      Claimant earlier = resolvePronoun(lower);
      if (earlier != null) {
        return new Claimant(
            earlier.name(),
            earlier.role(),
            earlier.affiliation(),
            earlier.standing(),
            via != null ? via : earlier.via(),
            span);
      }
      return new Claimant(name, null, null, Claimant.Standing.UNKNOWN, via, span);
    }
    ActorFinder.Hit roleActor = roleFrom >= 0 ? affiliationWithin(s, roleFrom, roleTo, true) : null;
    ActorFinder.Hit nameActor = affiliationWithin(s, from, to, false);
    ActorFinder.Hit actor = roleActor != null ? roleActor : nameActor;
    Claimant earlier = resolveDescription(lower, nameActor, from, to, s);
    if (earlier != null && role == null) {
      return new Claimant(
          earlier.name(),
          earlier.role(),
          earlier.affiliation(),
          earlier.standing(),
          via != null ? via : earlier.via(),
          span);
    }
    String affiliation = actor == null ? null : actor.canonical();
    Claimant.Standing standing = standing(name, role, actor);
    return new Claimant(name, role, affiliation, standing, via, span);
  }

  private static final Set<String> TIME_WORDS =
      Set.of(
          "yesterday",
          "today",
          "tonight",
          "late",
          "early",
          "last",
          "night",
          "week",
          "morning",
          "evening",
          "afternoon");

  private static boolean temporal(Token t) {
    return TIME_WORDS.contains(t.lower())
        || Lexicon.WEEKDAYS.contains(t.lower())
        || Lexicon.MONTHS.contains(t.lower());
  }

  private static final Set<String> CHANNELS =
      Set.of("AFP", "Reuters", "Associated Press", "Telegram");

  /** The actor a name or role speaks for: not the outlet or channel it went through. */
  private ActorFinder.Hit affiliationWithin(Sentence s, int from, int to, boolean last) {
    ActorFinder.Hit named = null;
    ActorFinder.Hit generic = null;
    for (ActorFinder.Hit h : d.actorsOf(s)) {
      if (h.from() >= from
          && h.to() <= to
          && !CHANNELS.contains(h.canonical())
          && h.kind() != ActorMention.Kind.PERSON) {
        if (Lexicon.GENERIC_ACTORS.contains(h.canonical())) {
          generic = last || generic == null ? h : generic;
        } else if (named == null) {
          named = h;
        }
      }
    }
    return named != null ? named : generic;
  }

  private static Claimant.Standing standing(String name, String role, ActorFinder.Hit actor) {
    if (actor != null && STANDING_PARTY_KINDS.contains(actor.kind().name())) {
      return Claimant.Standing.PARTY;
    }
    String all = Discourse.lower(name + " " + (role == null ? "" : role));
    if (Lexicon.OUTLETS.contains(Discourse.lower(name))) {
      return Claimant.Standing.JOURNALIST;
    }
    String[] words = all.split("[^\\p{L}]+");
    for (String w : words) {
      if (Lexicon.NEUTRAL_WORDS.contains(w)) {
        return Claimant.Standing.NEUTRAL;
      }
    }
    for (String w : words) {
      if (Lexicon.PARTY_WORDS.contains(w)) {
        return Claimant.Standing.PARTY;
      }
    }
    return Claimant.Standing.UNKNOWN;
  }

  private Claimant resolvePronoun(String pronoun) {
    for (int k = memory.size() - 1; k >= 0; k--) {
      Claimant c = memory.get(k);
      boolean organisation = organisation(c);
      if ((pronoun.equals("he") || pronoun.equals("she")) && !organisation) {
        return c;
      }
      if ((pronoun.equals("it") || pronoun.equals("its")) && organisation) {
        return c;
      }
      if (pronoun.equals("they") || pronoun.equals("we")) {
        return c;
      }
    }
    return null;
  }

  private static boolean organisation(Claimant c) {
    String first = c.name().split("\\s+")[0];
    if (c.affiliation() != null && c.role() == null) {
      String l = Discourse.lower(c.name());
      return !(Character.isUpperCase(first.charAt(0))
              && !l.startsWith("the ")
              && !l.startsWith("a ")
              && c.name().split("\\s+").length >= 2
              && !Lexicon.isAcronym(first))
          || l.contains("statement");
    }
    String l = Discourse.lower(c.name());
    for (String w : l.split("[^\\p{L}]+")) {
      if (Lexicon.FORCE_NOUNS.contains(w)
          || w.equals("statement")
          || w.equals("ministry")
          || w.equals("coalition")
          || w.equals("group")
          || w.equals("movement")
          || w.equals("company")) {
        return true;
      }
    }
    return false;
  }

  /** "the politician" after "a local politician"; "the army" after "the Malian army". */
  private Claimant resolveDescription(
      String lower, ActorFinder.Hit actor, int from, int to, Sentence s) {
    String bare = lower.replaceFirst("^(the|a|an) ", "");
    for (int k = memory.size() - 1; k >= 0; k--) {
      Claimant c = memory.get(k);
      String other = Discourse.lower(c.name()).replaceFirst("^(the|a|an) ", "");
      if (other.equals(bare)) {
        return c;
      }
    }
    if (!lower.startsWith("the ") || to - from != 2) {
      return null;
    }
    String head = bare;
    for (int k = memory.size() - 1; k >= 0; k--) {
      Claimant c = memory.get(k);
      String[] words = Discourse.lower(c.name()).split("\\s+");
      if (words[words.length - 1].equals(head)) {
        return c;
      }
      if (actor != null
          && actor.kind() == ActorMention.Kind.STATE_FORCES
          && actor.canonical().equals(c.affiliation())) {
        return c;
      }
    }
    return null;
  }

  private static Claimant lastOf(List<Claimant> list) {
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }
}
