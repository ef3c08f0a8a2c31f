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
    long tokens = opennlp(articles);
    for (Article a : articles) {
      extractor.extract(a);
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      opennlp(articles);
    }
    double peer = seconds(t0);
    long t1 = System.nanoTime();
    int claims = 0;
    for (int r = 0; r < rounds; r++) {
      for (Article a : articles) {
        claims += extractor.extract(a).all().size();
      }
    }
    double ours = seconds(t1);
    long total = tokens * rounds;
    out.printf(
        Locale.ROOT,
        "articles %d, tokens %d, rounds %d%n"
            + "opennlp (sentences+tokens+pos+lemmas): %.0f tokens/s%n"
            + "claim extractor (all claim types): %.0f tokens/s, %.1f ms per article, %d claims"
            + " per round%n",
        articles.size(),
        tokens,
        rounds,
        total / peer,
        total / ours,
        1000 * ours / (rounds * (double) Math.max(1, articles.size())),
        claims / Math.max(1, rounds));
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long opennlp(List<Article> articles) {
    TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
    POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos());
    LemmatizerME lemmatizer = new LemmatizerME(OpenNlpModels.lemmas());
    long tokens = 0;
    for (Article a : articles) {
      for (var s : SentenceSplitter.INSTANCE.split(a.text())) {
        String[] words = tokenizer.tokenize(s.of(a.text()));
        String[] tags = tagger.tag(words);
        lemmatizer.lemmatize(words, tags);
        tokens += words.length;
      }
    }
    return tokens;
  }
}
