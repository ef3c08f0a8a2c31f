package dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.corpus.CorpusGenerator;
import dossier.ingest.RecurringLineRemover;
import dossier.ingest.ReportCleaner;
import dossier.io.DossierJson;
import dossier.io.ReportReader;
import dossier.model.AlignedSentence;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Published;
import dossier.model.Rejection;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.Span;
import dossier.pipeline.Pipeline;
import dossier.reuse.ReuseDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.Tuple2;

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
    assertThat(expected.reuse().families()).hasSizeGreaterThan(10);
    assertThat(written(result, dir.resolve("whole"))).isEqualTo(files(expected));
    assertThat(result.inherited()).isEqualTo(inherited(expected));

    // Events grouped (and reconciled) on the executors, in one window that spans the corpus,
    // through every step.
    for (DossierJob.Through through : DossierJob.Through.values()) {
      DossierJob.Result windowed =
          new DossierJob(
                  DossierJob.Config.defaults()
                      .withPartitions(3)
                      .withEventWindowDays(1_000_000)
                      .withThrough(through))
              .run(spark, List.of(input.toString()));
      Map<String, JsonNode> files = files(expected);
      if (through != DossierJob.Through.RECORDS) {
        files.remove("claims.jsonl");
        files.remove("records.jsonl");
      }
      if (through == DossierJob.Through.FAMILIES) {
        files.remove("events.jsonl");
      }
      if (through == DossierJob.Through.EVENTS) {
        // Without claims, only the names the clusterer spots itself count as shared.
        files.put(
            "events.jsonl",
            tree(
                Pipeline.events(
                    Pipeline.Config.defaults().events(),
                    expected.articles(),
                    expected.reuse(),
                    Map.of())));
      }
      assertThat(written(windowed, dir.resolve(through.name())))
          .as(through.name())
          .isEqualTo(files);
      assertThat(windowed.inherited()).isEqualTo(inherited(expected));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void groupsFamiliesOnTheExecutorsAsTheWholeCorpusGrouping(long seed) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(40);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text =
          random.nextInt(4) == 0 ? "Troops moved, according to Reuters." : "Troops moved.";
      Article a = Article.of(Long.toString(random.nextLong() & 0xffffff, 36) + "-" + i, text);
      if (random.nextInt(3) > 0) {
        String day = LocalDate.of(2024, 3, 1 + random.nextInt(4)).toString();
        a = a.withPublished(new Published(day, "field"));
      }
      articles.add(a);
    }
    ReuseRelation[] relations = {
      ReuseRelation.VERBATIM,
      ReuseRelation.TRIMMED,
      ReuseRelation.PARAPHRASE,
      ReuseRelation.PARTIAL,
      ReuseRelation.SAME_EVENT
    };
    Map<Long, DossierJob.Found> found = new TreeMap<>();
    int m = random.nextInt(2 * n);
    for (int k = 0; k < m; k++) {
      int x = random.nextInt(n);
      int y = random.nextInt(n);
      if (x == y) {
        continue;
      }
      int a = Math.min(x, y);
      int b = Math.max(x, y);
      List<AlignedSentence> aligned = new ArrayList<>();
      for (int s = random.nextInt(4); s > 0; s--) {
        aligned.add(
            new AlignedSentence(
                new Span(0, random.nextInt(3) * 10),
                new Span(0, random.nextInt(3) * 10),
                AlignedSentence.Kind.values()[random.nextInt(3)],
                1,
                1,
                List.of()));
      }
      ReuseLink link =
          new ReuseLink(
              articles.get(a).id(),
              articles.get(b).id(),
              relations[random.nextInt(relations.length)],
              0.5,
              0.5,
              0.5,
              0.5,
              0.5,
              aligned,
              List.of());
      found.put(((long) a << 32) | b, new DossierJob.Found(a, b, link));
    }
    List<ReuseLink> links = found.values().stream().map(DossierJob.Found::link).toList();
    ReuseGraph expected = ReuseDetector.group(articles, links);
    List<Tuple2<Integer, Article>> indexed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      indexed.add(new Tuple2<>(i, articles.get(i)));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

    DossierJob.Families actual =
        DossierJob.families(
            jsc.parallelizePairs(indexed, 3), jsc.parallelize(List.copyOf(found.values()), 3), 3);

    assertThat(actual.families()).isEqualTo(expected.families());
    assertThat(actual.inherited())
        .isEqualTo(
            inherited(
                new Dossier(
                    Pipeline.inheritFamilyDates(articles, expected),
                    expected,
                    Map.of(),
                    List.of(),
                    List.of())));
  }

  @Test
  void readsParquetWithTheColumnsOfTheJsonLines(@TempDir Path dir) throws IOException {
    List<String> lines = seedLines();
    Path jsonl = dir.resolve("seeds.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    Path parquet = dir.resolve("seeds.parquet");
    spark
        .read()
        .json(spark.createDataset(lines, org.apache.spark.sql.Encoders.STRING()))
        .coalesce(1)
        .write()
        .parquet(parquet.toString());

    DossierJob job = new DossierJob(DossierJob.Config.defaults().withEventWindowDays(30));
    Map<String, JsonNode> fromLines =
        written(job.run(spark, List.of(jsonl.toString())), dir.resolve("lines"));
    DossierJob.Result rows = job.run(spark, List.of(parquet.toString()));

    assertThat(rows.reports()).isEqualTo(lines.size());
    Map<String, JsonNode> fromRows = written(rows, dir.resolve("rows"));
    for (String name : List.of("pairs.jsonl", "families.jsonl", "events.jsonl")) {
      assertThat(fromRows.get(name)).as(name).isEqualTo(fromLines.get(name));
    }

    Path out = dir.resolve("out");
    ParquetOutput.write(rows, out.toString(), spark);
    for (String name : List.of("pairs", "families")) {
      List<String> values =
          spark.read().parquet(out.resolve(name + ".parquet").toString()).toJSON().collectAsList();
      assertThat(tree(values.stream().map(DossierJobIT::parse).toList()))
          .as(name)
          .isEqualTo(withoutNulls(fromLines.get(name + ".jsonl")));
    }
    for (String name : List.of("claims", "events", "records")) {
      assertThat(spark.read().parquet(out.resolve(name + ".parquet").toString()).count())
          .as(name)
          .isEqualTo(fromLines.get(name + ".jsonl").size());
    }
  }

  @Test
  void readsAFolderOfFilesInNameOrderAsOneFileOfTheirLines(@TempDir Path dir) throws IOException {
    List<String> lines = seedLines();
    Path folder = Files.createDirectory(dir.resolve("in"));
    // Name order, not listing order: "b" holds the first reports, then "c", then "d".
    Files.write(
        folder.resolve("b.jsonl"),
        List.of(lines.get(0), "{broken", lines.get(1)),
        StandardCharsets.UTF_8);
    Files.write(folder.resolve("d.jsonl"), List.of(lines.get(4), "", "[]"), StandardCharsets.UTF_8);
    Files.write(
        folder.resolve("c.jsonl"), List.of("", lines.get(2), lines.get(3)), StandardCharsets.UTF_8);
    Path whole = dir.resolve("whole.jsonl");
    Files.write(whole, lines, StandardCharsets.UTF_8);

    DossierJob job = new DossierJob(DossierJob.Config.defaults().withEventWindowDays(30));
    DossierJob.Result fromFolder = job.run(spark, List.of(folder.toString()));
    Map<String, JsonNode> expected =
        written(job.run(spark, List.of(whole.toString())), dir.resolve("whole"));

    assertThat(fromFolder.reports()).isEqualTo(lines.size());
    Map<String, JsonNode> actual = written(fromFolder, dir.resolve("folder"));
    // The records name a single report's source by where it was read: the same reports, other
    // places (the wire family is named by its agency).
    assertThat(actual.get("records.jsonl").findValuesAsText("label"))
        .containsExactlyInAnyOrder("AFP", "c.jsonl:3", "d.jsonl:1");
    assertThat(expected.get("records.jsonl").findValuesAsText("label"))
        .containsExactlyInAnyOrder("AFP", "whole.jsonl:4", "whole.jsonl:5");
    actual.get("records.jsonl").findParents("label").forEach(o -> ((ObjectNode) o).remove("label"));
    expected
        .get("records.jsonl")
        .findParents("label")
        .forEach(o -> ((ObjectNode) o).remove("label"));
    assertThat(actual).isEqualTo(expected);
    assertThat(fromFolder.rejections())
        .extracting(Rejection::source)
        .containsExactly(folder.resolve("b.jsonl") + ":2", folder.resolve("d.jsonl") + ":3");
  }

  @Test
  void writesTheLinesOfEveryPartitionInOrderWhileFetchingTheNextOnes(@TempDir Path dir)
      throws IOException {
    // Lines shorter and longer than a block, and empty partitions among full ones.
    List<List<String>> partitions = new ArrayList<>();
    Random random = new Random(7);
    int number = 0;
    for (int p = 0; p < 17; p++) {
      List<String> partition = new ArrayList<>();
      for (int i = 0, n = p % 4 == 1 ? 0 : random.nextInt(400); i < n; i++) {
        int length = number % 997 == 0 ? JsonlOutput.BLOCK + 5 : random.nextInt(400);
        partition.add(number++ + ":" + "é".repeat(length / 2));
      }
      partitions.add(partition);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> values = jsc.parallelize(partitions, partitions.size()).flatMap(List::iterator);
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir.resolve("v.jsonl").toUri());
    JsonlOutput.write(file.getFileSystem(spark.sparkContext().hadoopConfiguration()), file, values);

    List<String> expected =
        partitions.stream().flatMap(List::stream).map(v -> tree(v).toString()).toList();
    assertThat(values.getNumPartitions()).isEqualTo(17);
    assertThat(Files.readAllLines(dir.resolve("v.jsonl"), StandardCharsets.UTF_8))
        .hasSize(number)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void namesTheFileWhenAPartitionOfItsLinesFails(@TempDir Path dir) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    org.apache.hadoop.fs.Path file =
        new org.apache.hadoop.fs.Path(dir.resolve("bad.jsonl").toUri());
    assertThatThrownBy(
            () ->
                JsonlOutput.write(
                    file.getFileSystem(spark.sparkContext().hadoopConfiguration()),
                    file,
                    jsc.parallelize(List.of(1, 2, 3, 4), 4)
                        .map(
                            i -> {
                              if (i == 3) {
                                throw new IllegalStateException("value " + i + " cannot be made");
                              }
                              return i;
                            })))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bad.jsonl")
        .hasStackTraceContaining("value 3 cannot be made");
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
    assertThat(tree(result.links().collect())).isEqualTo(tree(expected.reuse().links()));
    assertThat(tree(result.families())).isEqualTo(tree(expected.reuse().families()));
    assertThat(result.events()).isEmpty();
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

  /** The JSONL files a run writes, read back, by file name. */
  private static Map<String, JsonNode> written(DossierJob.Result result, Path dir)
      throws IOException {
    JsonlOutput.write(result, dir.toString(), spark.sparkContext().hadoopConfiguration());
    Map<String, JsonNode> out = new TreeMap<>();
    for (String name : JsonlOutput.FILES) {
      if (!name.equals("rejections.jsonl") && Files.exists(dir.resolve(name))) {
        out.put(name, readLines(dir.resolve(name)));
      }
    }
    return out;
  }

  /** The files the local pipeline's result gives, by name (rejections aside). */
  private static Map<String, JsonNode> files(Dossier d) {
    Map<String, JsonNode> out = new TreeMap<>();
    out.put("pairs.jsonl", tree(d.reuse().links()));
    out.put("families.jsonl", tree(d.reuse().families()));
    out.put("claims.jsonl", claims(d));
    out.put("events.jsonl", tree(d.events()));
    out.put("records.jsonl", tree(d.records()));
    return out;
  }

  /** The dates reports took from their families, by report id. */
  private static Map<String, Published> inherited(Dossier d) {
    Map<String, Published> out = new HashMap<>();
    for (Article a : d.articles()) {
      if (a.published() != null && a.published().from().startsWith("family:")) {
        out.put(a.id(), a.published());
      }
    }
    return out;
  }

  /** The JSON without null fields, as Parquet rows read back give it. */
  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      List<String> nulls = new ArrayList<>();
      o.fieldNames()
          .forEachRemaining(
              f -> {
                if (o.get(f).isNull()) {
                  nulls.add(f);
                }
              });
      o.remove(nulls);
    }
    node.forEach(DossierJobIT::strip);
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

  /** The seed texts as JSON lines with ids {@code seed-0}, {@code seed-1}, ... */
  private static List<String> seedLines() throws IOException {
    List<String> lines = new ArrayList<>();
    int i = 0;
    for (String text : seedTexts()) {
      lines.add(JSON.createObjectNode().put("id", "seed-" + i++).put("text", text).toString());
    }
    return lines;
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
