package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.store.DossierStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  @Test
  void addsTheSeedsOnceAndKnowsThemTheSecondTime() throws Exception {
    Path db = dir.resolve("d.db");
    String seeds = Path.of("../examples/tinzaouaten").toString();
    assertThat(Main.run("add", seeds, "--db", db.toString(), "--analysis", "none"))
        .isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("5 added")
        .contains("holds 5 report(s)");
    out.reset();
    assertThat(Main.run("add", seeds, "--db", db.toString(), "--analysis", "none"))
        .isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("0 added")
        .contains("5 already known");
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.counts().reports()).isEqualTo(5);
      assertThat(store.check()).isEmpty();
    }
  }

  @Test
  void keepsAChangedFileForAKnownUrlAsARevisionAndNamesRejectedInputs() throws Exception {
    Path db = dir.resolve("d.db");
    Path v1 = dir.resolve("v1.jsonl");
    Path v2 = dir.resolve("v2.jsonl");
    Files.writeString(
        v1,
        "{\"url\":\"https://news.example/a\",\"text\":\"Armed men attacked a market in Gao on"
            + " Friday, killing four people, officials said.\"}\n");
    Files.writeString(
        v2,
        "{\"url\":\"https://news.example/a\",\"text\":\"Armed men attacked a market in Gao on"
            + " Friday, killing six people, officials said.\"}\n{broken\n");
    assertThat(Main.run("add", v1.toString(), "--db", db.toString(), "--analysis", "none"))
        .isEqualTo(Main.OK);
    assertThat(Main.run("add", v2.toString(), "--db", db.toString(), "--analysis", "none"))
        .isEqualTo(Main.REJECTED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 revised");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("v2.jsonl:2")
        .contains("malformed JSON");
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.counts().reports()).isEqualTo(1);
      assertThat(store.counts().revisions()).isEqualTo(2);
    }
  }
}
