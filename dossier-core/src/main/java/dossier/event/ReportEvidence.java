package dossier.event;

import java.io.Serializable;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ReportEvidence of one report (or one reuse family pooled) that event grouping compares:
 * sublinear term counts, entity keys, a unit sentence-embedding of its lead, and its publication
 * date ({@code null} when unknown), with the ids of the reports it stands for. It depends on the
 * report alone, so it is made once per report ({@link EventClusterer#evidence}) however many times
 * the report is grouped. Evidence of one report is the {@link EventClusterer.Entry} of grouping.
 */
public record ReportEvidence(
    List<String> ids,
    Map<String, Double> terms,
    Map<String, Double> entities,
    float[] embedding,
    LocalDate date)
    implements EventClusterer.Entry, Serializable {

  /** The first byte of {@link #toBytes}: the version of the format. */
  private static final byte FORMAT = 1;

  public ReportEvidence {
    ids = List.copyOf(ids);
    // Sums over the terms run in their iteration order, which a HashMap does not keep through
    // serialization (it is rebuilt at another capacity). A linked copy keeps it, so evidence made
    // on one machine and grouped on another gives the same sums to the last bit.
    if (!(terms instanceof LinkedHashMap)) {
      terms = new LinkedHashMap<>(terms);
    }
    if (!(entities instanceof LinkedHashMap)) {
      entities = new LinkedHashMap<>(entities);
    }
  }

  /** The id of the (first) report this evidence stands for. */
  @Override
  public String id() {
    return ids.get(0);
  }

  /** This evidence, already made. */
  @Override
  public ReportEvidence evidence() {
    return this;
  }

  /**
   * This evidence without its term counts, for an event to keep once it has weighed them: in a
   * large window the events' parts are most of the memory, and their terms are not read again.
   */
  ReportEvidence withoutTerms() {
    return new ReportEvidence(ids, new LinkedHashMap<>(), entities, embedding, date);
  }

  /**
   * This evidence as bytes that {@link #fromBytes} reads back with the same maps in the same
   * iteration order: counts, then UTF-8 strings and IEEE doubles, the embedding's floats and the
   * date's epoch day. Smaller than Java serialization's form, and read without its class
   * descriptors and object handles, each map built once at its final capacity ({@code
   * EvidenceCodecBenchmark} in the application compares the two).
   */
  public byte[] toBytes() {
    byte[][] idBytes = utf8(ids);
    byte[][] termBytes = utf8(terms.keySet());
    byte[][] entityBytes = utf8(entities.keySet());
    int size =
        1
            + 4
            + length(idBytes)
            + 4
            + length(termBytes)
            + 8 * terms.size()
            + 4
            + length(entityBytes)
            + 8 * entities.size()
            + 4
            + 4 * embedding.length
            + 1
            + 8;
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(FORMAT);
    putStrings(out, idBytes);
    out.putInt(termBytes.length);
    int i = 0;
    for (double w : terms.values()) {
      putString(out, termBytes[i++]);
      out.putDouble(w);
    }
    out.putInt(entityBytes.length);
    i = 0;
    for (double w : entities.values()) {
      putString(out, entityBytes[i++]);
      out.putDouble(w);
    }
    out.putInt(embedding.length);
    for (float f : embedding) {
      out.putFloat(f);
    }
    out.put((byte) (date == null ? 0 : 1));
    out.putLong(date == null ? 0 : date.toEpochDay());
    return Arrays.copyOf(out.array(), out.position());
  }

  /**
   * The evidence {@code bytes} (made by {@link #toBytes}) hold.
   *
   * @throws IllegalArgumentException when the bytes are not evidence in this format
   */
  public static ReportEvidence fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      byte format = in.get();
      if (format != FORMAT) {
        throw new IllegalArgumentException("not report evidence: format " + format);
      }
      int idCount = count(in);
      List<String> ids = new ArrayList<>(idCount);
      for (int i = 0; i < idCount; i++) {
        ids.add(getString(in));
      }
      Map<String, Double> terms = weights(in);
      Map<String, Double> entities = weights(in);
      float[] embedding = new float[count(in)];
      for (int i = 0; i < embedding.length; i++) {
        embedding[i] = in.getFloat();
      }
      boolean dated = in.get() != 0;
      long day = in.getLong();
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(
            "not report evidence: " + in.remaining() + " byte(s) after its end");
      }
      return new ReportEvidence(
          ids, terms, entities, embedding, dated ? LocalDate.ofEpochDay(day) : null);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("not report evidence: cut short at " + in.position(), e);
    }
  }

  private static byte[][] utf8(Collection<String> strings) {
    byte[][] out = new byte[strings.size()][];
    int i = 0;
    for (String s : strings) {
      out[i++] = s.getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }

  private static int length(byte[][] strings) {
    int total = 0;
    for (byte[] s : strings) {
      total += 4 + s.length;
    }
    return total;
  }

  private static void putStrings(ByteBuffer out, byte[][] strings) {
    out.putInt(strings.length);
    for (byte[] s : strings) {
      putString(out, s);
    }
  }

  private static void putString(ByteBuffer out, byte[] s) {
    out.putInt(s.length);
    out.put(s);
  }

  private static int count(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException(
          "not report evidence: count " + n + " at " + in.position());
    }
    return n;
  }

  private static String getString(ByteBuffer in) {
    int n = count(in);
    String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  private static Map<String, Double> weights(ByteBuffer in) {
    int n = count(in);
    Map<String, Double> out = new LinkedHashMap<>((int) (n / 0.75f) + 1);
    for (int i = 0; i < n; i++) {
      out.put(getString(in), in.getDouble());
    }
    return out;
  }

  /** The evidence of several copies taken as one: summed terms, all entities, mean embedding. */
  static ReportEvidence pool(List<ReportEvidence> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<String> ids = parts.stream().flatMap(p -> p.ids().stream()).toList();
    Map<String, Double> terms = new HashMap<>();
    Map<String, Double> entities = new LinkedHashMap<>();
    float[] embedding = new float[parts.get(0).embedding().length];
    LocalDate date = null;
    for (ReportEvidence p : parts) {
      p.terms().forEach((t, w) -> terms.merge(t, w, Double::sum));
      p.entities().forEach((k, w) -> entities.merge(k, w, Double::sum));
      for (int i = 0; i < embedding.length; i++) {
        embedding[i] += p.embedding()[i];
      }
      if (p.date() != null && (date == null || p.date().isBefore(date))) {
        date = p.date();
      }
    }
    return new ReportEvidence(ids, terms, entities, Vectors.unit(embedding), date);
  }
}
