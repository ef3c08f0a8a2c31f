package dossier.corpus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * A CorpusGenerator builds a deterministic news corpus with planted wire families from real article
 * bodies, for benchmarks that need to know which reports are copies. Stories are the bodies
 * themselves, then new stories made from them by a word substitution (every word mapped,
 * consistently within the story, to a random word of the bodies' vocabulary, so stories keep the
 * layout and repetitions of real news but share almost no word pairs). A share of the stories is
 * carried by other outlets as copies, each made by one known edit: verbatim (a credit line added),
 * trimmed (a leading 40-80% of paragraphs), reordered (paragraphs shuffled, 3% of words replaced)
 * or reworded (a share of longer words replaced and neighbouring words swapped). Every report gets
 * an outlet and a publication time; copies follow their story by up to two days.
 *
 * <p>The same bodies, settings and seed always give the same corpus. Thread-safe.
 */
public final class CorpusGenerator {

  /** How a planted copy was made from its story. */
  public enum Edit {
    VERBATIM,
    TRIMMED,
    REORDERED,
    REWORDED
  }

  /**
   * Settings of generation.
   *
   * @param copied share of stories that get copies
   * @param maxCopies most copies of one story (each copied story gets 1 to this many)
   * @param outlets number of outlets reports are spread over
   * @param start the earliest publication time
   * @param days the span of days stories are published over
   * @param rewordRate share of longer words a reworded copy replaces
   * @param swapRate share of neighbouring word pairs a reworded copy swaps
   */
  public record Config(
      double copied,
      int maxCopies,
      int outlets,
      Instant start,
      int days,
      double rewordRate,
      double swapRate) {
    public Config {
      Objects.requireNonNull(start, "start");
      if (copied < 0 || copied > 1 || rewordRate < 0 || rewordRate > 1) {
        throw new IllegalArgumentException("rates must lie in [0, 1]");
      }
      if (swapRate < 0 || swapRate > 1) {
        throw new IllegalArgumentException("swapRate must lie in [0, 1]");
      }
      if (maxCopies < 1 || outlets < 2 || days < 1) {
        throw new IllegalArgumentException("need maxCopies >= 1, outlets >= 2, days >= 1");
      }
    }

    public static Config defaults() {
      return new Config(0.25, 3, 40, Instant.parse("2024-01-01T00:00:00Z"), 365, 0.2, 0.1);
    }
  }

  /** One generated report in the ingest line shape. */
  public record Report(String id, String outlet, String published, String title, String text) {
    public Report {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A planted copy: the id of its story's report, its own id, and the edit that made it. */
  public record Planted(String story, String copy, Edit edit) {}

  /** A generated corpus: reports in publication order, and the planted copies. */
  public record Corpus(List<Report> reports, List<Planted> planted) {
    public Corpus {
      reports = List.copyOf(reports);
      planted = List.copyOf(planted);
    }

    /**
     * Every pair of reports planted in one family (a story and its copies), each as {@code "idA
     * idB"} with {@code idA < idB}: the pairs a reuse detector should call copies.
     */
    public Set<String> copyPairs() {
      Map<String, List<String>> families = new HashMap<>();
      for (Planted p : planted) {
        families.computeIfAbsent(p.story(), k -> new ArrayList<>(List.of(k))).add(p.copy());
      }
      Set<String> out = new LinkedHashSet<>();
      for (List<String> members : families.values()) {
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            out.add(pairKey(members.get(i), members.get(j)));
          }
        }
      }
      return out;
    }
  }

  /** The key of an unordered pair of ids, as in {@link Corpus#copyPairs}. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  private final Config config;

  public CorpusGenerator(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A corpus of {@code articles} reports made from {@code bodies} with seed {@code seed}. */
  public Corpus generate(List<String> bodies, int articles, long seed) {
    List<String> usable = bodies.stream().filter(b -> b != null && !b.isBlank()).toList();
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no article bodies to build a corpus from");
    }
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be positive: " + articles);
    }
    Random random = new Random(seed);
    String[] vocabulary = vocabulary(usable);
    Edit[] edits = Edit.values();
    long span = config.days() * 86_400L;
    List<Report> reports = new ArrayList<>(articles);
    List<Planted> planted = new ArrayList<>();
    int story = 0;
    while (reports.size() < articles) {
      String base = usable.get(story % usable.size());
      String text = story < usable.size() ? base : encipher(base, vocabulary, random);
      Instant when = config.start().plusSeconds((long) (random.nextDouble() * span));
      int outlet = random.nextInt(config.outlets());
      String id = "story-" + story;
      reports.add(report(id, outlet, when, text));
      if (random.nextDouble() < config.copied()) {
        int copies = 1 + random.nextInt(config.maxCopies());
        for (int c = 0; c < copies && reports.size() < articles; c++) {
          Edit edit = edits[random.nextInt(edits.length)];
          String copyId = id + "-copy-" + c + "-" + edit.name().toLowerCase(java.util.Locale.ROOT);
          int copyOutlet = (outlet + 1 + random.nextInt(config.outlets() - 1)) % config.outlets();
          Instant copyWhen = when.plusSeconds((long) (random.nextDouble() * 2 * 86_400));
          reports.add(report(copyId, copyOutlet, copyWhen, copy(text, edit, vocabulary, random)));
          planted.add(new Planted(id, copyId, edit));
        }
      }
      story++;
    }
    List<Report> ordered = new ArrayList<>(reports);
    ordered.sort(
        (x, y) -> {
          int byTime = x.published().compareTo(y.published());
          return byTime != 0 ? byTime : x.id().compareTo(y.id());
        });
    return new Corpus(ordered, planted);
  }

  private static Report report(String id, int outlet, Instant when, String text) {
    String title = firstWords(text, 8);
    return new Report(
        id, "outlet-" + outlet, when.truncatedTo(ChronoUnit.SECONDS).toString(), title, text);
  }

  private static String firstWords(String text, int count) {
    String[] words = text.strip().split("\\s+", count + 1);
    return String.join(" ", Arrays.asList(words).subList(0, Math.min(count, words.length)));
  }

  private static String[] vocabulary(List<String> bodies) {
    Set<String> words = new LinkedHashSet<>();
    for (String b : bodies) {
      for (String w : b.split("\\s+")) {
        String word = w.replaceAll("[^\\p{L}\\p{N}]", "");
        if (word.length() >= 4) {
          words.add(word);
        }
      }
    }
    if (words.isEmpty()) {
      words.add("report");
    }
    return words.toArray(new String[0]);
  }

  private String copy(String text, Edit edit, String[] vocabulary, Random random) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n+")));
    switch (edit) {
      case VERBATIM:
        return text + "\n\nDistributed by the agency wire service.";
      case TRIMMED:
        int keep =
            Math.max(1, (int) Math.round(paragraphs.size() * (0.4 + 0.4 * random.nextDouble())));
        return String.join("\n\n", paragraphs.subList(0, keep));
      case REORDERED:
        Collections.shuffle(paragraphs, random);
        return replaceWords(String.join("\n\n", paragraphs), 0.03, 1, vocabulary, random);
      case REWORDED:
        return swapNeighbours(
            replaceWords(text, config.rewordRate(), 4, vocabulary, random),
            config.swapRate(),
            random);
      default:
        throw new IllegalStateException(edit.name());
    }
  }

  /** Maps every word to a random vocabulary word, the same each time within one text. */
  private static String encipher(String text, String[] vocabulary, Random random) {
    Map<String, String> cipher = new HashMap<>();
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      String mapped =
          cipher.computeIfAbsent(word, w -> vocabulary[random.nextInt(vocabulary.length)]);
      out.append(
          Character.isUpperCase(word.charAt(0)) ? capitalised(mapped) : mapped.toLowerCase());
    }
    return out.toString();
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Replaces each word of at least {@code minLength} letters with probability {@code rate}. */
  private static String replaceWords(
      String text, double rate, int minLength, String[] vocabulary, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= minLength && random.nextDouble() < rate) {
        out.append(vocabulary[random.nextInt(vocabulary.length)].toLowerCase());
      } else {
        out.append(text, start, i);
      }
    }
    return out.toString();
  }

  /** Swaps neighbouring words inside each paragraph with probability {@code rate} per pair. */
  private static String swapNeighbours(String text, double rate, Random random) {
    String[] paragraphs = text.split("\n\n", -1);
    for (int p = 0; p < paragraphs.length; p++) {
      String[] words = paragraphs[p].split(" ");
      for (int k = 0; k + 1 < words.length; k++) {
        if (random.nextDouble() < rate) {
          String t = words[k];
          words[k] = words[k + 1];
          words[k + 1] = t;
          k++;
        }
      }
      paragraphs[p] = String.join(" ", words);
    }
    return String.join("\n\n", paragraphs);
  }
}
