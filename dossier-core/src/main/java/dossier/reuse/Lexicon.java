package dossier.reuse;

import dossier.text.NumberWords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Lexicon holds the word lists that drift detection reads: number words, qualifiers of
 * quantities, connectives, scope words, and verbs of action grouped into classes of like meaning (a
 * verb changed within its class is rewording; across classes it changes what happened).
 */
final class Lexicon {

  private Lexicon() {}

  /** Words of amount that are not cardinals ("dozens", "scores", "twice"). */
  static final Set<String> AMOUNT_WORDS =
      Set.of(
          "hundreds",
          "thousands",
          "millions",
          "dozen",
          "dozens",
          "tens",
          "scores",
          "half",
          "double",
          "twice",
          "triple");

  /** Qualifiers that bound or soften a quantity whatever follows them. */
  static final Set<String> QUALIFIERS_ALWAYS =
      Set.of(
          "at least",
          "at most",
          "more than",
          "less than",
          "fewer than",
          "up to",
          "as many as",
          "nearly",
          "almost",
          "approximately",
          "roughly",
          "reportedly",
          "allegedly",
          "possibly",
          "apparently",
          "an estimated",
          "no fewer than",
          "as few as");

  /** Qualifiers that bound a quantity only when a number follows ("about 20", "some 30"). */
  static final Set<String> QUALIFIERS_BEFORE_NUMBER = Set.of("about", "around", "some", "over");

  /** The first words of the qualifiers: a token that is none of them starts no qualifier. */
  static final Set<String> QUALIFIER_FIRST_WORDS =
      firstWords(QUALIFIERS_ALWAYS, QUALIFIERS_BEFORE_NUMBER);

  static final Set<String> CONNECTIVES = Set.of("and", "or", "nor");

  private static final Map<String, String> SCOPE = new HashMap<>();
  private static final Map<String, String> ACTION = new HashMap<>();

  static {
    scope("all", "all", "every", "entire", "whole", "total");
    scope("many", "many", "several", "multiple", "numerous", "various");
    scope("most", "most", "majority");
    scope("few", "few", "some");
    scope("only", "only", "solely", "just");
    action(
        "strike",
        "hit",
        "hits",
        "hitting",
        "struck",
        "strike",
        "strikes",
        "striking",
        "shot",
        "shoot",
        "shoots",
        "shooting",
        "downed",
        "bombed",
        "bomb",
        "bombs",
        "bombing",
        "shelled",
        "shelling",
        "targeted");
    action("ram", "ram", "rams", "rammed", "ramming", "collided", "collide", "collides");
    action(
        "kill",
        "kill",
        "kills",
        "killed",
        "killing",
        "slain",
        "slew",
        "executed",
        "massacred",
        "dead",
        "died",
        "die",
        "dies");
    action(
        "capture",
        "capture",
        "captures",
        "captured",
        "capturing",
        "arrested",
        "arrest",
        "arrests",
        "detained",
        "detain",
        "abducted",
        "kidnapped",
        "prisoner",
        "prisoners");
    action("wound", "wounded", "wound", "injured", "injure", "injuring", "hurt");
    action(
        "attack",
        "attack",
        "attacks",
        "attacked",
        "attacking",
        "assaulted",
        "assault",
        "raided",
        "raid",
        "ambushed",
        "ambush",
        "stormed");
    action(
        "withdraw",
        "withdraw",
        "withdrew",
        "withdrawn",
        "retreat",
        "retreated",
        "retreating",
        "fled",
        "flee",
        "flees",
        "pullback",
        "retrograde");
    action("surrender", "surrender", "surrendered", "surrenders");
    action("destroy", "destroy", "destroyed", "destroys", "demolished", "razed", "obliterated");
    action("deny", "deny", "denied", "denies", "rejected");
    action("confirm", "confirm", "confirmed", "confirms", "acknowledged", "admitted");
  }

  private static void scope(String group, String... words) {
    for (String w : words) {
      SCOPE.put(w, group);
    }
  }

  private static void action(String group, String... words) {
    for (String w : words) {
      ACTION.put(w, group);
    }
  }

  /** The class of a verb of action, or null. */
  static String actionClass(String norm) {
    return ACTION.get(norm);
  }

  /** The group of a scope word, or null. */
  static String scopeGroup(String norm) {
    return SCOPE.get(norm);
  }

  static boolean isNumber(String norm) {
    if (NumberWords.isCardinal(norm) || AMOUNT_WORDS.contains(norm)) {
      return true;
    }
    for (int i = 0; i < norm.length(); i++) {
      if (!Character.isDigit(norm.charAt(i))) {
        return false;
      }
    }
    return !norm.isEmpty();
  }

  /** True when two distinct word forms are likely spellings of one word or name. */
  static boolean similarSpelling(String a, String b) {
    return similarSpelling(a, 0, b, 0, false);
  }

  /**
   * {@link #similarSpelling(String, String)} given the {@link #letters} of each word, for a caller
   * that compares one word with many.
   */
  static boolean similarSpelling(String a, long lettersOfA, String b, long lettersOfB) {
    return similarSpelling(a, lettersOfA, b, lettersOfB, true);
  }

  private static boolean similarSpelling(
      String a, long lettersOfA, String b, long lettersOfB, boolean lettersKnown) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (la < 4 || lb < 4 || a.charAt(0) != b.charAt(0) || Math.abs(la - lb) > 3) {
      return false;
    }
    int limit = Math.max(1, (int) (0.3 * Math.max(la, lb)));
    long x = lettersKnown ? lettersOfA : letters(a);
    long y = lettersKnown ? lettersOfB : letters(b);
    // Most pairs differ in more letters than the limit allows, which counting letters shows.
    if (letterSetDistance(x, y) > limit
        || bagDistance(a, b) > limit
        || isNumber(a)
        || isNumber(b)) {
      return false;
    }
    return levenshtein(a, b, limit) <= limit;
  }

  /**
   * The characters of a word folded into the 64 bits of a mask, by their low six bits (as {@link
   * #bagDistance} folds them into bins).
   */
  static long letters(String word) {
    long mask = 0;
    for (int i = 0; i < word.length(); i++) {
      mask |= 1L << word.charAt(i); // a shift takes the low six bits of its count
    }
    return mask;
  }

  /**
   * A lower bound of the edit distance of two words from their {@link #letters}, cheaper and looser
   * than {@link #bagDistance}: the larger count of bits one mask has and the other lacks. Each such
   * bit needs an edit of its own.
   */
  static int letterSetDistance(long x, long y) {
    return Math.max(Long.bitCount(x & ~y), Long.bitCount(y & ~x));
  }

  /**
   * A lower bound of the edit distance: the characters of one string not matched by the other's,
   * counted as a multiset (the larger of the two directions), with characters folded into 64 bins
   * (folding only makes the count smaller, so it stays a bound). Each edit changes at most one
   * character of each side.
   */
  static int bagDistance(String a, String b) {
    int[] bins = new int[64];
    for (int i = 0; i < a.length(); i++) {
      bins[a.charAt(i) & 63]++;
    }
    for (int i = 0; i < b.length(); i++) {
      bins[b.charAt(i) & 63]--;
    }
    int more = 0;
    int fewer = 0;
    for (int v : bins) {
      if (v > 0) {
        more += v;
      } else {
        fewer -= v;
      }
    }
    return Math.max(more, fewer);
  }

  @SafeVarargs
  private static Set<String> firstWords(Set<String>... phrases) {
    Set<String> out = new HashSet<>();
    for (Set<String> set : phrases) {
      for (String p : set) {
        int space = p.indexOf(' ');
        out.add(space < 0 ? p : p.substring(0, space));
      }
    }
    return Set.copyOf(out);
  }

  /** Edit distance, or {@code limit + 1} once it is sure to exceed {@code limit}. */
  static int levenshtein(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
