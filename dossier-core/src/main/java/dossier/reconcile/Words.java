package dossier.reconcile;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Words compares short texts (quotations, claimant names) by their content words. */
final class Words {

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "are", "was", "were", "has", "have", "had", "been", "that", "this",
          "with", "from", "its", "their", "his", "her", "our", "of", "in", "a", "an", "to", "is",
          "be", "by", "on", "at", "as", "or");

  private Words() {}

  /** Shared content words over the smaller set, in [0, 1]; 0 when either has none. */
  static double overlap(String a, String b) {
    Set<String> x = content(a);
    Set<String> y = content(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : x) {
      if (y.contains(w)) {
        shared++;
      }
    }
    return shared / (double) Math.min(x.size(), y.size());
  }

  /** True when two texts have the same words in the same order, ignoring case and punctuation. */
  static boolean sameWords(String a, String b) {
    return normal(a).equals(normal(b));
  }

  static String normal(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static Set<String> content(String s) {
    Set<String> out = new HashSet<>();
    for (String w : normal(s).split(" ")) {
      if (w.length() >= 3 && !STOP.contains(w)) {
        out.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return out;
  }
}
