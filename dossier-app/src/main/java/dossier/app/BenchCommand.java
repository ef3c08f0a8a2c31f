package dossier.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dossier bench}: measures a stage's speed against a named peer in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark a stage against a peer library in the same run.",
    subcommands = {
      BenchReuseCommand.class,
      BenchClaimsCommand.class,
      BenchEventsCommand.class,
      BenchJmhCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
