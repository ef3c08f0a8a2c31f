package dossier.app;

import dossier.io.ArticleJson;
import dossier.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dossier ingest}: reads reports and writes clean articles with metadata as JSONL. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read reports (text, HTML, JSONL; files, folders, - for stdin) and write one clean article"
          + " per line as JSON.",
      "Exit status: 0 all read, 3 some inputs rejected (each named on stderr), 2 usage, 1 failure."
    })
public final class IngestCommand implements Callable<Integer> {

  @Mixin ReportOptions options;

  @Override
  public Integer call() throws IOException {
    Inputs.Result result = Inputs.read(options.paths);
    try (OutputStream out = CommandOutput.open(options.output);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (var article : result.articles()) {
        writer.write(ArticleJson.toLine(article));
        writer.write('\n');
      }
    }
    return reportRejections(result.rejections(), System.err);
  }

  /** Prints one line per rejection and returns the exit status it implies. */
  static int reportRejections(List<Rejection> rejections, PrintStream err) {
    for (Rejection r : rejections) {
      err.println("dossier: rejected " + r.message());
    }
    return rejections.isEmpty() ? Main.OK : Main.REJECTED;
  }
}
