package dossier.reuse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words cuts text into word tokens (runs of letters and digits) folded to lower-case ASCII where a
 * letter has a plain base ("Goïta" reads as "goita"), with their character offsets. It also marks
 * function words, which carry no evidence of reuse. Stateless and thread-safe.
 */
final class Words {

  /** One token of a text: its folded form, offsets, and whether it began with a capital. */
  record Token(String norm, int start, int end, boolean capital) {}

  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "is",
          "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this",
          "that", "these", "those", "with", "by", "from", "as", "he", "she", "they", "we", "i",
          "you", "their", "his", "her", "our", "them", "him", "which", "who", "whom", "whose",
          "what", "there", "here", "than", "then", "so", "if", "into", "onto", "about", "after",
          "before", "over", "under", "up", "down", "out", "off", "also", "not", "no", "do", "does",
          "did", "will", "would", "can", "could", "may", "might", "should", "s", "t", "said",
          "says", "told", "while", "when", "where", "all", "some", "any", "such", "other", "more",
          "most", "very", "just", "only", "own", "same", "both", "each", "few", "further", "again",
          "once", "until", "against", "between", "through", "during", "above", "below", "why",
          "how", "because", "my", "me", "your", "us", "one");

  /** Function-word hashes in an open-addressing table (zero marks an empty slot). */
  private static final long[] FUNCTION_TABLE = new long[1024];

  static {
    for (String w : FUNCTION_WORDS) {
      long h = hash(w);
      int slot = (int) h & (FUNCTION_TABLE.length - 1);
      while (FUNCTION_TABLE[slot] != 0) {
        slot = (slot + 1) & (FUNCTION_TABLE.length - 1);
      }
      FUNCTION_TABLE[slot] = h;
    }
  }

  private static boolean isFunctionHash(long h) {
    int slot = (int) h & (FUNCTION_TABLE.length - 1);
    while (FUNCTION_TABLE[slot] != 0) {
      if (FUNCTION_TABLE[slot] == h) {
        return true;
      }
      slot = (slot + 1) & (FUNCTION_TABLE.length - 1);
    }
    return false;
  }

  private Words() {}

  /** The tokens of {@code text[from, to)}. */
  static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String raw = text.substring(start, i);
      out.add(new Token(fold(raw), start, i, Character.isUpperCase(c)));
    }
    return out;
  }

  /** Lower-case ASCII folding of one word. */
  static String fold(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) >= 128) {
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int j = 0; j < d.length(); j++) {
          char ch = d.charAt(j);
          if (Character.getType(ch) != Character.NON_SPACING_MARK) {
            sb.append(ch);
          }
        }
        return sb.toString();
      }
    }
    return lower;
  }

  private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
  }

  static boolean isFunctionWord(String norm) {
    return FUNCTION_WORDS.contains(norm);
  }

  /** A 64-bit hash of a folded word (FNV-1a then a finalising mix). */
  static long hash(CharSequence word) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0; k < word.length(); k++) {
      h ^= word.charAt(k);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** Murmur3's 64-bit finaliser. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Each character's lower-case ASCII-folded form, character by character: the character itself
   * when folding keeps it, {@link #FOLD_DROP} when folding drops it, {@link #FOLD_WHOLE} when its
   * fold is longer than one character and the word must be folded whole, {@link #NOT_WORD} for a
   * character that is no letter or digit.
   */
  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

  private static final char FOLD_DROP = 0;
  private static final char NOT_WORD = Character.MAX_VALUE - 1;
  private static final char FOLD_WHOLE = Character.MAX_VALUE;

  static {
    for (int c = 0; c < FOLD.length; c++) {
      char ch = (char) c;
      if (!isWordChar(ch)) {
        FOLD[c] = NOT_WORD;
        continue;
      }
      String f = fold(String.valueOf(ch));
      FOLD[c] = f.isEmpty() ? FOLD_DROP : f.length() == 1 ? f.charAt(0) : FOLD_WHOLE;
    }
  }

  /**
   * Hashes of the content-word bigrams of {@code text} (function words skipped), distinct, in the
   * order they first occur. Words are folded character by character as {@link #fold} folds them,
   * hashed as {@link #hash} hashes the folded word, and never copied.
   */
  static long[] contentBigrams(String text) {
    long[] out = new long[Math.max(16, text.length() / 8)];
    int n = 0;
    long previous = 0;
    boolean havePrevious = false;
    int len = text.length();
    int i = 0;
    while (i < len) {
      if (FOLD[text.charAt(i)] == NOT_WORD) {
        i++;
        continue;
      }
      long h = 0xcbf29ce484222325L;
      int start = i;
      boolean whole = false;
      while (i < len) {
        char ch = FOLD[text.charAt(i)];
        if (ch == NOT_WORD) {
          break;
        }
        i++;
        if (ch == FOLD_DROP) {
          continue;
        }
        whole |= ch == FOLD_WHOLE;
        h ^= ch;
        h *= 0x100000001b3L;
      }
      long word = whole ? hash(fold(text.substring(start, i))) : mix(h);
      if (isFunctionHash(word)) {
        continue;
      }
      if (havePrevious) {
        long shingle = mix(previous * 0x9E3779B97F4A7C15L + word);
        if (shingle == 0) {
          shingle = 1;
        }
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = shingle;
      }
      previous = word;
      havePrevious = true;
    }
    return distinct(out, n);
  }

  /** The distinct values among {@code values[0, n)} (none zero), in order of first occurrence. */
  private static long[] distinct(long[] values, int n) {
    long[] table = new long[Integer.highestOneBit(Math.max(8, n) * 2) * 2];
    int mask = table.length - 1;
    int kept = 0;
    for (int k = 0; k < n; k++) {
      long v = values[k];
      int slot = (int) (v ^ (v >>> 32)) & mask;
      while (table[slot] != 0 && table[slot] != v) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == 0) {
        table[slot] = v;
        values[kept++] = v;
      }
    }
    return java.util.Arrays.copyOf(values, kept);
  }
}
