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
   */
  private record Rule(String reason, Pattern pattern, boolean anchored) {
    boolean matches(String line) {
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
    for (Rule rule : RULES) {
      if (rule.matches(normal)) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
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
        int tab = line.indexOf('\t');
        String regex = line.substring(tab + 1);
        rules.add(
            new Rule(
                line.substring(0, tab),
                Pattern.compile(
                    regex,
                    Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS),
                anchored(regex)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }
}
