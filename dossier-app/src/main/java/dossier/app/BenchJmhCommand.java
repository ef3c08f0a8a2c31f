package dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code dossier bench jmh}: the JMH micro-benchmarks of the hot loops ({@link
 * CandidateSearchBenchmark}), with JMH's own options passed through (e.g. {@code -f 1 -wi 2},
 * {@code -p data=FILE}, {@code -rf json -rff out.json}, or a benchmark name pattern); without a
 * pattern every benchmark in the jar runs.
 */
@Command(
    name = "jmh",
    mixinStandardHelpOptions = true,
    description =
        "JMH micro-benchmarks of candidate search's hot loops, against java-lsh and JDK sorts.")
public final class BenchJmhCommand implements Callable<Integer> {

  /** Everything after {@code jmh} that is not this command's own option goes to JMH. */
  @Unmatched List<String> jmhOptions = new ArrayList<>();

  @Override
  public Integer call() throws RunnerException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(jmhOptions.toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      System.err.println("dossier bench jmh: " + e.getMessage());
      return 2;
    }
    new Runner(options).run();
    return 0;
  }
}
