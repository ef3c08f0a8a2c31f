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

  /** Reads and cleans {@code paths}, passing each article to {@code progress} as it is made. */
  public static Result read(List<String> paths, InputStream stdin, Consumer<Article> progress) {
    ReportReader reader = new ReportReader(ReportReader.Config.defaults());
    ReportCleaner cleaner = new ReportCleaner(ReportCleaner.Config.defaults());
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    reader.read(
        paths,
        stdin,
        (RawReport raw) -> {
          ReportCleaner.Outcome outcome = cleaner.clean(raw);
          if (outcome.article() != null) {
            articles.add(outcome.article());
            progress.accept(outcome.article());
          } else {
            rejections.add(outcome.rejection());
          }
        },
        rejections::add);
    List<Article> cleaned =
        new RecurringLineRemover(RecurringLineRemover.Config.defaults()).remove(articles);
    return new Result(cleaned, rejections);
  }
}
