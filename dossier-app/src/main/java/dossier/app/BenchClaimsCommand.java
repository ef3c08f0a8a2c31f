package dossier.app;

import dossier.claim.ClaimExtractor;
import dossier.model.Article;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier bench claims}: claim extraction in tokens per second against OpenNLP's own
 * analysis (sentences, tokens, POS, with and without its lemmatizer) in the same run.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Time claim extraction over the reports (read as ingest does) against OpenNLP alone, in"
          + " interleaved rounds; prints tokens per second and ms per article (median round)."
    })
public final class BenchClaimsCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - (stdin).")
  List<String> paths;

  @Option(
      names = "--rounds",
      defaultValue = "21",
      description = "Rounds to time (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    Inputs.Result result = Inputs.read(paths);
    List<Article> articles = ClaimsCommand.withFamilyDates(result.articles());
    ClaimsBench.run(
        new ClaimExtractor(ClaimExtractor.Config.defaults()), articles, rounds, System.out);
    return IngestCommand.reportRejections(result.rejections(), System.err);
  }
}
