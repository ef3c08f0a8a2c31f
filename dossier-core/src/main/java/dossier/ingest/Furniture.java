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
import java.util.regex.Pattern;

/**
 * Furniture recognises lines that belong to a site rather than to the story (promos, newsletter
 * pleas, "Read also" links, captions, teaser headers, copyright) from the phrase rules in {@code
 * furniture.tsv}, which cover several languages.
 */
final class Furniture {

  /** Lines longer than this many words are story, whatever phrases they contain. */
  static final int MAX_WORDS = 40;

  private record Rule(String reason, Pattern pattern) {}

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
      if (rule.pattern().matcher(normal).find()) {
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
        rules.add(
            new Rule(
                line.substring(0, tab),
                Pattern.compile(
                    line.substring(tab + 1),
                    Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }
}
