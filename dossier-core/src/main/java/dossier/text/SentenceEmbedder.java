package dossier.text;

import java.util.List;

/**
 * A SentenceEmbedder maps sentences to unit-length vectors whose dot product measures semantic
 * similarity. Implementations run in-process and never reach the network.
 */
public interface SentenceEmbedder {

  /** One L2-normalised vector per input sentence, in input order. */
  List<float[]> embed(List<String> sentences);

  /** Cosine similarity of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("dimension mismatch " + a.length + " vs " + b.length);
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
