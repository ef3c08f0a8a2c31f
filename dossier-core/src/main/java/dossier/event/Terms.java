package dossier.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms turns text into lower-cased word counts for TF-IDF. Function words are kept (inverse
 * document frequency weighs them down) and so are figures, which tell one happening from a similar
 * one; only single letters and possessive endings are dropped. On ECB+ topics 1-25, stemming
 * lowered the grouping score and a stop list did not raise it. Stateless.
 */
final class Terms {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

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

  /** The index form of a word, or {@code null} for a single letter. */
  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    int apostrophe = w.indexOf('\'');
    if (apostrophe >= 0) {
      w = w.substring(0, apostrophe);
    }
    if (w.isEmpty() || w.length() < 2 && !Character.isDigit(w.charAt(0))) {
      return null;
    }
    return w;
  }
}
