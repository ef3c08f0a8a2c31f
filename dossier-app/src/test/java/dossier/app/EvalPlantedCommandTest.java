package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval planted} scores a Spark output folder by streaming its pairs file. */
class EvalPlantedCommandTest {

  private static final String TRUTH =
      """
      {"story": "s1", "copy": "c1", "edit": "verbatim"}
      {"story": "s1", "copy": "c2", "edit": "trimmed"}
      {"story": "s2", "copy": "c3", "edit": "paraphrased"}
      """;

  @TempDir Path dir;

  @RegisterExtension final StandardStreams streams = new StandardStreams();

  @Test
  void scoresCopyLinksAndFamiliesAndSkipsTheAlignmentsInsideEachPair() throws Exception {
    int status =
        score(
            """
        {"alignment": {"a": "s9", "spans": [{"relation": "x", "b": [1, 2]}]}, "a": "s1", "b": "c1", "relation": "verbatim", "score": 0.99}
        {"a": "c2", "b": "c1", "relation": "trimmed", "drift": [{"a": "q", "b": "r"}]}

        {"a": "s2", "b": "s1", "relation": "related"}
        """,
            """
        {"origin": "s1", "members": [{"article": "c1"}, {"article": "c2"}]}
        {"origin": "s2", "members": [{"article": "c3"}]}
        """);

    assertThat(status).isEqualTo(Main.OK);
    assertThat(streams.out())
        .contains("planted copy pairs: 4")
        .contains("copy links recall 0.500 precision 1.000 (found 2, correct 2)")
        .contains("families   recall 1.000 precision 1.000 (found 4, correct 4)")
        .contains("paraphrased story-copy recall (families) 1.000 (1/1)");
  }

  @Test
  void scoresTheDocumentOfDossierReuseWhoseFamiliesListTheirOriginAmongTheMembers()
      throws Exception {
    Path truth = Files.writeString(dir.resolve("c.truth.jsonl"), TRUTH);
    Path reuse =
        Files.writeString(
            dir.resolve("reuse.json"),
            """
            {"pairs": [{"a": "s1", "b": "c1", "relation": "verbatim"}],
             "families": [
               {"origin": "s1", "members": [{"article": "s1", "relation": "origin"},
                                           {"article": "c1"}, {"article": "c2"}]},
               {"origin": "s2", "members": [{"article": "s2", "relation": "origin"}]}]}
            """);

    int status =
        Main.run("eval", "planted", "--truth", truth.toString(), "--predictions", reuse.toString());

    assertThat(status).isEqualTo(Main.OK);
    assertThat(streams.out())
        .contains("copy links recall 0.250 precision 1.000 (found 1, correct 1)")
        .contains("families   recall 0.750 precision 1.000 (found 3, correct 3)");
  }

  @Test
  void aTruncatedDocumentOrAPairWithoutItsIdsFailsNamingTheFile() throws Exception {
    Path truth = Files.writeString(dir.resolve("c.truth.jsonl"), TRUTH);
    Path truncated =
        Files.writeString(
            dir.resolve("truncated.json"), "{\"pairs\": [{\"a\": \"s1\", \"b\": \"c1\", \"rel");
    Path noB =
        Files.writeString(
            dir.resolve("no-b.json"), "{\"pairs\": [{\"a\": \"s1\", \"relation\": \"verbatim\"}]}");

    int first =
        Main.run(
            "eval", "planted", "--truth", truth.toString(), "--predictions", truncated.toString());
    int second =
        Main.run("eval", "planted", "--truth", truth.toString(), "--predictions", noB.toString());

    assertThat(first).isNotEqualTo(Main.OK);
    assertThat(second).isNotEqualTo(Main.OK);
    assertThat(streams.err())
        .contains(truncated.toString())
        .contains(noB.toString())
        .contains("pair without \"b\"");
  }

  @Test
  void aPairLineWithoutItsIdsFailsNamingTheFileAndLine() throws Exception {
    int status =
        score(
            """
        {"a": "s1", "b": "c1", "relation": "verbatim"}
        {"a": "c2", "relation": "trimmed"}
        """,
            "");

    assertThat(status).isNotEqualTo(Main.OK);
    assertThat(streams.err()).contains("pairs.jsonl:2").contains("pair without \"b\"");
  }

  @Test
  void aPairsFileThatIsNotJsonFailsNamingTheFileAndLine() throws Exception {
    int status = score("{\"a\": \"s1\", \"b\": \n", "");

    assertThat(status).isNotEqualTo(Main.OK);
    assertThat(streams.err()).contains("pairs.jsonl:1");
  }

  /** Runs {@code eval planted} on the planted truth and a run folder holding these two files. */
  private int score(String pairs, String families) throws Exception {
    Path truth = Files.writeString(dir.resolve("c.truth.jsonl"), TRUTH);
    Path run = Files.createDirectory(dir.resolve("run"));
    Files.writeString(run.resolve("pairs.jsonl"), pairs);
    Files.writeString(run.resolve("families.jsonl"), families);
    return Main.run(
        "eval", "planted", "--truth", truth.toString(), "--predictions", run.toString());
  }
}
