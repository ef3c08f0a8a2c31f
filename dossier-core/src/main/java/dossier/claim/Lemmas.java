package dossier.claim;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lemmas gives the lemma of a word for the words the claim rules read by lemma (reporting verbs,
 * casualty words, people nouns): an irregular form from a table, else the first of the usual
 * English inflections ("-s", "-es", "-ies", "-ed", "-ing", doubled consonants, a dropped "e") whose
 * stem is one of those lemmas; any other word is its own lower-cased form. It stands in for
 * OpenNLP's statistical lemmatizer, which costs about four fifths of the analysis time, and can be
 * swapped back with {@link ClaimExtractor.Config#statisticalLemmas()}.
 */
final class Lemmas {

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("told", "tell"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("dealt", "deal"),
          Map.entry("struck", "strike"),
          Map.entry("held", "hold"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("died", "die"),
          Map.entry("dying", "die"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("children", "child"),
          Map.entry("slain", "slay"),
          Map.entry("was", "be"),
          Map.entry("were", "be"),
          Map.entry("been", "be"),
          Map.entry("is", "be"),
          Map.entry("are", "be"),
          Map.entry("had", "have"),
          Map.entry("has", "have"),
          Map.entry("suffered", "suffer"),
          Map.entry("suffering", "suffer"),
          Map.entry("suffers", "suffer"));

  private static final Set<String> KNOWN = new HashSet<>();

  static {
    KNOWN.addAll(Lexicon.REPORTING_VERBS);
    KNOWN.addAll(Counter.KIND_WORDS.keySet());
    KNOWN.addAll(Counter.ACTION_VERBS);
    KNOWN.addAll(Counter.HUMAN_NOUNS);
    KNOWN.addAll(Set.of("suffer", "target", "position", "objective", "statement", "speak"));
  }

  private Lemmas() {}

  static String of(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (KNOWN.contains(w)) {
      return w;
    }
    int n = w.length();
    if (n > 4 && w.endsWith("ies") && KNOWN.contains(w.substring(0, n - 3) + "y")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("ied") && KNOWN.contains(w.substring(0, n - 3) + "y")) {
      return w.substring(0, n - 3) + "y";
    }
    for (String suffix : new String[] {"es", "s", "ed", "d", "ing"}) {
      if (n > suffix.length() + 1 && w.endsWith(suffix)) {
        String stem = w.substring(0, n - suffix.length());
        if (KNOWN.contains(stem)) {
          return stem;
        }
        if (KNOWN.contains(stem + "e")) {
          return stem + "e";
        }
        int m = stem.length();
        if (m > 2
            && stem.charAt(m - 1) == stem.charAt(m - 2)
            && KNOWN.contains(stem.substring(0, m - 1))) {
          return stem.substring(0, m - 1);
        }
      }
    }
    return w;
  }
}
