package dossier.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that read reports and write one result: inputs and {@code -o}. */
final class ReportOptions {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - (stdin).")
  List<String> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout.")
  Path output;
}
