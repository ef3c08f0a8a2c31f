package dossier.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms turns text into lower-cased, lightly stemmed content-word counts for TF-IDF: stop words,
 * single letters and bare numbers under four digits are dropped; a plural or possessive "s" is cut.
 * Stateless.
 */
final class Terms {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "me",
          "more",
          "most",
          "my",
          "myself",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "ourselves",
          "out",
          "over",
          "own",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "yours",
          "yourself",
          "said",
          "says",
          "say",
          "told",
          "according",
          "one",
          "two",
          "new",
          "first",
          "last",
          "year",
          "years",
          "week",
          "day",
          "time",
          "s",
          "t",
          "mr",
          "mrs",
          "ms",
          "may",
          "might",
          "must",
          "shall",
          "us",
          "yet",
          "since",
          "around",
          "still",
          "however",
          "many",
          "much",
          "well",
          "even",
          "back",
          "like",
          "made",
          "make",
          "get",
          "got");

  private Terms() {}

  /** Sublinear counts {@code 1 + ln(tf)} of the content terms of {@code text}. */
  static Map<String, Double> count(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String term = normalise(m.group());
      if (term != null) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    Map<String, Double> out = new HashMap<>(counts.size() * 2);
    counts.forEach((term, tf) -> out.put(term, 1 + Math.log(tf)));
    return out;
  }

  /** The index form of a word, or {@code null} when it carries no topical content. */
  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    int apostrophe = w.indexOf('\'');
    if (apostrophe >= 0) {
      w = w.substring(0, apostrophe);
    }
    if (w.length() < 2 || STOP_WORDS.contains(w)) {
      return null;
    }
    if (Character.isDigit(w.charAt(0))) {
      // Years and long numbers identify happenings; small counts do not.
      return w.length() >= 4 && w.chars().allMatch(Character::isDigit) ? w : null;
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
