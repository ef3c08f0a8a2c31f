package dossier.claim;

import dossier.model.ActorMention;
import dossier.text.NumberWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Lexicon holds the phrase lists the extractors read by: reporting cues, casualty words, number
 * words, calendar names, demonyms and known armed actors with their aliases. Immutable.
 */
final class Lexicon {

  /** Lemmas of verbs that report speech or a claim. */
  static final Set<String> REPORTING_VERBS =
      Set.of(
          "say",
          "add",
          "tell",
          "claim",
          "assert",
          "state",
          "report",
          "announce",
          "declare",
          "insist",
          "explain",
          "warn",
          "note",
          "acknowledge",
          "admit",
          "confirm",
          "deny",
          "allege",
          "write",
          "describe",
          "speak",
          "point",
          "cite",
          "accuse",
          "estimate",
          "indicate",
          "recount",
          "recall",
          "stress",
          "reveal",
          "maintain",
          "argue",
          "affirm",
          "mention",
          "quote",
          "testify",
          "contend",
          "conclude",
          "reply",
          "respond",
          "tweet");

  /** Canonical actors that name a kind of side rather than one organisation. */
  static final Set<String> GENERIC_ACTORS =
      Set.of("separatists", "jihadists", "civilians", "state forces");

  /** Reporting verbs that need a following cue word to report ("speaks of", "points to"). */
  static final Map<String, String> VERB_PARTICLES = Map.of("speak", "of", "point", "to");

  /** Words that stop a speaker's noun phrase when read leftwards. */
  static final Set<String> CLAUSE_WORDS =
      Set.of(
          "that",
          "but",
          "which",
          "who",
          "whom",
          "while",
          "whereas",
          "because",
          "since",
          "although",
          "though",
          "however",
          "meanwhile",
          "so",
          "if",
          "when",
          "where",
          "as",
          "after",
          "before",
          "then",
          "yet",
          "whether",
          "than");

  static final Set<String> AUXILIARIES =
      Set.of(
          "had",
          "has",
          "have",
          "was",
          "were",
          "is",
          "are",
          "be",
          "been",
          "also",
          "only",
          "itself",
          "himself",
          "herself",
          "themselves",
          "reportedly",
          "later",
          "then",
          "again",
          "previously",
          "earlier",
          "once",
          "already",
          "however",
          "further",
          "publicly",
          "officially",
          "not",
          "never",
          "barely",
          "rarely",
          "would",
          "will",
          "could",
          "did",
          "does",
          "do",
          "'s",
          "’s",
          "separately",
          "first");

  static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "this", "its", "their", "his", "her", "we", "i");

  static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Nouns for people fighting or belonging to a side. */
  static final Set<String> FORCE_NOUNS =
      Set.of(
          "army",
          "armies",
          "forces",
          "force",
          "troops",
          "military",
          "soldiers",
          "soldier",
          "government",
          "authorities",
          "junta",
          "police",
          "gendarmerie",
          "air force",
          "units");

  /** Words that make a claimant a side in the fighting. */
  static final Set<String> PARTY_WORDS =
      Set.of(
          "army",
          "military",
          "forces",
          "junta",
          "government",
          "ministry",
          "rebel",
          "rebels",
          "separatist",
          "separatists",
          "jihadist",
          "jihadists",
          "militia",
          "insurgent",
          "insurgents",
          "spokesman",
          "spokeswoman",
          "commander",
          "fighters",
          "coalition",
          "mercenary",
          "mercenaries",
          "troops",
          "soldier",
          "soldiers",
          "armed",
          "movement",
          "group",
          "alliance",
          "column",
          "company",
          "statement",
          "communique",
          "communiqué");

  /** Words that make a claimant neutral. */
  static final Set<String> NEUTRAL_WORDS =
      Set.of(
          "politician",
          "resident",
          "residents",
          "witness",
          "witnesses",
          "un",
          "united",
          "nations",
          "mission",
          "ngo",
          "aid",
          "doctor",
          "hospital",
          "official",
          "elder",
          "source",
          "sources",
          "local",
          "observer",
          "observers",
          "analyst",
          "researcher",
          "diplomat",
          "humanitarian",
          "monitor",
          "lawmaker",
          "mayor",
          "priest",
          "imam",
          "worker",
          "personnel",
          "unhcr");

  static final Set<String> OUTLETS =
      Set.of(
          "afp",
          "reuters",
          "ap",
          "bbc",
          "rfi",
          "al jazeera",
          "cnn",
          "associated press",
          "agence france-presse",
          "xinhua",
          "tass",
          "ria novosti",
          "anadolu",
          "dpa",
          "efe",
          "ansa",
          "le monde",
          "jeune afrique");

  record ActorEntry(String canonical, ActorMention.Kind kind) {}

  private final Map<String, ActorEntry> aliases = new HashMap<>();
  private final int longestAlias;
  private final Set<String> firstWords = new HashSet<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Set<String> properWords = new HashSet<>();

  private static final class Shared {
    static final Lexicon INSTANCE = new Lexicon();
  }

  static Lexicon shared() {
    return Shared.INSTANCE;
  }

  private Lexicon() {
    int longest = 1;
    for (String[] r : read("actors.tsv")) {
      ActorEntry e = new ActorEntry(r[0], ActorMention.Kind.valueOf(r[1]));
      for (String alias : r[2].split("\\|")) {
        String key = normal(alias);
        aliases.putIfAbsent(key, e);
        String first = key.split(" ")[0];
        firstWords.add(first);
        firstWords.add(first + "s");
        longest = Math.max(longest, key.split(" ").length);
        for (String w : alias.split("[ ]+")) {
          if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
            properWords.add(isAcronym(w) ? w : w.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    longestAlias = longest;
    for (String[] r : read("demonyms.tsv")) {
      demonyms.put(r[0].toLowerCase(Locale.ROOT), r[1]);
      properWords.add(r[0].toLowerCase(Locale.ROOT));
    }
    properWords.addAll(MONTHS);
    properWords.addAll(WEEKDAYS);
    for (String outlet : OUTLETS) {
      properWords.add(outlet.length() <= 3 ? outlet.toUpperCase(Locale.ROOT) : outlet);
    }
    for (String cc : Locale.getISOCountries()) {
      for (String w : new Locale("", cc).getDisplayCountry(Locale.ENGLISH).split(" ")) {
        if (w.length() > 3) {
          properWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  static boolean isAcronym(String w) {
    if (w.length() < 2 || !w.matches("[\\p{L}\\p{N}.&-]+")) {
      return false;
    }
    int upper = 0;
    for (char c : w.toCharArray()) {
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 1 && Character.isUpperCase(w.charAt(0));
  }

  private static final java.util.regex.Pattern HYPHEN =
      java.util.regex.Pattern.compile("\\s*-\\s*");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static String normal(String phrase) {
    String s =
        phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-').replace('—', '-');
    if (s.indexOf('-') >= 0) {
      s = HYPHEN.matcher(s).replaceAll("-");
    }
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** Whether some alias starts with this word (lower-cased). */
  boolean startsAlias(String word) {
    return firstWords.contains(normal(word));
  }

  /** Words to capitalise when true-casing text written in capitals (acronyms in capitals). */
  Set<String> properWords(Set<String> placeNames) {
    Set<String> all = new HashSet<>(properWords);
    for (String w : placeNames) {
      if (!commonWord(w)) {
        all.add(w);
      }
    }
    return all;
  }

  /** English words that are also the names of places ("Police", "Mobile", "Reading"). */
  private static final Set<String> COMMON_PLACE_WORDS =
      Set.of(
          "police",
          "mobile",
          "reading",
          "split",
          "nice",
          "bath",
          "sale",
          "orange",
          "hope",
          "union",
          "unity",
          "liberty",
          "progress",
          "victoria",
          "independence",
          "opportunity",
          "enterprise",
          "paradise",
          "march",
          "best",
          "goes",
          "still",
          "bury",
          "deal",
          "wells",
          "marion",
          "commerce",
          "industry",
          "university",
          "lincoln",
          "florence",
          "corona",
          "aurora",
          "center",
          "centre",
          "mission",
          "providence",
          "friendship",
          "garden",
          "grove",
          "normal",
          "power",
          "pride",
          "rainbow",
          "sunrise",
          "sunset",
          "trinity",
          "ville",
          "worth",
          "york",
          "guard",
          "sandstorm",
          "fighting",
          "north",
          "south",
          "east",
          "west",
          "central");

  private static boolean commonWord(String w) {
    return COMMON_PLACE_WORDS.contains(w)
        || REPORTING_VERBS.contains(w)
        || CLAUSE_WORDS.contains(w)
        || AUXILIARIES.contains(w)
        || FORCE_NOUNS.contains(w)
        || PARTY_WORDS.contains(w)
        || NEUTRAL_WORDS.contains(w)
        || NumberWords.isCardinal(w);
  }

  /** The country code of a demonym ("Malian" → ML), or null. */
  String demonym(String word) {
    return demonyms.get(word.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", ""));
  }

  int longestAlias() {
    return longestAlias;
  }

  /**
   * The actor an alias names, or null. {@code exact} is the text as written: short acronyms must be
   * written in capitals ("AU", not "au").
   */
  ActorEntry actor(String phrase, String exact) {
    String key = normal(phrase);
    ActorEntry e = aliases.get(key);
    if (e == null && key.endsWith("s")) {
      e = aliases.get(key.substring(0, key.length() - 1));
    }
    if (e != null
        && key.length() <= 4
        && !key.contains(" ")
        && !isAcronym(exact.replace(".", ""))) {
      return null;
    }
    return e;
  }

  static boolean isNumberWord(String lower) {
    return NumberWords.isCardinal(lower);
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("/dossier/claim/" + name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon file " + name + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + name, e);
    }
    return rows;
  }
}
