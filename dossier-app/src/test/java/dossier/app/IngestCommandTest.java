package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

  @TempDir Path dir;
  @RegisterExtension final StandardStreams streams = new StandardStreams();

  private static final String STORY =
      "Floods swept through the river valley on Monday, destroying hundreds of homes and forcing"
          + " thousands of residents to flee, officials said.\n";

  @Test
  void exitsZeroAndWritesOneLinePerArticleWhenAllIsRead() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), STORY);
    Path b = Files.writeString(dir.resolve("b.txt"), "KYIV (Reuters) — " + STORY);
    assertThat(Main.run("ingest", a.toString(), b.toString())).isEqualTo(Main.OK);
    List<String> lines = streams.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains("\"dateline\":\"Kyiv\"")
        .contains("\"credits\":[\"Reuters\"]");
    assertThat(streams.err()).isEmpty();
  }

  @Test
  void exitsThreeNamingEachRejectedInputWhileOthersGoThrough() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), STORY);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path broken =
        Files.writeString(
            dir.resolve("feed.jsonl"), "{\"text\": \"" + STORY.strip() + "\"}\n{oops\n");
    int status =
        Main.run(
            "ingest",
            good.toString(),
            empty.toString(),
            broken.toString(),
            dir.resolve("missing").toString());
    assertThat(status).isEqualTo(Main.REJECTED);
    assertThat(streams.out().lines()).hasSize(2);
    assertThat(streams.err().lines())
        .containsExactly(
            "dossier: rejected " + empty + ": empty file",
            "dossier: rejected "
                + broken
                + ":2: malformed JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start field name",
            "dossier: rejected " + dir.resolve("missing") + ": no such file or directory");
  }

  @Test
  void writesToOutputFile() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), STORY);
    Path o = dir.resolve("out.jsonl");
    assertThat(Main.run("ingest", a.toString(), "-o", o.toString())).isEqualTo(Main.OK);
    assertThat(Files.readAllLines(o))
        .singleElement()
        .asString()
        .contains("\"text\":\"Floods swept");
  }

  @Test
  void exitsTwoOnUsageError() {
    assertThat(Main.run("ingest")).isEqualTo(Main.USAGE);
    assertThat(Main.run("ingest", "--no-such-option", "x")).isEqualTo(Main.USAGE);
  }
}
