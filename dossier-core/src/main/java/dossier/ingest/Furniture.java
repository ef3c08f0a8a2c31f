package dossier.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Furniture recognises lines that belong to a site rather than to the story (promos, newsletter
 * pleas, "Read also" links, captions, teaser headers, copyright) from the phrase rules in {@code
 * furniture.tsv}, which cover several languages.
 */
final class Furniture {

  /** Lines longer than this many words are story, whatever phrases they contain. */
  static final int MAX_WORDS = 40;

  /**
   * A phrase rule. {@code anchored}: its pattern begins with {@code ^} outside any alternation, so
   * the only match {@code find} could give starts the line, and trying that one place answers.
   * {@code hints}: strings one of which every match holds (case-folded, see {@link #fold}); empty
   * when the rule names none. {@code starts}: the case-folded characters a match of an anchored
   * rule can begin with, or {@code null} when any may (see {@link #firstCharacters}).
   */
  private record Rule(
      String reason, Pattern pattern, boolean anchored, List<String> hints, String starts) {
    boolean matches(String line, String folded) {
      if (starts != null && starts.indexOf(folded.charAt(0)) < 0) {
        return false;
      }
      if (!hints.isEmpty() && !holdsAny(folded)) {
        return false;
      }
      Matcher m = pattern.matcher(line);
      return anchored ? m.lookingAt() : m.find();
    }

    /** Whether {@code folded} holds one of the hints (a loop: this runs for every short line). */
    private boolean holdsAny(String folded) {
      for (String hint : hints) {
        if (folded.contains(hint)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Rule> RULES = load();
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Furniture() {}

  /** The reason {@code line} is furniture, if it is. */
  static Optional<String> reason(String line) {
    String normal = WHITESPACE.matcher(line.strip()).replaceAll(" ");
    if (normal.isEmpty() || words(normal) > MAX_WORDS) {
      return Optional.empty();
    }
    String folded = fold(normal);
    for (Rule rule : RULES) {
      if (rule.matches(normal, folded)) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text} with each character case-folded as the rules' case-insensitive matching folds it
   * (lower case of upper case: the long s and the Kelvin sign become {@code s} and {@code k}), so
   * that a line holds a rule's hint whenever the rule could match it.
   */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
    }
    return new String(out);
  }

  /** Words of {@code text}, as splitting it on runs of {@code \s} counts them. */
  static int words(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    // strip() removes every leading and trailing \s character, so each run inside ends a word.
    int words = 1;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (ws && !space) {
        words++;
      }
      space = ws;
    }
    return words;
  }

  /**
   * Whether {@code regex} begins with {@code ^} and has no {@code |} outside parentheses and
   * character classes (an alternative there would not be anchored).
   */
  static boolean anchored(String regex) {
    if (!regex.startsWith("^")) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 1; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The case-folded characters a match of the anchored {@code regex} can begin with, when its start
   * is plain enough to tell: {@code ^} then a literal character, or a group of alternatives each
   * beginning so (groups nest). {@code null} when any character may begin a match: a class, an
   * escape other than an escaped punctuation mark, an optional or empty start.
   */
  static String firstCharacters(String regex) {
    if (!regex.startsWith("^")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    return firstCharacters(regex, 1, out) < 0 ? null : out.toString();
  }

  /**
   * Adds the first characters of the expression at {@code at} to {@code out}; returns the index
   * after the element read, or -1 when its first characters cannot be told.
   */
  private static int firstCharacters(String regex, int at, StringBuilder out) {
    if (at >= regex.length()) {
      return -1;
    }
    char c = regex.charAt(at);
    int end;
    if (c == '(') {
      int from = regex.startsWith("(?:", at) ? at + 3 : at + 1;
      if (from < regex.length() && regex.charAt(from) == '?') {
        return -1; // a look-around or flag group
      }
      // Each alternative of the group, up to its closing parenthesis.
      int depth = 0;
      int start = from;
      end = -1;
      for (int i = from; i < regex.length() && end < 0; i++) {
        char d = regex.charAt(i);
        if (d == '\\') {
          i++;
        } else if (d == '[') {
          while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
          }
        } else if (d == '(') {
          depth++;
        } else if (d == ')' && depth > 0) {
          depth--;
        } else if ((d == '|' || d == ')') && depth == 0) {
          if (i == start || firstCharacters(regex.substring(0, i), start, out) < 0) {
            return -1;
          }
          start = i + 1;
          if (d == ')') {
            end = i + 1;
          }
        }
      }
      if (end < 0) {
        return -1;
      }
    } else if (c == '\\') {
      if (at + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(at + 1))) {
        return -1;
      }
      out.append(fold(String.valueOf(regex.charAt(at + 1))));
      end = at + 2;
    } else if ("[.^$|)?*+{".indexOf(c) >= 0 || Character.isSurrogate(c)) {
      return -1;
    } else {
      out.append(fold(String.valueOf(c)));
      end = at + 1;
    }
    // An element that may be absent does not decide the first character.
    if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
      return -1;
    }
    return end;
  }

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    try (InputStream in = Furniture.class.getResourceAsStream("furniture.tsv")) {
      if (in == null) {
        throw new IllegalStateException("furniture.tsv missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields.length > 3) {
          throw new IllegalStateException(
              "furniture.tsv: not reason<TAB>regex[<TAB>hints]: " + line);
        }
        String regex = fields[1];
        List<String> hints = fields.length == 3 ? List.of(fields[2].split("\\|")) : List.of();
        for (String hint : hints) {
          if (hint.isEmpty() || !hint.equals(fold(hint))) {
            throw new IllegalStateException("furniture.tsv: hints must be folded: " + line);
          }
        }
        rules.add(
            new Rule(
                fields[0],
                Pattern.compile(
                    regex,
                    Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS),
                anchored(regex),
                hints,
                anchored(regex) ? firstCharacters(regex) : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }
}
