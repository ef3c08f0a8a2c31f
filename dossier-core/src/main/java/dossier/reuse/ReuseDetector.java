package dossier.reuse;

import dossier.model.AlignedSentence;
import dossier.model.AlignedSentence.Kind;
import dossier.model.Article;
import dossier.model.Drift;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.Span;
import dossier.text.MiniLmEmbedder;
import dossier.text.SentenceEmbedder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A ReuseDetector finds which reports are copies of one another: verbatim, trimmed or paraphrased
 * copies, partial reuse of passages, and independent reports of one event. It picks candidate pairs
 * with a {@link CandidateFinder}, aligns their sentences (words first; sentence embeddings only for
 * pairs the words leave undecided, each sentence embedded once), names the relation of each pair
 * from how much of each text is aligned, lists the drift inside aligned sentences, and groups
 * copies into wire families with one likely origin each.
 *
 * <p>Thread-safe: the detector keeps no state between calls.
 */
public final class ReuseDetector {

  /**
   * Settings of reuse detection.
   *
   * @param candidates candidate search settings
   * @param editedMin the least word similarity for two sentences to align on words alone
   * @param copyMin the least in-order token similarity for a word alignment to count as an edited
   *     copy rather than a rewording
   * @param paraphraseMin the least embedding-plus-evidence score to align two sentences as
   *     paraphrases
   * @param useEmbeddings whether to run the embedding pass at all
   * @param decidedCoverage word-aligned coverage of either text from which the pair counts as a
   *     copy without embeddings
   * @param verbatimCoverage word-aligned coverage of both texts for a verbatim copy
   * @param trimmedCoverage word-aligned coverage of one text for a trimmed copy
   * @param paraphraseCoverage coverage of one text (any alignment) for a paraphrased copy
   * @param partialSentences the least number of aligned sentences for partial reuse
   */
  public record Config(
      CandidateFinder.Config candidates,
      double editedMin,
      double copyMin,
      double paraphraseMin,
      boolean useEmbeddings,
      double decidedCoverage,
      double verbatimCoverage,
      double trimmedCoverage,
      double paraphraseCoverage,
      int partialSentences)
      implements Serializable {
    public Config {
      Objects.requireNonNull(candidates, "candidates");
      for (double v :
          new double[] {
            editedMin,
            copyMin,
            paraphraseMin,
            decidedCoverage,
            verbatimCoverage,
            trimmedCoverage,
            paraphraseCoverage
          }) {
        if (!(v > 0 && v <= 1)) {
          throw new IllegalArgumentException("threshold outside (0, 1]: " + v);
        }
      }
      if (partialSentences < 1) {
        throw new IllegalArgumentException("partialSentences must be positive");
      }
    }

    public static Config defaults() {
      return new Config(
          CandidateFinder.Config.defaults(), 0.6, 0.7, 0.78, true, 0.85, 0.9, 0.8, 0.6, 2);
    }

    /** These settings without the embedding pass (words only). */
    public Config withoutEmbeddings() {
      return new Config(
          candidates,
          editedMin,
          copyMin,
          paraphraseMin,
          false,
          decidedCoverage,
          verbatimCoverage,
          trimmedCoverage,
          paraphraseCoverage,
          partialSentences);
    }

    /** These settings with a time window for candidate pairs. */
    public Config withWindowDays(int days) {
      return new Config(
          candidates.withWindowDays(days),
          editedMin,
          copyMin,
          paraphraseMin,
          useEmbeddings,
          decidedCoverage,
          verbatimCoverage,
          trimmedCoverage,
          paraphraseCoverage,
          partialSentences);
    }
  }

  /**
   * Candidate pairs compared in one round. Pairs come ordered by their first report, so a round
   * holds the pairs of a few hundred neighbouring reports; each report's sentences (and sentence
   * vectors) are made once per round and dropped after it, so the caches stay the size of one round
   * however large the corpus; a report paired in several rounds is prepared once in each.
   */
  static final int PAIRS_PER_ROUND = 4096;

  private final int pairsPerRound;
  private final Config config;
  private final SentenceEmbedder embedder;
  private final CandidateFinder finder;
  private final SentenceAligner aligner;

  /** A detector that embeds with the in-process MiniLM model, loaded on first need. */
  public ReuseDetector(Config config) {
    this(config, MiniLmEmbedder.INSTANCE);
  }

  public ReuseDetector(Config config, SentenceEmbedder embedder) {
    this(config, embedder, PAIRS_PER_ROUND);
  }

  /** A detector comparing {@code pairsPerRound} candidate pairs per round (tests vary it). */
  ReuseDetector(Config config, SentenceEmbedder embedder, int pairsPerRound) {
    if (pairsPerRound < 1) {
      throw new IllegalArgumentException("pairsPerRound must be positive: " + pairsPerRound);
    }
    this.pairsPerRound = pairsPerRound;
    this.config = Objects.requireNonNull(config, "config");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.finder = new CandidateFinder(config.candidates());
    this.aligner = new SentenceAligner(config);
  }

  /** The links between reports that share text or an event, and the families of copies. */
  public ReuseGraph detect(List<Article> articles) {
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id " + a.id());
      }
    }
    List<CandidateFinder.Pair> pairs = finder.find(articles);
    List<ReuseLink> links = new ArrayList<>();
    for (int from = 0; from < pairs.size(); from += pairsPerRound) {
      List<CandidateFinder.Pair> round =
          pairs.subList(from, Math.min(pairs.size(), from + pairsPerRound));
      Map<String, List<Sentence>> sentences = new ConcurrentHashMap<>();
      Map<Integer, float[][]> embeddings = new ConcurrentHashMap<>();
      round.parallelStream()
          .map(p -> link(articles.get(p.a()), articles.get(p.b()), p, sentences, embeddings))
          .filter(Objects::nonNull)
          .forEachOrdered(links::add);
    }
    return new ReuseGraph(links, FamilyGrouper.group(articles, links));
  }

  /**
   * The link between two reports that candidate search paired as {@code pair} (its indexes are only
   * cache keys here), or {@code null} when they are unrelated. One step of {@link #detect}, for
   * engines that compare candidate pairs on many machines.
   */
  public ReuseLink compare(Article a, Article b, CandidateFinder.Pair pair) {
    return link(a, b, pair, new HashMap<>(), new HashMap<>());
  }

  /**
   * The reuse graph of links found pair by pair: the links, in the order given, and the wire
   * families of copies among {@code articles} (in input order). The last step of {@link #detect}.
   */
  public static ReuseGraph group(List<Article> articles, List<ReuseLink> links) {
    return new ReuseGraph(links, FamilyGrouper.group(articles, links));
  }

  /**
   * How alike in meaning each pair of sentences {@code first.get(k)}, {@code second.get(k)} is, in
   * [0, 1]: the score the paraphrase pass of alignment gives (sentence-embedding cosine plus a
   * bonus for lexical evidence: shared numbers, names, quotes and words). Each distinct sentence is
   * embedded once.
   */
  public double[] similarities(List<String> first, List<String> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException("unequal lists: " + first.size() + ", " + second.size());
    }
    List<String> all = new ArrayList<>(first.size() * 2);
    all.addAll(first);
    all.addAll(second);
    List<float[]> vectors = embedder.embed(all);
    double[] out = new double[first.size()];
    for (int k = 0; k < out.length; k++) {
      double cosine = SentenceEmbedder.cosine(vectors.get(k), vectors.get(first.size() + k));
      out[k] =
          SentenceAligner.paraphraseScore(
              Sentence.whole(first.get(k)), Sentence.whole(second.get(k)), cosine);
    }
    return out;
  }

  private ReuseLink link(
      Article a,
      Article b,
      CandidateFinder.Pair pair,
      Map<String, List<Sentence>> sentenceCache,
      Map<Integer, float[][]> embeddingCache) {
    List<Sentence> sa = sentenceCache.computeIfAbsent(a.text(), Sentence::of);
    List<Sentence> sb = sentenceCache.computeIfAbsent(b.text(), Sentence::of);
    if (sa.isEmpty() || sb.isEmpty()) {
      return null;
    }
    List<SentenceAligner.Match> matches;
    if (a.text().equals(b.text())) {
      matches = new ArrayList<>();
      for (int i = 0; i < sa.size(); i++) {
        matches.add(new SentenceAligner.Match(i, i, Kind.EXACT, 1, Double.NaN));
      }
    } else {
      matches = aligner.alignWords(sa, sb);
      double wordsA = coverage(sa, matches, true, false);
      double wordsB = coverage(sb, matches, false, false);
      if (config.useEmbeddings() && Math.max(wordsA, wordsB) < config.decidedCoverage()) {
        matches =
            aligner.alignMeaning(
                sa,
                sb,
                matches,
                () -> embeddingCache.computeIfAbsent(pair.a(), k -> embed(sa, a.text())),
                () -> embeddingCache.computeIfAbsent(pair.b(), k -> embed(sb, b.text())));
      }
    }
    matches = withRepeats(sa, sb, matches);
    double lexA = coverage(sa, matches, true, true);
    double lexB = coverage(sb, matches, false, true);
    double allA = coverage(sa, matches, true, false);
    double allB = coverage(sb, matches, false, false);
    ReuseRelation relation = relation(sa, sb, matches, lexA, lexB, allA, allB);
    if (relation == ReuseRelation.UNRELATED) {
      return null;
    }
    List<AlignedSentence> aligned = new ArrayList<>();
    List<Drift> drift = new ArrayList<>();
    for (SentenceAligner.Match m : matches) {
      Sentence s = sa.get(m.i());
      Sentence t = sb.get(m.j());
      List<AlignedSentence.Edit> edits = new ArrayList<>();
      if (m.kind() != Kind.EXACT) {
        // Independent reports of one event may word a fact alike; only a copy can drift.
        if (relation != ReuseRelation.SAME_EVENT) {
          drift.addAll(DriftFinder.find(a.text(), s, b.text(), t));
        }
        if (m.kind() == Kind.EDITED) {
          for (TokenDiff.Op op : TokenDiff.ops(s.tokens(), t.tokens())) {
            edits.add(
                new AlignedSentence.Edit(
                    span(s, op.aFrom(), op.aTo()), span(t, op.bFrom(), op.bTo())));
          }
        }
      }
      aligned.add(
          new AlignedSentence(s.span(), t.span(), m.kind(), m.lexical(), m.semantic(), edits));
    }
    return new ReuseLink(
        a.id(),
        b.id(),
        relation,
        Math.max(allA, allB),
        pair.containmentA(),
        pair.containmentB(),
        allA,
        allB,
        aligned,
        drift);
  }

  private float[][] embed(List<Sentence> sentences, String text) {
    List<String> texts = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      texts.add(s.span().of(text));
    }
    return embedder.embed(texts).toArray(new float[0][]);
  }

  /** The span of tokens {@code [from, to)}, or the insertion point before token {@code from}. */
  private static Span span(Sentence s, int from, int to) {
    List<Words.Token> t = s.tokens();
    if (to > from) {
      return new Span(t.get(from).start(), t.get(to - 1).end());
    }
    int at = from < t.size() ? t.get(from).start() : s.span().end();
    return new Span(at, at);
  }

  /**
   * Matches for sentences repeated inside one text (a report pasted twice): a repeat of a matched
   * sentence is matched to the same partner, so repetition does not read as unshared text.
   */
  private static List<SentenceAligner.Match> withRepeats(
      List<Sentence> sa, List<Sentence> sb, List<SentenceAligner.Match> matches) {
    Map<String, SentenceAligner.Match> byKeyA = new HashMap<>();
    Map<String, SentenceAligner.Match> byKeyB = new HashMap<>();
    Set<Integer> usedA = new HashSet<>();
    Set<Integer> usedB = new HashSet<>();
    for (SentenceAligner.Match m : matches) {
      byKeyA.putIfAbsent(sa.get(m.i()).key(), m);
      byKeyB.putIfAbsent(sb.get(m.j()).key(), m);
      usedA.add(m.i());
      usedB.add(m.j());
    }
    List<SentenceAligner.Match> out = new ArrayList<>(matches);
    for (int i = 0; i < sa.size(); i++) {
      SentenceAligner.Match twin = byKeyA.get(sa.get(i).key());
      if (!usedA.contains(i) && twin != null) {
        out.add(
            new SentenceAligner.Match(i, twin.j(), twin.kind(), twin.lexical(), twin.semantic()));
      }
    }
    for (int j = 0; j < sb.size(); j++) {
      SentenceAligner.Match twin = byKeyB.get(sb.get(j).key());
      if (!usedB.contains(j) && twin != null) {
        out.add(
            new SentenceAligner.Match(twin.i(), j, twin.kind(), twin.lexical(), twin.semantic()));
      }
    }
    if (out.size() > matches.size()) {
      out.sort(
          (x, y) -> x.i() != y.i() ? Integer.compare(x.i(), y.i()) : Integer.compare(x.j(), y.j()));
    }
    return out;
  }

  /** Share of a text's sentence characters that are aligned (by words only, or by any means). */
  private static double coverage(
      List<Sentence> sentences, List<SentenceAligner.Match> matches, boolean sideA, boolean words) {
    long total = 0;
    for (Sentence s : sentences) {
      total += s.length();
    }
    Set<Integer> covered = new HashSet<>();
    for (SentenceAligner.Match m : matches) {
      if (!words || m.kind() != Kind.PARAPHRASED) {
        covered.add(sideA ? m.i() : m.j());
      }
    }
    long hit = 0;
    for (int k : covered) {
      hit += sentences.get(k).length();
    }
    return total == 0 ? 0 : Math.min(1.0, hit / (double) total);
  }

  private ReuseRelation relation(
      List<Sentence> sa,
      List<Sentence> sb,
      List<SentenceAligner.Match> matches,
      double lexA,
      double lexB,
      double allA,
      double allB) {
    if (lexA >= config.verbatimCoverage() && lexB >= config.verbatimCoverage()) {
      return ReuseRelation.VERBATIM;
    }
    if (Math.max(lexA, lexB) >= config.trimmedCoverage()) {
      return ReuseRelation.TRIMMED;
    }
    if (Math.max(allA, allB) >= config.paraphraseCoverage()) {
      return ReuseRelation.PARAPHRASE;
    }
    if (matches.size() >= config.partialSentences()) {
      return ReuseRelation.PARTIAL;
    }
    return sharedNames(sa, sb) >= 3 ? ReuseRelation.SAME_EVENT : ReuseRelation.UNRELATED;
  }

  /** Distinct capitalised content words (names) the two texts share. */
  private static int sharedNames(List<Sentence> sa, List<Sentence> sb) {
    Set<String> x = names(sa);
    x.retainAll(names(sb));
    return x.size();
  }

  private static Set<String> names(List<Sentence> sentences) {
    Set<String> out = new HashSet<>();
    for (Sentence s : sentences) {
      List<Words.Token> t = s.tokens();
      for (int k = 1; k < t.size(); k++) {
        if (t.get(k).capital() && !Words.isFunctionWord(t.get(k).norm())) {
          out.add(t.get(k).norm());
        }
      }
    }
    return out;
  }
}
