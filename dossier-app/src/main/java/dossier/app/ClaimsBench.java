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
    for (Article a : articles) {
      extractor.extract(a);
      statistical.extract(a);
    }
    long total = tokens * rounds;
    out.printf(Locale.ROOT, "articles %d, tokens %d, rounds %d%n", articles.size(), tokens, rounds);
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      opennlp(articles, false);
    }
    line(out, "peer: OpenNLP sentences+tokens+POS", total, seconds(t0), articles.size() * rounds);
    t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      opennlp(articles, true);
    }
    line(
        out,
        "peer: OpenNLP sentences+tokens+POS+lemmas",
        total,
        seconds(t0),
        articles.size() * rounds);
    t0 = System.nanoTime();
    int claims = 0;
    for (int r = 0; r < rounds; r++) {
      for (Article a : articles) {
        claims += extractor.extract(a).all().size();
      }
    }
    line(
        out, "ClaimExtractor (rule lemmas, default)", total, seconds(t0), articles.size() * rounds);
    t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Article a : articles) {
        statistical.extract(a);
      }
    }
    line(out, "ClaimExtractor (OpenNLP lemmas)", total, seconds(t0), articles.size() * rounds);
    out.printf(Locale.ROOT, "claims per round: %d%n", claims / Math.max(1, rounds));
  }

  private static void line(PrintStream out, String name, long tokens, double seconds, int docs) {
    out.printf(
        Locale.ROOT,
        "%-45s %8.0f tokens/s %8.1f ms/article%n",
        name,
        tokens / seconds,
        1000 * seconds / Math.max(1, docs));
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
