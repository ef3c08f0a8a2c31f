package dossier.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An immutable list of articles held packed: each article as its serialized form (the fields of
 * {@link Article} in a fixed order, strings as UTF-8), deflated. {@link #get} unpacks a new copy
 * each time, equal to the article added. For corpora whose texts, as Java strings of two bytes per
 * character, would not fit the heap: the packed form of a report is a fraction of that, and a stage
 * that reads one report at a time (candidate search, pair comparison) holds one report's strings
 * per thread.
 *
 * <p>Unpacking costs a decompression per call; callers that read an article many times should keep
 * the copy they got. Safe for concurrent reads.
 */
public final class PackedArticles extends AbstractList<Article> implements RandomAccess {

  private final byte[][] packed;

  private PackedArticles(byte[][] packed) {
    this.packed = packed;
  }

  /** The articles, packed, in the same order. */
  public static PackedArticles of(List<Article> articles) {
    return new Builder().addAll(articles).build();
  }

  /**
   * The packed form of {@code article}: the length of its serialized form (four bytes), then that
   * form deflated. The form is made whole first and deflated in one call: the form's many small
   * writes would each be a call into zlib otherwise.
   */
  private static byte[] pack(Article article) {
    ByteArrayOutputStream form = new ByteArrayOutputStream(256 + 2 * article.text().length());
    try (DataOutputStream out = new DataOutputStream(form)) {
      Article.Form.writeTo(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack article " + article.id(), e);
    }
    byte[] raw = form.toByteArray();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(raw);
      deflater.finish();
      byte[] out = new byte[4 + raw.length / 2 + 64];
      int n = 4;
      while (!deflater.finished()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        n += deflater.deflate(out, n, out.length - n);
      }
      out[0] = (byte) (raw.length >>> 24);
      out[1] = (byte) (raw.length >>> 16);
      out[2] = (byte) (raw.length >>> 8);
      out[3] = (byte) raw.length;
      return Arrays.copyOf(out, n);
    } finally {
      deflater.end();
    }
  }

  @Override
  public Article get(int index) {
    byte[] packedForm = packed[index]; // throws for an index out of range
    int length =
        (packedForm[0] & 0xff) << 24
            | (packedForm[1] & 0xff) << 16
            | (packedForm[2] & 0xff) << 8
            | (packedForm[3] & 0xff);
    byte[] raw = new byte[length];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(packedForm, 4, packedForm.length - 4);
      int n = 0;
      while (n < length) {
        int got = inflater.inflate(raw, n, length - n);
        if (got == 0 && (inflater.finished() || inflater.needsInput())) {
          throw new IllegalStateException("article " + index + ": packed form is cut short");
        }
        n += got;
      }
      return Article.Form.readFrom(new DataInputStream(new ByteArrayInputStream(raw)));
    } catch (DataFormatException | IOException e) {
      throw new IllegalStateException("cannot unpack article " + index, e);
    } finally {
      inflater.end();
    }
  }

  /**
   * These articles, each replaced by what {@code f} makes of it, in the same order; {@code f} runs
   * on the common pool's threads, and an article it returns unchanged (the same instance) keeps its
   * packed form.
   */
  public PackedArticles map(UnaryOperator<Article> f) {
    byte[][] out = new byte[packed.length][];
    IntStream.range(0, packed.length)
        .parallel()
        .forEach(
            i -> {
              Article a = get(i);
              Article b = f.apply(a);
              out[i] = b == a ? packed[i] : pack(b);
            });
    return new PackedArticles(out);
  }

  @Override
  public int size() {
    return packed.length;
  }

  /** Bytes held by the packed forms (without the array headers). */
  public long packedBytes() {
    long n = 0;
    for (byte[] p : packed) {
      n += p.length;
    }
    return n;
  }

  /** Collects packed articles in order. Not thread-safe. */
  public static final class Builder {
    private final List<byte[]> packed = new ArrayList<>();

    /** Adds articles in their order, packing them on the common pool's threads. */
    public Builder addAll(List<Article> articles) {
      packed.addAll(articles.parallelStream().map(PackedArticles::pack).toList());
      return this;
    }

    /** The articles added so far, in order. */
    public PackedArticles build() {
      return new PackedArticles(packed.toArray(new byte[0][]));
    }
  }
}
