package dossier.app.eval;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A MetadataScore counts how often an extractor's title, author and date agree with labelled ones:
 * the date by its {@code YYYY-MM-DD} prefix, title and author after folding case,
 * accents-as-written, whitespace and surrounding punctuation. Only labelled fields are counted.
 *
 * <p>Not thread-safe: one instance accumulates one run.
 */
public final class MetadataScore {
  private final Map<String, int[]> counts = new LinkedHashMap<>();

  /** Scores one page; {@code found} maps "title", "author", "date" to values (null: none). */
  public void add(Map<String, String> labelled, Map<String, String> found) {
    for (Map.Entry<String, String> e : labelled.entrySet()) {
      int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[2]);
      c[1]++;
      String value = found.get(e.getKey());
      if (value != null && agree(e.getKey(), e.getValue(), value)) {
        c[0]++;
      }
    }
  }

  /** Share of labelled {@code field} values the extractor got right. */
  public double accuracy(String field) {
    int[] c = counts.get(field);
    return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  /** Number of pages labelled with {@code field}. */
  public int labelled(String field) {
    int[] c = counts.get(field);
    return c == null ? 0 : c[1];
  }

  static boolean agree(String field, String expected, String found) {
    if (field.equals("date")) {
      return found.length() >= 10 && found.substring(0, 10).equals(expected.strip());
    }
    return fold(expected).equals(fold(found));
  }

  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\s+", " ").strip();
    return s.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
  }
}
