package dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dossier.corpus.CorpusGenerator;
import dossier.ingest.RecurringLineRemover;
import dossier.ingest.ReportCleaner;
import dossier.io.DossierJson;
import dossier.io.ReportReader;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Rejection;
import dossier.pipeline.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2] gives what the local pipeline gives, on the seeds and a corpus. */
class DossierJobIT {

  private static final ObjectMapper JSON = DossierJson.mapper();
  private static final Path SEEDS = Path.of("../examples/tinzaouaten");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkMain.session("local[2]");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void writesWhatTheLocalPipelineFindsOnTheSeeds(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String text : seedTexts()) {
      lines.add(JSON.createObjectNode().put("text", text).toString());
    }
    lines.add("{not json");
    Path input = dir.resolve("seeds.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);

    Local local = local(input);
    DossierJob.Result result =
        new DossierJob(DossierJob.Config.defaults()).run(spark, List.of(input.toString()));
    Path out = dir.resolve("out");
    JsonlOutput.write(result, out.toString(), spark.sparkContext().hadoopConfiguration());

    assertThat(local.dossier().reuse().families()).isNotEmpty();
    assertThat(local.dossier().records()).isNotEmpty();
    assertThat(readLines(out.resolve("pairs.jsonl")))
        .isEqualTo(tree(local.dossier().reuse().links()));
    assertThat(readLines(out.resolve("families.jsonl")))
        .isEqualTo(tree(local.dossier().reuse().families()));
    assertThat(readLines(out.resolve("claims.jsonl"))).isEqualTo(claims(local.dossier()));
    assertThat(readLines(out.resolve("events.jsonl"))).isEqualTo(tree(local.dossier().events()));
    assertThat(readLines(out.resolve("records.jsonl"))).isEqualTo(tree(local.dossier().records()));
    assertThat(readLines(out.resolve("rejections.jsonl")))
        .isEqualTo(tree(local.rejections()))
        .hasSize(1);
  }

  @Test
  void findsWhatTheLocalPipelineFindsOnAGeneratedCorpus(@TempDir Path dir) throws IOException {
    CorpusGenerator.Corpus corpus =
        new CorpusGenerator(CorpusGenerator.Config.defaults()).generate(seedTexts(), 150, 7);
    List<String> lines = new ArrayList<>();
    for (CorpusGenerator.Report r : corpus.reports()) {
      lines.add(JSON.writeValueAsString(r));
    }
    Path input = dir.resolve("corpus.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);

    long t0 = System.nanoTime();
    Local local = local(input);
    long t1 = System.nanoTime();
    DossierJob.Result result =
        new DossierJob(DossierJob.Config.defaults().withPartitions(3))
            .run(spark, List.of(input.toString()));
    System.out.printf(
        "local %.1f s, spark %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);

    Dossier expected = local.dossier();
    Dossier actual = result.dossier();
    assertThat(expected.reuse().families()).hasSizeGreaterThan(10);
    assertThat(tree(actual.articles())).isEqualTo(tree(expected.articles()));
    assertThat(tree(actual.reuse().links())).isEqualTo(tree(expected.reuse().links()));
    assertThat(tree(actual.reuse().families())).isEqualTo(tree(expected.reuse().families()));
    assertThat(claims(actual)).isEqualTo(claims(expected));
    assertThat(tree(actual.events())).isEqualTo(tree(expected.events()));
    assertThat(tree(actual.records())).isEqualTo(tree(expected.records()));

    // Events grouped and reconciled on the executors, in one window that spans the corpus.
    Dossier windowed =
        new DossierJob(
                DossierJob.Config.defaults().withPartitions(3).withEventWindowDays(1_000_000))
            .run(spark, List.of(input.toString()))
            .dossier();
    assertThat(tree(windowed.events())).isEqualTo(tree(expected.events()));
    assertThat(tree(windowed.records())).isEqualTo(tree(expected.records()));
  }

  @Test
  void readsParquetWithTheColumnsOfTheJsonLines(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    int i = 0;
    for (String text : seedTexts()) {
      lines.add(JSON.createObjectNode().put("id", "seed-" + i++).put("text", text).toString());
    }
    Path jsonl = dir.resolve("seeds.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    Path parquet = dir.resolve("seeds.parquet");
    spark
        .read()
        .json(spark.createDataset(lines, org.apache.spark.sql.Encoders.STRING()))
        .coalesce(1)
        .write()
        .parquet(parquet.toString());

    DossierJob job = new DossierJob(DossierJob.Config.defaults());
    Dossier fromLines = job.run(spark, List.of(jsonl.toString())).dossier();
    DossierJob.Result rows = job.run(spark, List.of(parquet.toString()));
    Dossier fromRows = rows.dossier();

    assertThat(fromRows.articles()).hasSize(lines.size());
    assertThat(tree(fromRows.reuse())).isEqualTo(tree(fromLines.reuse()));
    assertThat(tree(fromRows.events())).isEqualTo(tree(fromLines.events()));

    Path out = dir.resolve("out");
    ParquetOutput.write(rows, out.toString(), spark);
    List<String> families =
        spark.read().parquet(out.resolve("families.parquet").toString()).toJSON().collectAsList();
    assertThat(tree(families.stream().map(DossierJobIT::parse).toList()))
        .isEqualTo(tree(fromRows.reuse().families()));
    assertThat(spark.read().parquet(out.resolve("events.parquet").toString()).count())
        .isEqualTo(fromRows.events().size());
  }

  @Test
  void stopsAfterWireFamiliesWithTheReuseGraphOfAFullRun(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String text : seedTexts()) {
      lines.add(JSON.createObjectNode().put("text", text).toString());
    }
    Path input = dir.resolve("seeds.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);

    DossierJob.Result result =
        new DossierJob(DossierJob.Config.defaults().withThrough(DossierJob.Through.FAMILIES))
            .run(spark, List.of(input.toString()));
    Path out = dir.resolve("out");
    JsonlOutput.write(result, out.toString(), spark.sparkContext().hadoopConfiguration());

    Dossier expected = local(input).dossier();
    assertThat(expected.reuse().families()).isNotEmpty();
    assertThat(tree(result.dossier().reuse())).isEqualTo(tree(expected.reuse()));
    assertThat(result.dossier().events()).isEmpty();
    assertThat(result.seconds()).doesNotContainKeys("claims", "events and reconcile");
    assertThat(out.resolve("pairs.jsonl")).exists();
    assertThat(out.resolve("events.jsonl")).doesNotExist();
  }

  private record Local(Dossier dossier, List<Rejection> rejections) {}

  /** What the local path makes of a JSONL file: read, clean, recurring lines, pipeline. */
  private static Local local(Path input) {
    ReportReader reader = new ReportReader(ReportReader.Config.defaults());
    ReportCleaner cleaner = new ReportCleaner(ReportCleaner.Config.defaults());
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    reader.read(
        List.of(input.toString()),
        new ByteArrayInputStream(new byte[0]),
        raw -> {
          ReportCleaner.Outcome o = cleaner.clean(raw);
          if (o.article() != null) {
            articles.add(o.article());
          } else {
            rejections.add(o.rejection());
          }
        },
        rejections::add);
    List<Article> clean =
        new RecurringLineRemover(RecurringLineRemover.Config.defaults()).remove(articles);
    return new Local(new Pipeline(Pipeline.Config.defaults()).run(clean), rejections);
  }

  /** A value as JSON text read back, so that numbers compare as they read from a file. */
  private static JsonNode tree(Object value) {
    try {
      return JSON.readTree(JSON.writeValueAsString(value));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode claims(Dossier d) {
    ArrayNode out = JSON.createArrayNode();
    for (Article a : d.articles()) {
      out.add(tree(d.claims().getOrDefault(a.id(), ClaimSet.empty(a.id()))));
    }
    return out;
  }

  private static ArrayNode readLines(Path file) throws IOException {
    ArrayNode out = JSON.createArrayNode();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<String> seedTexts() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    }
  }
}
