package dossier.text;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A MiniLmEmbedder embeds sentences with the quantized all-MiniLM-L6-v2 model that ships inside
 * langchain4j's ONNX jar (384 dimensions, no network). The model loads once per JVM on first use;
 * results are cached by sentence text. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  private static final int CACHE_LIMIT = 200_000;
  private static volatile EmbeddingModel model;

  private final ConcurrentMap<String, float[]> cache = new ConcurrentHashMap<>();
  private final int cacheLimit;

  /** The shared instance; the ONNX model is loaded lazily on the first call to embed. */
  public static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder(CACHE_LIMIT);

  /** An embedder whose cache empties itself beyond {@code cacheLimit} sentences (for tests). */
  MiniLmEmbedder(int cacheLimit) {
    this.cacheLimit = cacheLimit;
  }

  private static EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (MiniLmEmbedder.class) {
        m = model;
        if (m == null) {
          m = new AllMiniLmL6V2QuantizedEmbeddingModel();
          model = m;
        }
      }
    }
    return m;
  }

  @Override
  public List<float[]> embed(List<String> sentences) {
    // Vectors are read once into a map of this call, so that the cache emptying itself at its
    // limit (here or on another thread) between the lookup and the answer loses nothing.
    Map<String, float[]> found = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String s : sentences) {
      if (!found.containsKey(s)) {
        float[] v = cache.get(s);
        found.put(s, v);
        if (v == null) {
          missing.add(s);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<TextSegment> segments = new ArrayList<>(missing.size());
      for (String s : missing) {
        segments.add(TextSegment.from(s.isBlank() ? "." : s));
      }
      List<Embedding> out = model().embedAll(segments).content();
      if (cache.size() > cacheLimit) {
        cache.clear();
      }
      for (int i = 0; i < missing.size(); i++) {
        float[] v = normalise(out.get(i).vector());
        found.put(missing.get(i), v);
        cache.put(missing.get(i), v);
      }
    }
    List<float[]> result = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      result.add(found.get(s));
    }
    return result;
  }

  private static float[] normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = v.clone();
    if (norm > 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] /= (float) norm;
      }
    }
    return out;
  }
}
