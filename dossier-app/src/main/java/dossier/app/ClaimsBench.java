package dossier.app;

import dossier.claim.ClaimExtractor;
import dossier.model.Article;
import dossier.text.OpenNlpModels;
import dossier.text.SentenceSplitter;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * ClaimsBench times claim extraction in tokens per second against a named peer in the same run:
 * OpenNLP alone (sentences, tokens, POS tags, lemmas), the analysis the extractor builds on, so the
 * ratio is the cost of the rules. One thread; a warm-up pass first.
 */
final class ClaimsBench {

  private ClaimsBench() {}

  static void run(ClaimExtractor extractor, List<Article> articles, int rounds, PrintStream out) {
    ClaimExtractor statistical =
        new ClaimExtractor(ClaimExtractor.Config.defaults().withStatisticalLemmas());
    long tokens = opennlp(articles, true);
    opennlp(articles, false);
    int claims = 0;
    for (Article a : articles) {
      claims += extractor.extract(a).all().size();
      statistical.extract(a);
    }
    out.printf(
        Locale.ROOT,
        "articles %d, tokens %d, rounds %d (interleaved; median pass), claims per pass %d%n",
        articles.size(),
        tokens,
        rounds,
        claims);
    double[][] times = new double[4][rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      opennlp(articles, false);
      times[0][r] = seconds(t0);
      t0 = System.nanoTime();
      opennlp(articles, true);
      times[1][r] = seconds(t0);
      t0 = System.nanoTime();
      for (Article a : articles) {
        extractor.extract(a);
      }
      times[2][r] = seconds(t0);
      t0 = System.nanoTime();
      for (Article a : articles) {
        statistical.extract(a);
      }
      times[3][r] = seconds(t0);
    }
    String[] names = {
      "peer: OpenNLP sentences+tokens+POS",
      "peer: OpenNLP sentences+tokens+POS+lemmas",
      "ClaimExtractor (rule lemmas, default)",
      "ClaimExtractor (OpenNLP lemmas)"
    };
    for (int k = 0; k < 4; k++) {
      double[] sorted = times[k].clone();
      java.util.Arrays.sort(sorted);
      double median = sorted[rounds / 2];
      out.printf(
          Locale.ROOT,
          "%-45s %8.0f tokens/s %8.1f ms/article%n",
          names[k],
          tokens / median,
          1000 * median / Math.max(1, articles.size()));
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long opennlp(List<Article> articles, boolean lemmas) {
    TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
    POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos());
    LemmatizerME lemmatizer = new LemmatizerME(OpenNlpModels.lemmas());
    long tokens = 0;
    for (Article a : articles) {
      for (var s : SentenceSplitter.INSTANCE.split(a.text())) {
        String[] words = tokenizer.tokenize(s.of(a.text()));
        String[] tags = tagger.tag(words);
        if (lemmas) {
          lemmatizer.lemmatize(words, tags);
        }
        tokens += words.length;
      }
    }
    return tokens;
  }
}
