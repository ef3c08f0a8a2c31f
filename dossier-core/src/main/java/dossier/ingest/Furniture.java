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
   * when the rule names none.
   */
  private record Rule(String reason, Pattern pattern, boolean anchored, List<String> hints) {
    boolean matches(String line, String folded) {
      if (!hints.isEmpty() && hints.stream().noneMatch(folded::contains)) {
        return false;
      }
      Matcher m = pattern.matcher(line);
      return anchored ? m.lookingAt() : m.find();
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
                hints));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }
}
