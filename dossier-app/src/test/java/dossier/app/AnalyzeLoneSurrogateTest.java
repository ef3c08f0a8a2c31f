package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeLoneSurrogateTest {

  @Test
  void writesEveryOutputWhenAReportEndsInALoneSurrogate(@TempDir Path dir) throws IOException {
    Path seed;
    try (Stream<Path> files = Files.list(Path.of("../examples/tinzaouaten"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    // A copy cut inside a surrogate pair keeps the pair's first half alone (escaped in the JSON).
    String quoted = new ObjectMapper().writeValueAsString(Files.readString(seed));
    String line =
        "{\"id\": \"cut\", \"text\": " + quoted.substring(0, quoted.length() - 1) + "\\ud83d\"}";
    Path input = dir.resolve("cut.jsonl");
    Files.writeString(input, line + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    assertThat(Main.run("analyze", "--lexical", input.toString(), "-o", out.toString()))
        .isEqualTo(0);
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("Tinzaouaten")
        .endsWith("</html>\n");
    assertThat(Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8)).isNotBlank();
    assertThat(Files.readString(out.resolve("events.geojson"), StandardCharsets.UTF_8))
        .contains("FeatureCollection");
  }
}
