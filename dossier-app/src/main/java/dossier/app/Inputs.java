package dossier.app;

import dossier.ingest.RawReport;
import dossier.ingest.RecurringLineRemover;
import dossier.ingest.ReportCleaner;
import dossier.io.ReportReader;
import dossier.model.Article;
import dossier.model.PackedArticles;
import dossier.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Inputs turns the paths of a command line into clean articles and rejections: it reads them with
 * {@link ReportReader}, cleans each report with {@link ReportCleaner}, then removes what each
 * outlet repeats across its reports with {@link RecurringLineRemover}.
 */
public final class Inputs {

  /** Articles in input order, and every input that did not become one. */
  public record Result(List<Article> articles, List<Rejection> rejections) {
    public Result {
      // A packed list is immutable already; copying it would unpack every article at once.
      articles = articles instanceof PackedArticles ? articles : List.copyOf(articles);
      rejections = List.copyOf(rejections);
    }
  }

  /** How the articles read are held. */
  public enum Holding {
    /** As articles: for stages that read each report many times. */
    PLAIN,
    /**
     * As {@link PackedArticles}, deflated: for corpora whose texts as strings would not fit the
     * heap, read by stages that take one report at a time.
     */
    PACKED
  }

  private Inputs() {}

  /**
   * How a command that reads each report one at a time should hold the reports of {@code paths}:
   * {@link Holding#PACKED} when their texts as strings (up to two bytes per byte read) would take
   * more than a quarter of {@code maxHeap}, {@link Holding#PLAIN} otherwise. A path counts as its
   * file's bytes, or its folder's files'; standard input, of unknown size, counts as large.
   */
  public static Holding holdingFor(List<String> paths, long maxHeap) {
    long bytes = 0;
    for (String p : paths) {
      if (p.equals("-")) {
        return Holding.PACKED;
      }
      bytes += size(Path.of(p));
    }
    return 2 * bytes > maxHeap / 4 ? Holding.PACKED : Holding.PLAIN;
  }

  /**
   * The bytes of a file or of a folder's files; 0 for what cannot be read (the reader says why).
   */
  private static long size(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /** Reads and cleans {@code paths}; {@code -} is standard input. */
  public static Result read(List<String> paths) {
    return read(paths, System.in, a -> {}, Holding.PLAIN);
  }

  /**
   * Reads and cleans {@code paths}, passing each article to {@code progress} as it is made (before
   * recurring lines are removed), in input order. Reports are cleaned in batches spread over the
   * cores ({@link ReportCleaner} is stateless), and counted for {@link RecurringLineRemover} as
   * they come; once all are read, each is stripped of its outlet's recurring paragraphs. Articles
   * and rejections keep the order of the input.
   */
  public static Result read(
      List<String> paths, InputStream stdin, Consumer<Article> progress, Holding holding) {
    ReportReader reader = new ReportReader(ReportReader.Config.defaults());
    RecurringLineRemover.Tally tally =
        new RecurringLineRemover(RecurringLineRemover.Config.defaults()).tally();
    Batches batches =
        new Batches(
            new ReportCleaner(ReportCleaner.Config.defaults()),
            a -> {
              tally.add(a);
              progress.accept(a);
            },
            holding);
    reader.read(paths, stdin, batches::add, batches::add);
    batches.flush();
    List<Article> cleaned =
        holding == Holding.PACKED
            ? batches.packed.build().map(tally::strip)
            : batches.articles.stream().map(tally::strip).toList();
    return new Result(cleaned, batches.rejections);
  }

  /** Reports read and not yet cleaned, and what the batches so far made. */
  private static final class Batches {
    /** Reports cleaned at a time: enough to keep the cores busy, few enough to hold. */
    static final int SIZE = 256;

    final ReportCleaner cleaner;
    final Consumer<Article> progress;
    final Holding holding;
    final List<Object> pending = new ArrayList<>(SIZE); // RawReport or Rejection, in input order
    final List<Article> articles = new ArrayList<>(); // PLAIN
    final PackedArticles.Builder packed = new PackedArticles.Builder(); // PACKED
    final List<Rejection> rejections = new ArrayList<>();

    Batches(ReportCleaner cleaner, Consumer<Article> progress, Holding holding) {
      this.cleaner = cleaner;
      this.progress = progress;
      this.holding = holding;
    }

    void add(RawReport raw) {
      pending.add(raw);
      if (pending.size() == SIZE) {
        flush();
      }
    }

    void add(Rejection rejection) {
      pending.add(rejection);
    }

    void flush() {
      List<Object> done =
          pending.parallelStream()
              .map(o -> o instanceof RawReport raw ? cleaner.clean(raw) : o)
              .toList();
      pending.clear();
      List<Article> made = new ArrayList<>(done.size());
      for (Object o : done) {
        if (!(o instanceof ReportCleaner.Outcome outcome)) {
          rejections.add((Rejection) o); // the reader's
        } else if (outcome.article() != null) {
          made.add(outcome.article());
          progress.accept(outcome.article());
        } else {
          rejections.add(outcome.rejection());
        }
      }
      if (holding == Holding.PACKED) {
        packed.addAll(made);
      } else {
        articles.addAll(made);
      }
    }
  }
}
