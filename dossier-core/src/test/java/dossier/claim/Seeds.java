package dossier.claim;

import dossier.model.Article;
import dossier.model.Published;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The five seed reports of the repository's example, as articles dated 2024-07-28. */
final class Seeds {
  private Seeds() {}

  static final Path DIR = Path.of("..", "examples", "tinzaouaten");

  static List<Article> all() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Seeds::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article seed(String number) {
    return all().stream().filter(a -> a.id().equals(number)).findFirst().orElseThrow();
  }

  static Article upperCase(Article a) {
    return Article.of(a.id(), a.text().toUpperCase(Locale.ROOT)).withPublished(a.published());
  }

  private static Article read(Path p) {
    try {
      String id = p.getFileName().toString().substring(0, 3);
      return Article.of(id, Files.readString(p)).withPublished(new Published("2024-07-28", "test"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
