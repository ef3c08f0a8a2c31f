package dossier.claim;

import dossier.model.Figure;
import dossier.model.Figure.Qualifier;
import dossier.text.NumberWords;
import java.util.List;
import java.util.OptionalInt;

/**
 * A FigureReader reads a number with its qualifier at a token: "at least 15", "between 6 and 8",
 * "about 100", "two", "a dozen", "1,000", "dozens", "dozens and dozens", "tens of thousands". Years
 * ("in 2023", "a 2020 coup") and days of months ("25 July") are not figures.
 */
final class FigureReader {

  /** A figure read over tokens {@code [from, to)}. */
  record Read(int from, int to, Figure figure) {}

  private FigureReader() {}

  static Read read(Discourse d, Sentence s, int i) {
    List<Token> t = s.tokens();
    int j = i;
    Qualifier q = Qualifier.EXACT;
    if (match(t, j, "at", "least")) {
      q = Qualifier.AT_LEAST;
      j += 2;
    } else if (match(t, j, "more", "than") || match(t, j, "upwards", "of")) {
      q = Qualifier.MORE_THAN;
      j += 2;
    } else if (match(t, j, "over") && number(t, j + 1) != null) {
      q = Qualifier.MORE_THAN;
      j += 1;
    } else if (match(t, j, "up", "to")
        || match(t, j, "at", "most")
        || match(t, j, "fewer", "than")
        || match(t, j, "less", "than")) {
      q = Qualifier.AT_MOST;
      j += 2;
    } else if (match(t, j, "as", "many", "as")) {
      q = Qualifier.AT_MOST;
      j += 3;
    } else if (match(t, j, "an", "estimated") || match(t, j, "close", "to")) {
      q = Qualifier.APPROXIMATE;
      j += 2;
    } else if ((match(t, j, "about")
            || match(t, j, "around")
            || match(t, j, "some")
            || match(t, j, "nearly")
            || match(t, j, "almost")
            || match(t, j, "approximately")
            || match(t, j, "roughly")
            || match(t, j, "roughly"))
        && number(t, j + 1) != null) {
      q = Qualifier.APPROXIMATE;
      j += 1;
    } else if (match(t, j, "between")) {
      long[] a = number(t, j + 1);
      if (a != null && a[2] == 0 && match(t, (int) a[1], "and")) {
        long[] b = number(t, (int) a[1] + 1);
        if (b != null && b[2] == 0 && b[0] >= a[0]) {
          String text = d.words(s, i, (int) b[1]);
          return new Read(i, (int) b[1], new Figure(a[0], b[0], Qualifier.BETWEEN, a[0], text));
        }
      }
      return null;
    }
    while (j < t.size() && t.get(j).isQuoteMark()) {
      j++;
    }
    long[] n = number(t, j);
    if (n == null) {
      return null;
    }
    int end = (int) n[1];
    if (end < t.size() && t.get(end).isQuoteMark() && j > i && t.get(j - 1).isQuoteMark()) {
      end++;
    }
    if (n[2] == 0 && isYear(t, j, n[0]) || isDayOfMonth(t, j)) {
      return null;
    }
    int textFrom = i;
    while (textFrom < end && t.get(textFrom).isQuoteMark()) {
      textFrom++;
    }
    int textTo = end;
    while (textTo > textFrom && t.get(textTo - 1).isQuoteMark()) {
      textTo--;
    }
    if (t.get(j).is("one") && (j + 1 >= t.size() || !t.get(j + 1).tag().equals("NOUN"))) {
      return null;
    }
    String text = d.words(s, textFrom, textTo);
    long value = n[0];
    Figure f;
    if (n[2] != 0) {
      long low = n[3];
      f = new Figure(low, null, Qualifier.VAGUE, value, text);
    } else {
      f =
          switch (q) {
            case AT_LEAST -> new Figure(value, null, q, value, text);
            case MORE_THAN -> new Figure(value + 1, null, q, value + 1, text);
            case AT_MOST -> new Figure(0, value, q, value, text);
            default -> new Figure(value, value, q, value, text);
          };
    }
    return new Read(i, end, f);
  }

  private static boolean isYear(List<Token> t, int j, long value) {
    if (value < 1900 || value > 2099 || t.get(j).text().length() != 4) {
      return false;
    }
    Token next = j + 1 < t.size() ? t.get(j + 1) : null;
    return next == null
        || next.capitalised()
        || !(next.tag().equals("NOUN") && next.lower().endsWith("s"));
  }

  private static boolean isDayOfMonth(List<Token> t, int j) {
    if (!t.get(j).text().matches("\\d{1,2}")) {
      return false;
    }
    boolean monthAfter = j + 1 < t.size() && Lexicon.MONTHS.contains(t.get(j + 1).lower());
    boolean monthBefore = j > 0 && Lexicon.MONTHS.contains(t.get(j - 1).lower());
    return monthAfter || monthBefore;
  }

  static boolean match(List<Token> t, int j, String... words) {
    if (j < 0 || j + words.length > t.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!t.get(j + k).is(words[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number at token {@code j}: {value, end token, vague flag, vague lower bound}; null when
   * there is none. Vague words carry ACLED's coding as value (dozens 12, tens 10, hundreds 100).
   */
  static long[] number(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    String w = t.get(j).lower();
    if (match(t, j, "dozens", "and", "dozens")) {
      return new long[] {12, j + 3, 1, 25};
    }
    if (match(t, j, "tens", "of", "thousands")) {
      return new long[] {10_000, j + 3, 1, 20_000};
    }
    if (match(t, j, "hundreds", "of", "thousands")) {
      return new long[] {100_000, j + 3, 1, 200_000};
    }
    switch (w) {
      case "dozens":
        return new long[] {12, j + 1, 1, 24};
      case "scores":
        return new long[] {20, j + 1, 1, 40};
      case "tens":
        return new long[] {10, j + 1, 1, 20};
      case "hundreds":
        return new long[] {100, j + 1, 1, 200};
      case "thousands":
        return new long[] {1000, j + 1, 1, 2000};
      default:
        break;
    }
    if ((w.equals("a") || w.equals("one")) && j + 1 < t.size()) {
      String next = t.get(j + 1).lower();
      if (next.equals("dozen")) {
        return new long[] {12, j + 2, 0, 0};
      }
      if (next.equals("hundred") || next.equals("thousand")) {
        return scaled(t, j + 1, 1);
      }
    }
    if (w.equals("dozen")) {
      return new long[] {12, j + 1, 0, 0};
    }
    // At most 18 digits: a longer run (an id, a phone number) is no count and overflows a long.
    if (w.matches("\\d{1,3}(,\\d{3}){1,5}|\\d{1,18}")) {
      long v = Long.parseLong(w.replace(",", ""));
      return scaled(t, j + 1, v);
    }
    if (w.matches("\\d+\\.\\d+") && j + 1 < t.size() && t.get(j + 1).is("million")) {
      return new long[] {Math.round(Double.parseDouble(w) * 1_000_000), j + 2, 0, 0};
    }
    Integer word = wordValue(w);
    if (word != null && word > 0 && !w.equals("hundred") && !w.equals("thousand")) {
      return scaled(t, j + 1, word);
    }
    return null;
  }

  private static long[] scaled(List<Token> t, int k, long v) {
    if (k < t.size()) {
      String next = t.get(k).lower();
      if (next.equals("hundred")) {
        return new long[] {v * 100, k + 1, 0, 0};
      }
      if (next.equals("thousand")) {
        return new long[] {v * 1000, k + 1, 0, 0};
      }
      if (next.equals("million")) {
        return new long[] {v * 1_000_000, k + 1, 0, 0};
      }
    }
    return new long[] {v, k, 0, 0};
  }

  private static Integer wordValue(String w) {
    OptionalInt v = NumberWords.value(w);
    if (v.isPresent()) {
      return v.getAsInt();
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      OptionalInt tens = NumberWords.value(w.substring(0, dash));
      OptionalInt ones = NumberWords.value(w.substring(dash + 1));
      if (tens.isPresent() && ones.isPresent() && tens.getAsInt() >= 20 && ones.getAsInt() < 10) {
        return tens.getAsInt() + ones.getAsInt();
      }
    }
    return null;
  }
}
