package dossier.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of the commands that work on a dossier store: where it is and how events are made.
 */
final class StoreOptions {

  @Option(
      names = "--analysis",
      defaultValue = "stages",
      description =
          "How events are made: stages (the analysis pipeline: reuse, claims, events, reconcile) or"
              + " none (store reports only; default: ${DEFAULT-VALUE}).")
  Analyses.Kind analysis;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "dossier.db",
      description = "SQLite store (created when missing; default: ${DEFAULT-VALUE}).")
  Path db;
}
