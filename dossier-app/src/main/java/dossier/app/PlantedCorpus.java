package dossier.app;

import dossier.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A PlantedCorpus is a deterministic corpus of news-like reports with planted copies, made from
 * real article bodies: the bodies themselves, then distinct stories made from them by a
 * substitution of words (every word mapped, consistently within the story, to a random word of the
 * bodies' vocabulary, so stories keep the layout and repetitions of real news but share almost no
 * word pairs), then copies of some stories with known edits at known rates: verbatim (a new header
 * line), trimmed (a leading 40-80% of paragraphs), reordered (paragraphs shuffled, 3% of words
 * replaced), edited (10% of paragraphs dropped, 8% of words replaced) and paraphrased (25% of
 * longer words replaced, 10% of neighbouring words swapped).
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
    Set<String> vocabulary = new LinkedHashSet<>();
    for (String b : bodies) {
      for (String w : b.split("\\s+")) {
        String word = w.replaceAll("[^\\p{L}\\p{N}]", "");
        if (word.length() >= 4) {
          vocabulary.add(word);
        }
      }
    }
    String[] vocab = vocabulary.toArray(new String[0]);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      String base = bodies.get(i % bodies.size());
      texts.add(i < bodies.size() ? base : encipher(base, vocab, random));
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
        String copy = copy(texts.get(i), edit, vocab, random);
        planted.add(new Planted(i, articles.size(), edit));
        articles.add(Article.of("s" + i + "-" + c + "-" + edit.name().toLowerCase(), copy));
      }
    }
    return new PlantedCorpus(articles, planted);
  }

  private static String copy(String text, Edit edit, String[] vocab, Random random) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n+")));
    switch (edit) {
      case VERBATIM:
        return "By staff and agencies\n\n" + text;
      case TRIMMED:
        {
          int keep =
              Math.max(1, (int) Math.round(paragraphs.size() * (0.4 + 0.4 * random.nextDouble())));
          return String.join("\n\n", paragraphs.subList(0, keep));
        }
      case REORDERED:
        Collections.shuffle(paragraphs, random);
        return replaceWords(String.join("\n\n", paragraphs), 0.03, 1, vocab, random);
      case EDITED:
        {
          List<String> kept = new ArrayList<>();
          for (String p : paragraphs) {
            if (random.nextDouble() >= 0.1 || paragraphs.size() == 1) {
              kept.add(p);
            }
          }
          return replaceWords(String.join("\n\n", kept), 0.08, 1, vocab, random);
        }
      case PARAPHRASED:
        return swapNeighbours(replaceWords(text, 0.25, 4, vocab, random), 0.1, random);
      default:
        throw new IllegalStateException(edit.name());
    }
  }

  /** Maps every word to a random vocabulary word, the same each time within one text. */
  private static String encipher(String text, String[] vocab, Random random) {
    java.util.Map<String, String> cipher = new java.util.HashMap<>();
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      out.append(cipher.computeIfAbsent(word, w -> vocab[random.nextInt(vocab.length)]));
    }
    return out.toString();
  }

  /** Replaces each word of at least {@code minLength} characters with probability {@code rate}. */
  private static String replaceWords(
      String text, double rate, int minLength, String[] vocab, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= minLength && random.nextDouble() < rate) {
        out.append(vocab[random.nextInt(vocab.length)]);
      } else {
        out.append(text, start, i);
      }
    }
    return out.toString();
  }

  private static String swapNeighbours(String text, double rate, Random random) {
    String[] words = text.split(" ");
    for (int k = 0; k + 1 < words.length; k++) {
      if (random.nextDouble() < rate) {
        String t = words[k];
        words[k] = words[k + 1];
        words[k + 1] = t;
        k++;
      }
    }
    return String.join(" ", words);
  }
}
