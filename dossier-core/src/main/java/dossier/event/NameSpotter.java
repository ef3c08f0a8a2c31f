package dossier.event;

import dossier.model.Article;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NameSpotter finds likely named entities in English text as runs of capitalised words ("Betty
 * Ford Center", "CSP-DPA", "Kidal"), joined by lower-case name particles ("of", "de", "al"). A
 * single word that is capitalised only because it opens a sentence counts only when the same text
 * also capitalises it elsewhere. Each name gives a key for the whole phrase and one per longer
 * word, so "Lohan" meets "Lindsay Lohan". Keys are lower-cased and stripped of accents. Stateless.
 */
final class NameSpotter {

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*|[.!?:;\"“”()\\[\\]\\n]");

  /** Combining marks, dropped from keys. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> PARTICLES =
      Set.of("of", "de", "du", "des", "la", "le", "al", "el", "bin", "van", "von", "der", "da");

  /** Capitalised words that are grammar, time or titles rather than names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "to",
          "for",
          "of",
          "by",
          "from",
          "with",
          "and",
          "or",
          "but",
          "as",
          "after",
          "before",
          "when",
          "while",
          "if",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "its",
          "their",
          "our",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "what",
          "who",
          "where",
          "why",
          "how",
          "mr",
          "mrs",
          "ms",
          "dr",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "read",
          "also",
          "said",
          "says",
          "according",
          "however",
          "meanwhile",
          "so",
          "yet",
          "no",
          "not",
          "all",
          "some",
          "one",
          "two",
          "three",
          "today",
          "yesterday",
          "tomorrow",
          "update",
          "updated",
          "photo",
          "video",
          "click",
          "share");

  private NameSpotter() {}

  /** Name keys of an article's title and body. */
  static Set<String> keys(Article article) {
    String title = article.title() == null ? "" : article.title() + "\n";
    return spot(title + article.text()).keySet();
  }

  /** Name keys of {@code text} mapped to the first surface form seen, in order of appearance. */
  static Map<String, String> spot(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    // Words the text capitalises away from a sentence start are names wherever they occur.
    Set<String> midSentence = new HashSet<>();
    boolean start = true;
    for (String t : tokens) {
      if (isBreak(t)) {
        start = true;
        continue;
      }
      if (!start && isCapitalised(t)) {
        midSentence.add(t);
      }
      start = false;
    }
    Map<String, String> keys = new LinkedHashMap<>();
    List<String> run = new ArrayList<>();
    start = true;
    boolean runAtStart = false;
    for (int i = 0; i <= tokens.size(); i++) {
      String t = i < tokens.size() ? tokens.get(i) : "\n";
      boolean brk = isBreak(t);
      boolean cap = !brk && isCapitalised(t) && !NOT_NAMES.contains(t.toLowerCase(Locale.ROOT));
      boolean particle =
          !run.isEmpty()
              && PARTICLES.contains(t)
              && i + 1 < tokens.size()
              && isCapitalised(tokens.get(i + 1));
      if (cap || particle) {
        if (run.isEmpty()) {
          runAtStart = start;
        }
        run.add(t);
      } else {
        emit(run, runAtStart, midSentence, keys);
        run.clear();
      }
      start = brk;
    }
    return keys;
  }

  private static void emit(
      List<String> run, boolean atStart, Set<String> midSentence, Map<String, String> keys) {
    if (run.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>(run);
    if (atStart
        && words.size() == 1
        && !midSentence.contains(words.get(0))
        && !isAcronym(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && PARTICLES.contains(words.get(0))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return;
    }
    String surface = String.join(" ", words);
    keys.putIfAbsent(key(surface), surface);
    if (words.size() > 1) {
      for (String w : words) {
        if (w.length() >= 4 && !PARTICLES.contains(w)) {
          keys.putIfAbsent(key(w), w);
        }
      }
    }
  }

  static String key(String surface) {
    // ASCII has nothing to decompose and no marks: most names skip the normalisation.
    String plain =
        isAscii(surface)
            ? surface
            : MARKS
                .matcher(Normalizer.normalize(surface, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('’', '\'');
    if (plain.endsWith("'s")) {
      plain = plain.substring(0, plain.length() - 2);
    }
    return plain.toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBreak(String t) {
    return t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0));
  }

  private static boolean isCapitalised(String t) {
    return Character.isUpperCase(t.charAt(0));
  }

  private static boolean isAcronym(String t) {
    return t.length() >= 2
        && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
