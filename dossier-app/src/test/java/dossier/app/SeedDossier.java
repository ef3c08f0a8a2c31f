package dossier.app;

import dossier.model.Dossier;
import dossier.pipeline.Pipeline;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

/** The dossier of the bundled Tinzaouaten reports, computed once per test JVM. */
final class SeedDossier {

  static final Path SEEDS = Path.of("..", "examples", "tinzaouaten");

  private static Inputs.Result input;
  private static Dossier dossier;

  private SeedDossier() {}

  static synchronized Inputs.Result input() {
    if (input == null) {
      input =
          Inputs.read(
              List.of(SEEDS.toString()),
              new ByteArrayInputStream(new byte[0]),
              a -> {},
              Inputs.Holding.PLAIN);
    }
    return input;
  }

  static synchronized Dossier dossier() {
    if (dossier == null) {
      dossier = new Pipeline(Pipeline.Config.defaults()).run(input().articles());
    }
    return dossier;
  }
}
