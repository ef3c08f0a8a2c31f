package dossier.app;

import dossier.ingest.RawReport;
import dossier.ingest.RecurringLineRemover;
import dossier.ingest.ReportCleaner;
import dossier.io.ReportReader;
import dossier.model.Article;
import dossier.model.Rejection;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Inputs turns the paths of a command line into clean articles and rejections: it reads them with
 * {@link ReportReader}, cleans each report with {@link ReportCleaner}, then removes what each
 * outlet repeats across its reports with {@link RecurringLineRemover}.
 */
public final class Inputs {

  /** Articles in input order, and every input that did not become one. */
  public record Result(List<Article> articles, List<Rejection> rejections) {
    public Result {
      articles = List.copyOf(articles);
      rejections = List.copyOf(rejections);
    }
  }

  private Inputs() {}

  /** Reads and cleans {@code paths}; {@code -} is standard input. */
  public static Result read(List<String> paths) {
    return read(paths, System.in, a -> {});
  }

  /**
   * Reads and cleans {@code paths}, passing each article to {@code progress} as it is made, in
   * input order. Reports are cleaned in batches spread over the cores ({@link ReportCleaner} is
   * stateless); articles and rejections keep the order of the input.
   */
  public static Result read(List<String> paths, InputStream stdin, Consumer<Article> progress) {
    ReportReader reader = new ReportReader(ReportReader.Config.defaults());
    Batches batches = new Batches(new ReportCleaner(ReportCleaner.Config.defaults()), progress);
    reader.read(paths, stdin, batches::add, batches::add);
    batches.flush();
    List<Article> cleaned =
        new RecurringLineRemover(RecurringLineRemover.Config.defaults()).remove(batches.articles);
    return new Result(cleaned, batches.rejections);
  }

  /** Reports read and not yet cleaned, and what the batches so far made. */
  private static final class Batches {
    /** Reports cleaned at a time: enough to keep the cores busy, few enough to hold. */
    static final int SIZE = 256;

    final ReportCleaner cleaner;
    final Consumer<Article> progress;
    final List<Object> pending = new ArrayList<>(SIZE); // RawReport or Rejection, in input order
    final List<Article> articles = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    Batches(ReportCleaner cleaner, Consumer<Article> progress) {
      this.cleaner = cleaner;
      this.progress = progress;
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
      for (Object o : done) {
        if (!(o instanceof ReportCleaner.Outcome outcome)) {
          rejections.add((Rejection) o); // the reader's
        } else if (outcome.article() != null) {
          articles.add(outcome.article());
          progress.accept(outcome.article());
        } else {
          rejections.add(outcome.rejection());
        }
      }
    }
  }
}
