package dossier.claim;

import java.text.Normalizer;

/**
 * PlaceKey folds a place name to a key shared by its usual transliteration variants: accents, case,
 * spaces and hyphens go; "ou" and "hu" before a vowel become "w", another "ou" is "u", "q" becomes
 * "k", doubled letters are single and a final "e" after a consonant is dropped. So Tinzaouatene,
 * Tinzawaten and Tinzahuaten meet, and so do In-Afarak and In Afaraq.
 */
final class PlaceKey {
  private PlaceKey() {}

  static String of(String name) {
    String folded = name;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 127) {
        folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        break;
      }
    }
    char[] c = new char[folded.length()];
    int n = 0;
    for (int i = 0; i < folded.length(); i++) {
      char ch = Character.toLowerCase(folded.charAt(i));
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        c[n++] = ch;
      }
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      char next = i + 1 < n ? c[i + 1] : 0;
      char after = i + 2 < n ? c[i + 2] : 0;
      if (ch == 'h' && next == 'u' && "aeio".indexOf(after) >= 0 && after != 0) {
        ch = 'w';
        i++;
      } else if (ch == 'o' && next == 'u') {
        ch = after != 0 && "aeiy".indexOf(after) >= 0 ? 'w' : 'u';
        i++;
      } else if (ch == 'q') {
        ch = 'k';
      } else if (ch == 'c' && next == 'k') {
        ch = 'k';
        i++;
      }
      if (b.length() == 0 || b.charAt(b.length() - 1) != ch) {
        b.append(ch);
      }
    }
    int len = b.length();
    if (len > 4 && b.charAt(len - 1) == 'e' && "aeiouwy".indexOf(b.charAt(len - 2)) < 0) {
      b.setLength(len - 1);
    }
    return b.toString();
  }
}
