package dossier.app;

import dossier.ingest.RawReport;
import dossier.io.ReportReader;
import dossier.model.Rejection;
import dossier.store.DossierStore;
import dossier.web.ReportIntake;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dossier add}: adds reports to a dossier store, as the web app's upload does. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add reports (text, HTML, JSON, JSONL; files, folders, - for stdin) to a dossier store and"
          + " update the events they touch. Adding a known input again changes nothing; a changed"
          + " input for a known URL is kept as a revision.",
      "Exit status: 0 all read, 3 some inputs rejected (each named on stderr), 2 usage, 1 failure."
    })
public final class AddCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - (stdin).")
  List<String> paths;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws IOException {
    List<RawReport> raws = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    new ReportReader(ReportReader.Config.defaults())
        .read(paths, System.in, raws::add, rejections::add);
    try (DossierStore store = DossierStore.open(storeOptions.db)) {
      ReportIntake.Tally tally =
          new ReportIntake(store, Analyses.of(storeOptions.analysis))
              .take(raws, rejections, ReportIntake.Progress.none());
      System.out.printf(
          "dossier: %d added, %d revised, %d already known, %d rejected; %d event(s) updated;"
              + " %s holds %d report(s)%n",
          tally.added(),
          tally.revised(),
          tally.duplicates(),
          tally.rejections().size(),
          tally.eventsChanged().size(),
          storeOptions.db,
          store.counts().reports());
      return IngestCommand.reportRejections(tally.rejections(), System.err);
    }
  }
}
