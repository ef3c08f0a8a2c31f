package dossier.claim;

import java.text.Normalizer;
import java.util.Locale;

/**
 * PlaceKey folds a place name to a key shared by its usual transliteration variants: accents, case,
 * spaces and hyphens go; "ou" and "hu" before a vowel become "w", another "ou" is "u", "q" becomes
 * "k", doubled letters are single and a final "e" after a consonant is dropped. So Tinzaouatene,
 * Tinzawaten and Tinzahuaten meet, and so do In-Afarak and In Afaraq.
 */
final class PlaceKey {
  private PlaceKey() {}

  static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    s = s.replaceAll("hu(?=[aeio])", "w").replaceAll("ou(?=[aeiy])", "w").replace("ou", "u");
    s = s.replace('q', 'k').replace("ck", "k");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        b.append(s.charAt(i));
      }
    }
    int n = b.length();
    if (n > 4 && b.charAt(n - 1) == 'e' && "aeiouwy".indexOf(b.charAt(n - 2)) < 0) {
      b.setLength(n - 1);
    }
    return b.toString();
  }
}
