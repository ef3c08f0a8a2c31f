package dossier.text;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * NumberWords reads English cardinal number words ("two", "seventeen", "fifty", "hundred") as their
 * values; the stages that compare or extract figures share this one list.
 */
public final class NumberWords {

  private static final Map<String, Integer> VALUES = values();

  private NumberWords() {}

  /** The value of a lower-case cardinal word, if it is one. */
  public static OptionalInt value(String lowerCaseWord) {
    Integer v = VALUES.get(lowerCaseWord);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /** Whether a lower-case word is a cardinal number word. */
  public static boolean isCardinal(String lowerCaseWord) {
    return VALUES.containsKey(lowerCaseWord);
  }

  private static Map<String, Integer> values() {
    String[] small = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < small.length; i++) {
      out.put(small[i], i);
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      out.put(tens[i], 30 + 10 * i);
    }
    out.put("hundred", 100);
    out.put("thousand", 1000);
    out.put("million", 1_000_000);
    return Map.copyOf(out);
  }
}
