package dossier.app;

import dossier.corpus.CopyEditor;
import dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A PlantedCorpus is a deterministic corpus of news-like reports with planted copies, made from
 * real article bodies: the bodies themselves, then distinct stories made from them, then copies of
 * some stories with known edits at known rates, the texts made by {@link CopyEditor} (the editor
 * {@code gen-corpus} uses too).
 */
final class PlantedCorpus {

  /** How a planted copy was made. */
  enum Edit {
    VERBATIM,
    TRIMMED,
    REORDERED,
    EDITED,
    PARAPHRASED
  }

  /** A planted copy: indexes of the story and of its copy in {@link #articles}, and the edit. */
  record Planted(int original, int copy, Edit edit) {}

  private final List<Article> articles;
  private final List<Planted> planted;

  private PlantedCorpus(List<Article> articles, List<Planted> planted) {
    this.articles = List.copyOf(articles);
    this.planted = List.copyOf(planted);
  }

  List<Article> articles() {
    return articles;
  }

  List<Planted> planted() {
    return planted;
  }

  /**
   * A corpus of {@code stories} stories, a share {@code copied} of which get one to three copies.
   */
  static PlantedCorpus generate(List<String> bodies, int stories, double copied, long seed) {
    if (bodies.isEmpty()) {
      throw new IllegalArgumentException("no bodies to build a corpus from");
    }
    Random random = new Random(seed);
    String[] vocab = CopyEditor.vocabulary(bodies);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      String base = bodies.get(i % bodies.size());
      texts.add(i < bodies.size() ? base : CopyEditor.encipher(base, vocab, random));
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      articles.add(Article.of("s" + i, texts.get(i)));
    }
    List<Planted> planted = new ArrayList<>();
    Edit[] edits = Edit.values();
    for (int i = 0; i < stories; i++) {
      if (random.nextDouble() >= copied) {
        continue;
      }
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        Edit edit = edits[random.nextInt(edits.length)];
        String copy =
            CopyEditor.copy(texts.get(i), CopyEditor.Edit.valueOf(edit.name()), vocab, random);
        planted.add(new Planted(i, articles.size(), edit));
        articles.add(Article.of("s" + i + "-" + c + "-" + edit.name().toLowerCase(), copy));
      }
    }
    return new PlantedCorpus(articles, planted);
  }
}
