package dossier.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dossier eval}: scores a stage on a labelled public data set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a stage on labelled data; every subcommand takes --predictions FILE.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalParaphraseCommand.class,
      EvalStsCommand.class,
      EvalDerivationCommand.class,
      EvalEventsCommand.class,
      EvalReconcileCommand.class,
      EvalPlantedCommand.class
    })
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
