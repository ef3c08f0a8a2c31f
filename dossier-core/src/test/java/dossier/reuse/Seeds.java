package dossier.reuse;

import dossier.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five Tinzaouaten seed reports of the repository, as articles named by their number. */
final class Seeds {

  private Seeds() {}

  static List<Article> articles() {
    Path dir = Path.of("..", "examples", "tinzaouaten");
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(Article.of(name.substring(0, 3), Files.readString(p, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
