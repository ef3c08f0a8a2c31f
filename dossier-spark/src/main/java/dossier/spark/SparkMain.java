package dossier.spark;

import dossier.model.Rejection;
import dossier.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier spark}: the main class of the Spark job, for {@code spark-submit} on a cluster and
 * for the launcher's local mode. It lives in the Spark module, not in the application jar, so that
 * the default {@code dossier} jar stays free of Spark's few hundred megabytes of jars.
 */
@Command(
    name = "dossier spark",
    mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline on Apache Spark over JSONL (the ingest line shape) or Parquet reports,"
          + " and write pairs, families, claims, events, records and rejections as JSONL or"
          + " Parquet to DIR.",
      "Exit status: 0 all read, 3 some inputs rejected, 2 usage, 1 failure."
    })
public final class SparkMain implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "JSONL or Parquet files or folders (any Hadoop path).")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the JSONL outputs to (any Hadoop path).")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*]).")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions of the cleaned reports (default: Spark's parallelism).")
  int partitions;

  @Option(
      names = "--through",
      paramLabel = "STEP",
      defaultValue = "records",
      description =
          "Last step: families (reuse pairs and wire families only), events (dedup and"
              + " grouping: families and events, no claims or records) or records (default:"
              + " ${DEFAULT-VALUE}).")
  String through;

  @Option(
      names = "--event-window-days",
      paramLabel = "DAYS",
      defaultValue = "0",
      description =
          "Group events in time windows of DAYS days on the executors, merged across window"
              + " edges (default 0: over the whole corpus on the driver, as `analyze` does).")
  int eventWindowDays;

  @Option(
      names = "--lexical",
      description =
          "Without sentence embeddings: reuse aligns on words alone and events group on words and"
              + " names (faster; see docs/benchmarks.md for what it costs in quality).")
  boolean lexical;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "Output format: jsonl or parquet (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("jsonl") && !format.equals("parquet")) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--format must be jsonl or parquet: " + format);
    }
    DossierJob.Through last =
        switch (through) {
          case "families" -> DossierJob.Through.FAMILIES;
          case "events" -> DossierJob.Through.EVENTS;
          case "records" -> DossierJob.Through.RECORDS;
          default ->
              throw new CommandLine.ParameterException(
                  new CommandLine(this),
                  "--through must be families, events or records: " + through);
        };
    long start = System.nanoTime();
    try (SparkSession spark = session(master)) {
      DossierJob.Result result =
          new DossierJob(
                  DossierJob.Config.defaults()
                      .withPartitions(partitions)
                      .withThrough(last)
                      .withEventWindowDays(eventWindowDays)
                      .withPipeline(
                          lexical ? Pipeline.Config.lexical() : Pipeline.Config.defaults()))
              .run(spark, inputs);
      long writing = System.nanoTime();
      if (format.equals("parquet")) {
        ParquetOutput.write(result, output, spark);
      } else {
        JsonlOutput.write(result, output, spark.sparkContext().hadoopConfiguration());
      }
      double written = (System.nanoTime() - writing) / 1e9;
      int families = result.families().size();
      System.out.printf(
          Locale.ROOT,
          "%d report(s), %d pair(s), %d wire famil%s, %d event(s) in %.1f s; wrote %s%n",
          result.reports(),
          result.links().count(),
          families,
          families == 1 ? "y" : "ies",
          result.events().size(),
          (System.nanoTime() - start) / 1e9,
          output);
      StringBuilder steps = new StringBuilder("  steps:");
      result
          .seconds()
          .forEach((step, s) -> steps.append(String.format(Locale.ROOT, " %s %.1f s;", step, s)));
      steps.append(String.format(Locale.ROOT, " writing %.1f s", written));
      System.out.println(steps);
      for (Rejection r : result.rejections()) {
        System.err.println("dossier: rejected " + r.source() + ": " + r.reason());
      }
      return result.rejections().isEmpty() ? 0 : 3;
    }
  }

  /**
   * Spark's share of the heap for execution and cached blocks when the user sets none: less than
   * Spark's 0.6, because the job's own work runs in the rest. An event window's clusterer holds the
   * window's events and their term sums (gigabytes at 10^6 reports), a reuse partition its pairs
   * and sentences, while the cached reports and links are serialized and spill to disk when the
   * smaller share is full (docs/spark.md).
   */
  static final String MEMORY_FRACTION = "0.3";

  /**
   * A Spark session on {@code master}, else on the master spark-submit set, else on local[*]; a
   * local session binds to the loopback address only. Settings given as {@code spark.*} system
   * properties (or by spark-submit) win over the job's defaults.
   */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf();
    String url = master != null ? master : conf.get("spark.master", "local[*]");
    SparkSession.Builder builder = SparkSession.builder().appName("dossier").master(url);
    if (!conf.contains("spark.memory.fraction")) {
      builder.config("spark.memory.fraction", MEMORY_FRACTION);
    }
    if (url.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    return builder.getOrCreate();
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("dossier: " + ex);
          return 1;
        });
    System.exit(cli.execute(args));
  }
}
