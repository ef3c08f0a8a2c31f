package dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.corpus.CorpusGenerator;
import dossier.model.Article;
import dossier.reuse.CandidateFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidate search benchmark reads its corpus in slices and scores both systems on it. */
class LshBenchIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SparkSession spark;
  private static Path input;
  private static CorpusGenerator.Corpus corpus;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    spark = SparkMain.session("local[2]");
    corpus = new CorpusGenerator(CorpusGenerator.Config.defaults()).generate(seedTexts(), 150, 3);
    List<String> lines = new ArrayList<>();
    for (CorpusGenerator.Report r : corpus.reports()) {
      lines.add(JSON.writeValueAsString(r));
      if (lines.size() == 40) {
        lines.add(""); // blank lines are skipped, and do not shift the report indices
      }
    }
    input = dir.resolve("corpus.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void findsFromSlicesOfShinglesWhatTheSearchFindsFromTheTexts() throws IOException {
    CandidateFinder finder = new CandidateFinder(CandidateFinder.Config.defaults());
    LshBench.Ours ours = LshBench.ours(input, finder);

    List<Article> articles = new ArrayList<>();
    for (CorpusGenerator.Report r : corpus.reports()) {
      articles.add(Article.of(r.id(), r.text()));
    }
    Set<List<Long>> expected = new HashSet<>();
    for (CandidateFinder.Pair p : finder.find(articles)) {
      expected.add(List.of((long) p.a(), (long) p.b()));
    }
    assertThat(ours.index()).hasSize(corpus.reports().size());
    assertThat(ours.index().get(corpus.reports().get(41).id())).isEqualTo(41);
    assertThat(pairs(ours.pairs())).isNotEmpty().isEqualTo(expected);
    assertThat(ours.cpu()).isGreaterThanOrEqualTo(ours.shingleCpu());
  }

  @Test
  void peerFindsMostPlantedCopyPairsAmongItsCandidates() throws IOException {
    LshBench.Ours ours =
        LshBench.ours(input, new CandidateFinder(CandidateFinder.Config.defaults()));
    LshBench.Peer peer = LshBench.peer(spark, input.toString(), ours.index(), 5, 0.9);

    Set<List<Long>> planted = new HashSet<>();
    for (CorpusGenerator.Planted p : corpus.planted()) {
      long a = ours.index().get(p.story());
      long b = ours.index().get(p.copy());
      planted.add(List.of(Math.min(a, b), Math.max(a, b)));
    }
    Set<List<Long>> found = pairs(peer.pairs());
    assertThat(planted).hasSizeGreaterThan(10);
    assertThat(found).allSatisfy(p -> assertThat(p.get(0)).isLessThan(p.get(1)));
    long hits = planted.stream().filter(found::contains).count();
    assertThat(hits).isGreaterThanOrEqualTo(planted.size() * 8 / 10);
  }

  @Test
  void peerJoinedOneTableAtATimeFindsThePairsOfAllTablesAtOnce() throws IOException {
    LshBench.Ours ours =
        LshBench.ours(input, new CandidateFinder(CandidateFinder.Config.defaults()));
    Set<List<Long>> atOnce =
        pairs(LshBench.peer(spark, input.toString(), ours.index(), 3, 0.9).pairs());
    Set<List<Long>> byTable =
        pairs(LshBench.peerByTable(spark, input.toString(), ours.index(), 3, 0.9).pairs());
    Set<List<Long>> firstTable =
        pairs(LshBench.peerByTable(spark, input.toString(), ours.index(), 1, 0.9).pairs());

    assertThat(byTable).isNotEmpty().isEqualTo(atOnce);
    // The first of three tables is the one table of a model with the same seed.
    assertThat(firstTable).isNotEmpty();
    assertThat(atOnce).containsAll(firstTable);
  }

  private static Set<List<Long>> pairs(List<long[]> pairs) {
    Set<List<Long>> out = new HashSet<>();
    for (long[] p : pairs) {
      out.add(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])));
    }
    return out;
  }

  private static List<String> seedTexts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/tinzaouaten"))) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    }
  }
}
