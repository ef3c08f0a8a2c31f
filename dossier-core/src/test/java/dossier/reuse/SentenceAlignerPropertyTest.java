package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.AlignedSentence.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word pass of alignment, which counts shared words through an index of the second report's
 * words, aligns as comparing every pair of sentences with {@link SentenceAligner#lexical} does, on
 * random reports made of shared, respelled and unrelated sentences.
 */
class SentenceAlignerPropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void wordPassEqualsComparingEveryPair(long seed) {
    Random random = new Random(seed);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 0; k < 4 + random.nextInt(6); k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(w.toString());
    }
    List<String> source = new ArrayList<>();
    for (int s = 0; s < 12 + random.nextInt(12); s++) {
      source.add(sentence(random, vocabulary));
    }
    List<String> copy = new ArrayList<>();
    for (String s : source) {
      int r = random.nextInt(4);
      copy.add(r == 0 ? s : r == 1 ? respell(random, s) : sentence(random, vocabulary));
    }
    List<Sentence> a = Sentence.of(String.join(" ", source));
    List<Sentence> b = Sentence.of(String.join(" ", copy));
    SentenceAligner aligner = new SentenceAligner(ReuseDetector.Config.defaults());

    List<SentenceAligner.Match> indexed = aligner.alignWords(a, b);

    assertThat(indexed).isEqualTo(everyPair(a, b, ReuseDetector.Config.defaults()));
    assertThat(indexed).isNotEmpty();
  }

  private static List<SentenceAligner.Match> everyPair(
      List<Sentence> a, List<Sentence> b, ReuseDetector.Config config) {
    List<SentenceAligner.Match> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        Sentence s = a.get(i);
        Sentence t = b.get(j);
        if (s.key().equals(t.key())) {
          candidates.add(new SentenceAligner.Match(i, j, Kind.EXACT, 1, Double.NaN));
          continue;
        }
        double lex = SentenceAligner.lexical(s, t);
        if (lex >= config.editedMin()) {
          Kind kind =
              SentenceAligner.sequenceSimilarity(s, t) >= config.copyMin()
                  ? Kind.EDITED
                  : Kind.PARAPHRASED;
          candidates.add(new SentenceAligner.Match(i, j, kind, lex, Double.NaN));
        }
      }
    }
    return SentenceAligner.greedy(
        candidates, a.size(), b.size(), new boolean[a.size()], new boolean[b.size()]);
  }

  private static String sentence(Random random, List<String> vocabulary) {
    StringBuilder s = new StringBuilder("The");
    for (int w = 0; w < 6 + random.nextInt(14); w++) {
      s.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return s.append('.').toString();
  }

  /** The sentence with some words misspelt by one letter and some dropped. */
  private static String respell(Random random, String sentence) {
    StringBuilder out = new StringBuilder();
    for (String w : sentence.substring(0, sentence.length() - 1).split(" ")) {
      int r = random.nextInt(6);
      if (r == 0) {
        continue;
      }
      if (r == 1 && w.length() > 4) {
        w = w.substring(0, w.length() - 1) + (char) ('a' + random.nextInt(26));
      }
      out.append(out.length() == 0 ? "" : " ").append(w);
    }
    return out.append('.').toString();
  }
}
