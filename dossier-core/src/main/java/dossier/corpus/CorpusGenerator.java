package dossier.corpus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A CorpusGenerator builds a deterministic news corpus with planted wire families from real article
 * bodies, for benchmarks that need to know which reports are copies. Stories are the bodies
 * themselves, then new stories made from them by a word substitution; a share of the stories is
 * carried by other outlets as copies, each made by one known edit (verbatim, trimmed, reordered,
 * edited, paraphrased: see {@link CopyEditor}, which {@code bench reuse} uses too). Every report
 * gets an outlet and a publication time; copies follow their story by up to two days.
 *
 * <p>The same bodies, settings and seed always give the same corpus. Thread-safe.
 */
public final class CorpusGenerator {

  /**
   * Settings of generation.
   *
   * @param copied share of stories that get copies
   * @param maxCopies most copies of one story (each copied story gets 1 to this many)
   * @param outlets number of outlets reports are spread over
   * @param start the earliest publication time
   * @param days the span of days stories are published over
   */
  public record Config(double copied, int maxCopies, int outlets, Instant start, int days) {
    public Config {
      Objects.requireNonNull(start, "start");
      if (copied < 0 || copied > 1) {
        throw new IllegalArgumentException("copied must lie in [0, 1]");
      }
      if (maxCopies < 1 || outlets < 2 || days < 1) {
        throw new IllegalArgumentException("need maxCopies >= 1, outlets >= 2, days >= 1");
      }
    }

    public static Config defaults() {
      return new Config(0.25, 3, 40, Instant.parse("2024-01-01T00:00:00Z"), 365);
    }

    /** These settings with another share of copied stories. */
    public Config withCopied(double share) {
      return new Config(share, maxCopies, outlets, start, days);
    }
  }

  /** One generated report in the ingest line shape. */
  public record Report(String id, String outlet, String published, String title, String text) {
    /** Corpus order: by publication time, then id. */
    public static final Comparator<Report> ORDER = order(Report::published, Report::id);

    public Report {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }

    /** Corpus order over anything with a publication time and an id. */
    public static <T> Comparator<T> order(Function<T, String> published, Function<T, String> id) {
      return Comparator.comparing(published).thenComparing(id);
    }
  }

  /** A planted copy: the id of its story's report, its own id, and the edit that made it. */
  public record Planted(String story, String copy, CopyEditor.Edit edit) {}

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
    List<Report> reports = new ArrayList<>(articles);
    List<Planted> planted = generate(bodies, articles, seed, reports::add);
    reports.sort(Report.ORDER);
    return new Corpus(reports, planted);
  }

  /**
   * The reports of {@link #generate(List, int, long)}, each handed to {@code sink} as it is made
   * (in order of making, not of publication: sort them by {@link Report#ORDER}), for corpora too
   * large to hold; returns the planted copies.
   */
  public List<Planted> generate(
      List<String> bodies, int articles, long seed, Consumer<Report> sink) {
    List<String> usable = bodies.stream().filter(b -> b != null && !b.isBlank()).toList();
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no article bodies to build a corpus from");
    }
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be positive: " + articles);
    }
    Random random = new Random(seed);
    String[] vocabulary = CopyEditor.vocabulary(usable);
    if (vocabulary.length == 0) {
      vocabulary = new String[] {"report"};
    }
    CopyEditor.Edit[] edits = CopyEditor.Edit.values();
    long span = config.days() * 86_400L;
    List<Planted> planted = new ArrayList<>();
    int made = 0;
    int story = 0;
    while (made < articles) {
      String base = usable.get(story % usable.size());
      String text = story < usable.size() ? base : CopyEditor.encipher(base, vocabulary, random);
      Instant when = config.start().plusSeconds((long) (random.nextDouble() * span));
      int outlet = random.nextInt(config.outlets());
      String id = "story-" + story;
      sink.accept(report(id, outlet, when, text));
      made++;
      if (random.nextDouble() < config.copied()) {
        int copies = 1 + random.nextInt(config.maxCopies());
        for (int c = 0; c < copies && made < articles; c++) {
          CopyEditor.Edit edit = edits[random.nextInt(edits.length)];
          String copyId = id + "-copy-" + c + "-" + edit.name().toLowerCase(java.util.Locale.ROOT);
          int copyOutlet = (outlet + 1 + random.nextInt(config.outlets() - 1)) % config.outlets();
          Instant copyWhen = when.plusSeconds((long) (random.nextDouble() * 2 * 86_400));
          sink.accept(
              report(
                  copyId, copyOutlet, copyWhen, CopyEditor.copy(text, edit, vocabulary, random)));
          made++;
          planted.add(new Planted(id, copyId, edit));
        }
      }
      story++;
    }
    return planted;
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
}
