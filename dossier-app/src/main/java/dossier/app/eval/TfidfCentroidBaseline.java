package dossier.app.eval;

import dossier.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TfidfCentroidBaseline is the plain peer for event grouping: online single-pass clustering of
 * lower-cased word TF-IDF vectors (document frequencies growing with the documents seen), each
 * document joining the centroid with the highest cosine when it reaches the threshold. No
 * embeddings, entities or dates. Thread-safe.
 */
public final class TfidfCentroidBaseline {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final double threshold;

  public TfidfCentroidBaseline(double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
    }
    this.threshold = threshold;
  }

  /** Article id to cluster label, feeding {@code articles} in the given order. */
  public Map<String, String> cluster(List<Article> articles) {
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Double>> centroids = new ArrayList<>();
    List<Double> norms2 = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    int documents = 0;
    for (Article a : articles) {
      Map<String, Integer> tf = new HashMap<>();
      Matcher m = WORD.matcher((a.title() == null ? "" : a.title() + "\n") + a.text());
      while (m.find()) {
        tf.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      documents++;
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      Map<String, Double> vector = new HashMap<>();
      double norm2 = 0;
      for (var e : tf.entrySet()) {
        double w =
            (1 + Math.log(e.getValue()))
                * (Math.log((documents + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
        vector.put(e.getKey(), w);
        norm2 += w * w;
      }
      double norm = Math.sqrt(norm2);
      vector.replaceAll((t, w) -> norm == 0 ? 0 : w / norm);
      int best = -1;
      double bestScore = -1;
      for (int c = 0; c < centroids.size(); c++) {
        Map<String, Double> centroid = centroids.get(c);
        double dot = 0;
        for (var e : vector.entrySet()) {
          Double w = centroid.get(e.getKey());
          if (w != null) {
            dot += w * e.getValue();
          }
        }
        double cos = norms2.get(c) == 0 ? 0 : dot / Math.sqrt(norms2.get(c));
        if (cos > bestScore) {
          bestScore = cos;
          best = c;
        }
      }
      if (best < 0 || bestScore < threshold) {
        centroids.add(new HashMap<>());
        norms2.add(0.0);
        best = centroids.size() - 1;
      }
      Map<String, Double> centroid = centroids.get(best);
      double n2 = norms2.get(best);
      for (var e : vector.entrySet()) {
        double old = centroid.getOrDefault(e.getKey(), 0.0);
        double now = old + e.getValue();
        centroid.put(e.getKey(), now);
        n2 += now * now - old * old;
      }
      norms2.set(best, n2);
      out.put(a.id(), "t" + (best + 1));
    }
    return out;
  }
}
