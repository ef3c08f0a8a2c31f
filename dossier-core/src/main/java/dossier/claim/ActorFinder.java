package dossier.claim;

import dossier.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ActorFinder finds actors in a sentence: aliases of known actors, a nation's forces ("Malian
 * armed forces", "Mali's army"), the forces of the report's own country ("the army", "junta
 * forces"), acronyms with the expansion a report gives them ("Support Group for Islam and Muslims
 * (JNIM)"), other acronyms, and titled people ("Colonel Assimi Goita").
 */
final class ActorFinder {

  /** An actor found over tokens {@code [from, to)} of a sentence. */
  record Hit(int from, int to, String canonical, ActorMention.Kind kind, String expansion) {}

  private static final Set<String> FORCE_HEADS =
      Set.of("army", "armies", "forces", "troops", "military", "soldiers", "soldier", "units");
  private static final Set<String> FORCE_MODIFIERS =
      Set.of("armed", "national", "regular", "government", "junta", "state", "'s", "’s");
  private static final Set<String> TITLES =
      Set.of(
          "colonel",
          "col.",
          "general",
          "gen.",
          "commander",
          "captain",
          "lieutenant",
          "major",
          "president",
          "minister",
          "sergeant",
          "leader",
          "chief",
          "mr",
          "mr.",
          "mrs",
          "ms",
          "dr",
          "dr.",
          "sheikh",
          "imam",
          "prime",
          "spokesman",
          "spokeswoman");
  private static final Set<String> EXPANSION_GLUE =
      Set.of(
          "of", "the", "for", "and", "in", "de", "du", "des", "la", "le", "–", "-", "—", "al", "’s",
          "'s");

  private final Lexicon lexicon;

  ActorFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static String forcesOf(String countryName) {
    return "Military Forces of " + countryName;
  }

  List<Hit> find(Sentence s, String homeCountry) {
    List<Hit> hits = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      Hit h = at(t, i, homeCountry);
      if (h == null) {
        i++;
      } else {
        hits.add(h);
        i = h.to();
      }
    }
    return hits;
  }

  private Hit at(List<Token> t, int i, String home) {
    Token first = t.get(i);
    if (first.isPunct()) {
      return null;
    }
    // An acronym defined in parentheses: Long Name (ACR).
    if (i + 2 < t.size()
        && first.is("(")
        && Lexicon.isAcronym(t.get(i + 1).text())
        && t.get(i + 2).is(")")) {
      return null; // handled from the expansion's start, below
    }
    Hit expansion = expansion(t, i);
    if (expansion != null) {
      return expansion;
    }
    int longest = lexicon.startsAlias(first.text()) ? lexicon.longestAlias() : 0;
    for (int n = Math.min(longest, t.size() - i); n >= 1; n--) {
      String phrase = join(t, i, i + n);
      Lexicon.ActorEntry e = lexicon.actor(phrase, phrase);
      if (e != null) {
        return new Hit(i, i + n, e.canonical(), e.kind(), null);
      }
    }
    Hit forces = forces(t, i, home);
    if (forces != null) {
      return forces;
    }
    if (TITLES.contains(first.lower()) && i + 1 < t.size() && t.get(i + 1).capitalised()) {
      int j = i + 1;
      while (j < t.size() && t.get(j).capitalised() && !t.get(j).isPunct() && j - i <= 4) {
        j++;
      }
      if (!first.lower().startsWith("spokes") && !first.lower().equals("leader")) {
        return new Hit(i, j, join(t, i + 1, j), ActorMention.Kind.PERSON, null);
      }
    }
    if (Lexicon.isAcronym(first.text())
        && first.text().replaceAll("[^A-Z]", "").length() >= 2
        && !Lexicon.OUTLETS.contains(first.lower())
        && !Gazetteer.shared().knowsCountry(first.text())
        && Gazetteer.shared().place(first.text(), java.util.Set.of()) == null
        && !capitalsAround(t, i)) {
      return new Hit(i, i + 1, first.text(), ActorMention.Kind.ORGANISATION, null);
    }
    return null;
  }

  private Hit expansion(List<Token> t, int i) {
    if (!t.get(i).capitalised() || t.get(i).isPunct()) {
      return null;
    }
    int j = i;
    while (j < t.size()
        && (t.get(j).capitalised() || EXPANSION_GLUE.contains(t.get(j).lower()))
        && !t.get(j).is("(")) {
      j++;
    }
    if (j - i < 2
        || j + 2 >= t.size()
        || !t.get(j).is("(")
        || !Lexicon.isAcronym(t.get(j + 1).text())
        || !t.get(j + 2).is(")")) {
      return null;
    }
    String acronym = t.get(j + 1).text();
    int start = alignedStart(t, i, j, acronym);
    String expansion = join(t, start, j);
    Lexicon.ActorEntry known = lexicon.actor(acronym, acronym);
    if (known == null) {
      known = lexicon.actor(expansion, expansion);
    }
    String canonical = known == null ? acronym : known.canonical();
    ActorMention.Kind kind = known == null ? kindOf(expansion) : known.kind();
    return new Hit(start, j + 3, canonical, kind, expansion.replaceAll(" ([’'])", "$1"));
  }

  private static final java.util.Set<String> UNCOUNTED =
      java.util.Set.of(
          "of", "the", "and", "in", "de", "du", "des", "la", "le", "al", "–", "-", "—", "’s", "'s");

  /**
   * Where the expansion of {@code acronym} starts in the capitalised run {@code [i, j)}: the first
   * word from which the initials of the words (less "of", "the", "and") spell the acronym, else the
   * run without a leading "The".
   */
  private static int alignedStart(List<Token> t, int i, int j, String acronym) {
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
    for (int start = i; start < j; start++) {
      if (!t.get(start).capitalised() || UNCOUNTED.contains(t.get(start).lower())) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (int k = start; k < j; k++) {
        Token w = t.get(k);
        if (!UNCOUNTED.contains(w.lower()) && !w.text().isEmpty()) {
          initials.append(Character.toUpperCase(w.text().charAt(0)));
        }
      }
      if (initials.toString().equals(letters)) {
        return start;
      }
    }
    return t.get(i).is("the") && j - i > 2 ? i + 1 : i;
  }

  private static ActorMention.Kind kindOf(String name) {
    String l = name.toLowerCase(Locale.ROOT);
    if (l.matches(".*\\b(islam|jihad|muslim|caliphate|qaeda|state)\\b.*")) {
      return ActorMention.Kind.MILITANT_GROUP;
    }
    if (l.matches(".*\\b(movement|front|liberation|alliance|coalition|framework|army|rebel).*")) {
      return ActorMention.Kind.REBEL_GROUP;
    }
    return ActorMention.Kind.ORGANISATION;
  }

  private Hit forces(List<Token> t, int i, String home) {
    Token first = t.get(i);
    String country = lexicon.demonym(first.text());
    int j = i + 1;
    if (country == null
        && first.capitalised()
        && j < t.size()
        && (t.get(j).is("'s") || t.get(j).is("’s"))) {
      Gazetteer.Entry c = Gazetteer.shared().country(first.text());
      if (c != null && j < t.size() && (t.get(j).is("'s") || t.get(j).is("’s"))) {
        country = c.country();
        j++;
      }
    }
    if (country != null) {
      while (j < t.size() && FORCE_MODIFIERS.contains(t.get(j).lower())) {
        j++;
      }
      if (j < t.size() && FORCE_HEADS.contains(t.get(j).lower())) {
        return new Hit(i, j + 1, forcesOf(countryName(country)), kindFor(country, home), null);
      }
      if (j < t.size() && (t.get(j).is("allies") || t.get(j).is("ally"))) {
        return new Hit(i, j + 1, forcesOf(countryName(country)), kindFor(country, home), null);
      }
      return null;
    }
    // The report's own country's forces: "the army", "junta forces", "the national army".
    if (first.is("the") || first.is("junta") || first.is("government")) {
      int k = first.is("the") ? i + 1 : i;
      int mods = 0;
      while (k < t.size() && FORCE_MODIFIERS.contains(t.get(k).lower())) {
        k++;
        mods++;
      }
      if (k < t.size()
          && FORCE_HEADS.contains(t.get(k).lower())
          && !t.get(k).is("soldier")
          && (first.is("the") || mods > 0 || k > i)
          && (k + 1 >= t.size() || !t.get(k + 1).tag().equals("PROPN"))) {
        return new Hit(
            i,
            k + 1,
            home == null ? "state forces" : forcesOf(home),
            ActorMention.Kind.STATE_FORCES,
            null);
      }
    }
    return null;
  }

  private static ActorMention.Kind kindFor(String country, String home) {
    return home == null || countryName(country).equals(home)
        ? ActorMention.Kind.STATE_FORCES
        : ActorMention.Kind.EXTERNAL_FORCES;
  }

  private static final Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  static String countryName(String cc) {
    return NAMES.computeIfAbsent(cc, c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH));
  }

  /**
   * Whether a neighbouring word is in capitals too (a shouted line: "READ ALSO", "KEEP READING").
   */
  private static boolean capitalsAround(List<Token> t, int i) {
    for (int k : new int[] {i - 1, i + 1}) {
      if (k >= 0
          && k < t.size()
          && t.get(k).text().length() > 1
          && Lexicon.isAcronym(t.get(k).text())
          && t.get(k).text().matches("\\p{L}+")) {
        return true;
      }
    }
    return false;
  }

  static String join(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(t.get(k).text());
    }
    return b.toString();
  }
}
