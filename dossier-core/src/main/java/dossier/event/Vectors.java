package dossier.event;

/** Vectors holds the dense-vector arithmetic event grouping needs. Stateless. */
final class Vectors {

  private Vectors() {}

  static float[] unit(float[] v) {
    double norm = Math.sqrt(dot(v, v));
    float[] out = v.clone();
    if (norm > 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] /= (float) norm;
      }
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  static void addTo(float[] sum, float[] v) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += v[i];
    }
  }
}
