package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.store.DossierStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {

  @TempDir Path dir;
  @RegisterExtension final StandardStreams streams = new StandardStreams();

  @Test
  void addsTheSeedsOnceAndKnowsThemTheSecondTime() throws Exception {
    Path db = dir.resolve("d.db");
    String seeds = Path.of("../examples/tinzaouaten").toString();
    assertThat(Main.run("add", seeds, "--db", db.toString(), "--analysis", "none"))
        .isEqualTo(Main.OK);
    assertThat(streams.out()).contains("5 added").contains("holds 5 report(s)");
    streams.reset();
    assertThat(Main.run("add", seeds, "--db", db.toString(), "--analysis", "none"))
        .isEqualTo(Main.OK);
    assertThat(streams.out()).contains("0 added").contains("5 already known");
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
    assertThat(streams.out()).contains("1 revised");
    assertThat(streams.err()).contains("v2.jsonl:2").contains("malformed JSON");
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.counts().reports()).isEqualTo(1);
      assertThat(store.counts().revisions()).isEqualTo(2);
    }
  }
}
