package dossier.reuse;

import dossier.model.AlignedSentence.Kind;
import dossier.text.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A SentenceAligner matches the sentences of two reports one to one, best local match first, each
 * matched sentence masked, so moved and reordered paragraphs are found. A first pass matches on
 * words (name respellings count as the same word); a second pass, run only when the words leave the
 * pair undecided, matches what is left on sentence embeddings backed by lexical evidence: shared
 * numbers, shared quoted words, shared names, and sentence order. Thread-safe.
 */
final class SentenceAligner {

  /** One matched pair of sentences, by index. */
  record Match(int i, int j, Kind kind, double lexical, double semantic) {}

  private final ReuseDetector.Config config;

  SentenceAligner(ReuseDetector.Config config) {
    this.config = config;
  }

  /** Fuzzy Dice similarity of the content words of two sentences. */
  static double lexical(Sentence s, Sentence t) {
    Set<String> ySet = new HashSet<>(t.content());
    int exact = 0;
    for (String w : s.content()) {
      if (ySet.contains(w)) {
        exact++;
      }
    }
    double dice = exactDice(s, t, exact);
    return Double.isNaN(dice) ? fuzzyDice(s, new HashSet<>(s.content()), t, ySet, exact) : dice;
  }

  /**
   * The similarity of two sentences from {@code exact}, the number of content words of {@code s}
   * (counted with repeats) that are content words of {@code t}, when that decides it; {@code NaN}
   * when near spellings can add to it ({@link #fuzzyDice}).
   */
  private static double exactDice(Sentence s, Sentence t, int exact) {
    List<String> x = s.content();
    List<String> y = t.content();
    if (x.isEmpty() || y.isEmpty()) {
      return s.key().equals(t.key()) ? 1 : 0;
    }
    double dice = 2.0 * exact / (x.size() + y.size());
    return dice < 0.15 || exact == Math.min(x.size(), y.size()) ? dice : Double.NaN;
  }

  /**
   * The Dice similarity of the content words of two sentences, a word of {@code s} counting as
   * shared when {@code t} holds it or a near spelling of it ({@link Lexicon#similarSpelling}, each
   * word of {@code t} matched once), given both sentences' sets of content words and {@code exact}
   * as for {@link #exactDice}.
   */
  private static double fuzzyDice(
      Sentence s, Set<String> xSet, Sentence t, Set<String> ySet, int exact) {
    List<String> x = s.content();
    List<String> y = t.content();
    // The words of t not in s, with their letters, in order; a word matched is taken out.
    String[] restY = new String[y.size()];
    long[] restLetters = new long[y.size()];
    int rest = 0;
    for (String w : y) {
      if (!xSet.contains(w)) {
        restLetters[rest] = Lexicon.letters(w);
        restY[rest++] = w;
      }
    }
    int fuzzy = 0;
    for (String w : x) {
      if (ySet.contains(w)) {
        continue;
      }
      long letters = Lexicon.letters(w);
      for (int k = 0; k < rest; k++) {
        if (Lexicon.similarSpelling(w, letters, restY[k], restLetters[k])) {
          fuzzy++;
          rest--;
          System.arraycopy(restY, k + 1, restY, k, rest - k);
          System.arraycopy(restLetters, k + 1, restLetters, k, rest - k);
          break;
        }
      }
    }
    return 2.0 * (exact + fuzzy) / (x.size() + y.size());
  }

  /**
   * Share of tokens in order common to both sentences (2 LCS / (n + m)): high for edited copies,
   * lower for rewordings that reorder the same words.
   */
  static double sequenceSimilarity(Sentence s, Sentence t) {
    int n = s.tokens().size();
    int m = t.tokens().size();
    int differing = 0;
    for (TokenDiff.Op op : TokenDiff.ops(s.tokens(), t.tokens())) {
      differing += op.sizeA();
    }
    return 2.0 * (n - differing) / (n + m);
  }

  /** Result of the word pass: the matches, and whether they already decide the relation. */
  List<Match> alignWords(List<Sentence> a, List<Sentence> b) {
    // The sentences of b holding each content word, so that the exact shared words of one
    // sentence of a with every sentence of b are counted in one pass over its words; only pairs
    // that may gain from near spellings go through the full similarity.
    Map<String, List<Integer>> holders = new HashMap<>();
    List<Set<String>> contentOfB = new ArrayList<>(b.size());
    for (int j = 0; j < b.size(); j++) {
      Set<String> content = new HashSet<>(b.get(j).content());
      contentOfB.add(content);
      for (String w : content) {
        holders.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
      }
    }
    int[] exact = new int[b.size()];
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      Sentence s = a.get(i);
      Set<String> contentOfS = null; // made when a pair needs it
      Arrays.fill(exact, 0);
      for (String w : s.content()) {
        List<Integer> js = holders.get(w);
        if (js != null) {
          for (int j : js) {
            exact[j]++;
          }
        }
      }
      for (int j = 0; j < b.size(); j++) {
        Sentence t = b.get(j);
        if (s.key().equals(t.key())) {
          candidates.add(new Match(i, j, Kind.EXACT, 1, Double.NaN));
          continue;
        }
        double lex = exactDice(s, t, exact[j]);
        if (Double.isNaN(lex)) {
          if (contentOfS == null) {
            contentOfS = new HashSet<>(s.content());
          }
          lex = fuzzyDice(s, contentOfS, t, contentOfB.get(j), exact[j]);
        }
        if (lex >= config.editedMin()) {
          Kind kind = sequenceSimilarity(s, t) >= config.copyMin() ? Kind.EDITED : Kind.PARAPHRASED;
          candidates.add(new Match(i, j, kind, lex, Double.NaN));
        }
      }
    }
    return greedy(candidates, a.size(), b.size(), new boolean[a.size()], new boolean[b.size()]);
  }

  /**
   * Adds embedding matches for the sentences the word pass left unmatched. {@code embeddingsA} and
   * {@code embeddingsB} give one unit vector per sentence and are called only if needed.
   */
  List<Match> alignMeaning(
      List<Sentence> a,
      List<Sentence> b,
      List<Match> wordMatches,
      Supplier<float[][]> embeddingsA,
      Supplier<float[][]> embeddingsB) {
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    for (Match m : wordMatches) {
      usedA[m.i()] = true;
      usedB[m.j()] = true;
    }
    List<int[]> open = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (usedA[i] || a.get(i).content().size() < 3) {
        continue;
      }
      for (int j = 0; j < b.size(); j++) {
        if (!usedB[j] && b.get(j).content().size() >= 3) {
          open.add(new int[] {i, j});
        }
      }
    }
    if (open.isEmpty()) {
      return wordMatches;
    }
    float[][] ea = embeddingsA.get();
    float[][] eb = embeddingsB.get();
    List<Match> candidates = new ArrayList<>();
    for (int[] p : open) {
      int i = p[0];
      int j = p[1];
      double cos = SentenceEmbedder.cosine(ea[i], eb[j]);
      if (cos < config.paraphraseMin() - 0.15) {
        continue;
      }
      double lex = lexical(a.get(i), b.get(j));
      double score = cos + evidence(a.get(i), b.get(j), lex);
      double order = Math.abs(i / (double) a.size() - j / (double) b.size());
      if (order < 0.15) {
        score += 0.03;
      }
      if (score >= config.paraphraseMin()) {
        candidates.add(new Match(i, j, Kind.PARAPHRASED, Math.min(1, lex), Math.min(1, score)));
      }
    }
    List<Match> out = new ArrayList<>(wordMatches);
    out.addAll(greedy(candidates, a.size(), b.size(), usedA, usedB));
    out.sort((x, y) -> Integer.compare(x.i(), y.i()));
    return out;
  }

  /**
   * The paraphrase score of two sentences from their embedding cosine: the cosine plus the bonus
   * for lexical evidence, clipped to [0, 1].
   */
  static double paraphraseScore(Sentence s, Sentence t, double cosine) {
    return Math.max(0, Math.min(1, cosine + evidence(s, t, lexical(s, t))));
  }

  /** Bonus for lexical evidence that two sentences report the same thing. */
  private static double evidence(Sentence s, Sentence t, double lex) {
    double bonus = 0;
    Set<String> numbersT = new HashSet<>();
    Set<String> namesT = new HashSet<>();
    for (Words.Token w : t.tokens()) {
      if (Lexicon.isNumber(w.norm())) {
        numbersT.add(w.norm());
      } else if (w.capital() && !Words.isFunctionWord(w.norm())) {
        namesT.add(w.norm());
      }
    }
    boolean number = false;
    int names = 0;
    for (Words.Token w : s.tokens()) {
      if (Lexicon.isNumber(w.norm()) && numbersT.contains(w.norm())) {
        number = true;
      } else if (w.capital() && namesT.contains(w.norm())) {
        names++;
      }
    }
    if (number) {
      bonus += 0.05;
    }
    if (names >= 2) {
      bonus += 0.03;
    }
    if (!s.quotes().isEmpty() && !t.quotes().isEmpty()) {
      bonus += 0.03;
    }
    bonus += 0.1 * lex;
    return bonus;
  }

  static List<Match> greedy(
      List<Match> candidates, int n, int m, boolean[] usedA, boolean[] usedB) {
    candidates.sort(
        (x, y) -> {
          int c = Double.compare(rank(y), rank(x));
          if (c != 0) {
            return c;
          }
          double dx = Math.abs(x.i() / (double) n - x.j() / (double) m);
          double dy = Math.abs(y.i() / (double) n - y.j() / (double) m);
          return Double.compare(dx, dy);
        });
    List<Match> out = new ArrayList<>();
    for (Match c : candidates) {
      if (!usedA[c.i()] && !usedB[c.j()]) {
        usedA[c.i()] = true;
        usedB[c.j()] = true;
        out.add(c);
      }
    }
    out.sort((x, y) -> Integer.compare(x.i(), y.i()));
    return out;
  }

  private static double rank(Match m) {
    return Double.isNaN(m.semantic()) ? m.lexical() : m.semantic();
  }
}
