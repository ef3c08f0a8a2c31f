package dossier.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command line: one subcommand per pipeline stage, plus evaluation. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    version = "dossier 0.1.0",
    description = "Turns news reports into an evidence dossier per event.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      ReuseCommand.class,
      AddCommand.class,
      ServeCommand.class,
      ClaimsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      GenCorpusCommand.class
    })
public final class Main implements Runnable {

  /** Exit status when every input was read. */
  public static final int OK = 0;

  /** Exit status for a failure of the environment (unwritable output, ...). */
  public static final int FAILURE = 1;

  /** Exit status for a usage error. */
  public static final int USAGE = 2;

  /** Exit status when some inputs were rejected but the others went through. */
  public static final int REJECTED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("dossier: " + ex.getMessage());
          return FAILURE;
        });
    return cli.execute(args);
  }
}
