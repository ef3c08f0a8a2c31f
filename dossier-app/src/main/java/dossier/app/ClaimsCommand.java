package dossier.app;

import dossier.claim.ClaimExtractor;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.pipeline.Pipeline;
import dossier.reuse.ReuseDetector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier claims}: reads reports and writes, per article, its quotations with speakers,
 * casualty claims, other quantities, dates, places and actors as JSONL, each with its evidence
 * span.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Read reports (as ingest does) and write one JSON object per article: id, source, quotes,"
          + " casualties, quantities, dates, places, actors, each item with its evidence span.",
      "Exit status: 0 all read, 3 some inputs rejected (each named on stderr), 2 usage, 1 failure."
    })
public final class ClaimsCommand implements Callable<Integer> {

  @Mixin ReportOptions options;

  @Option(
      names = "--no-family-dates",
      negatable = true,
      defaultValue = "true",
      description =
          "Let a report without a date take the date of its copies (reuse families) before"
              + " resolving weekdays (default: ${DEFAULT-VALUE}).")
  boolean familyDates;

  @Override
  public Integer call() throws IOException {
    Inputs.Result result = Inputs.read(options.paths);
    List<Article> articles = familyDates ? withFamilyDates(result.articles()) : result.articles();
    ClaimExtractor extractor = new ClaimExtractor(ClaimExtractor.Config.defaults());
    Map<String, ClaimSet> claims = extractor.extractAll(articles);
    ClaimExtractor.expansions(claims.values())
        .forEach(
            (acronym, expansions) -> {
              if (expansions.size() > 1) {
                System.err.println(
                    "dossier: reports expand " + acronym + " differently: " + expansions);
              }
            });
    try (OutputStream out = CommandOutput.open(options.output);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        writer.write(ClaimJson.toJson(a, claims.get(a.id())).toString());
        writer.write('\n');
      }
    }
    return IngestCommand.reportRejections(result.rejections(), System.err);
  }

  /** Articles without a date take the date of the earliest-dated member of their family. */
  static List<Article> withFamilyDates(List<Article> articles) {
    if (articles.stream().allMatch(a -> a.published() != null) || articles.size() < 2) {
      return articles;
    }
    ReuseDetector detector = new ReuseDetector(ReuseDetector.Config.defaults().withoutEmbeddings());
    return Pipeline.inheritFamilyDates(articles, detector.detect(articles));
  }
}
