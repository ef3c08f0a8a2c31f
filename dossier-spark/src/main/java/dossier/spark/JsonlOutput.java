package dossier.spark;

import com.fasterxml.jackson.databind.ObjectWriter;
import dossier.io.DossierJson;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;

/**
 * JsonlOutput writes what a {@link DossierJob} found as JSON lines under one folder of any Hadoop
 * path: {@code pairs.jsonl}, {@code families.jsonl}, {@code claims.jsonl}, {@code events.jsonl},
 * {@code records.jsonl} and {@code rejections.jsonl}, one object a line in the shapes of the same
 * arrays in {@code dossier.json} (written with {@link DossierJson#mapper()}). Pairs and claims are
 * made into JSON on the executors and streamed to the file in order, a few partitions at a time:
 * while the driver writes one partition, the executors already make the next ones.
 */
final class JsonlOutput {

  /**
   * The files a complete run writes, in the order written (one through events: no claims, records;
   * one through families: no claims, events, records).
   */
  static final List<String> FILES =
      List.of(
          "pairs.jsonl",
          "families.jsonl",
          "claims.jsonl",
          "events.jsonl",
          "records.jsonl",
          "rejections.jsonl");

  /** Bytes of JSON lines sent from an executor at a time. */
  static final int BLOCK = 1 << 20;

  private JsonlOutput() {}

  static void write(DossierJob.Result result, String dir, Configuration hadoop) throws IOException {
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(hadoop);
    fs.mkdirs(root);
    write(fs, new Path(root, "pairs.jsonl"), result.links());
    write(fs, new Path(root, "families.jsonl"), lines(result.families()));
    if (result.through() == DossierJob.Through.RECORDS) {
      write(fs, new Path(root, "claims.jsonl"), result.claims());
    }
    if (result.through() != DossierJob.Through.FAMILIES) {
      write(fs, new Path(root, "events.jsonl"), lines(result.events()));
    }
    if (result.through() == DossierJob.Through.RECORDS) {
      write(fs, new Path(root, "records.jsonl"), lines(result.records()));
    }
    write(fs, new Path(root, "rejections.jsonl"), lines(result.rejections()));
  }

  /** Each value as one JSON line, in order. */
  static Iterator<String> lines(List<?> values) {
    ObjectWriter json = DossierJson.mapper().writer();
    return values.stream().map(v -> text(json, v)).iterator();
  }

  /** The values as JSON lines, in the same partitions and order. */
  static JavaRDD<String> json(JavaRDD<?> values) {
    return values.mapPartitions(
        it -> {
          ObjectWriter json = DossierJson.mapper().writer();
          return new Iterator<String>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public String next() {
              return text(json, it.next());
            }
          };
        });
  }

  private static String text(ObjectWriter json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * The values as JSON lines in UTF-8, each partition's lines in blocks of about {@link #BLOCK}
   * bytes (a line longer than that is a block of its own).
   */
  static JavaRDD<byte[]> blocks(JavaRDD<?> values) {
    return json(values)
        .mapPartitions(
            lines -> {
              List<byte[]> out = new ArrayList<>();
              ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK + (BLOCK >> 3));
              while (lines.hasNext()) {
                block.writeBytes(lines.next().getBytes(StandardCharsets.UTF_8));
                block.write('\n');
                if (block.size() >= BLOCK) {
                  out.add(block.toByteArray());
                  block.reset();
                }
              }
              if (block.size() > 0) {
                out.add(block.toByteArray());
              }
              return out.iterator();
            });
  }

  /**
   * Writes the values as JSON lines in order. Partitions are fetched as separate jobs, up to the
   * cluster's parallelism plus one ahead of the partition being written, so the driver holds at
   * most that many partitions' lines.
   */
  static void write(FileSystem fs, Path file, JavaRDD<?> values) throws IOException {
    JavaRDD<byte[]> blocks = blocks(values);
    int partitions = blocks.getNumPartitions();
    int ahead = Math.max(1, blocks.context().defaultParallelism()) + 1;
    ExecutorService fetcher =
        Executors.newFixedThreadPool(
            ahead,
            task -> {
              Thread t = new Thread(task, "dossier-jsonl-fetch");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<List<byte[]>>> pending = new ArrayDeque<>();
    try (OutputStream out = fs.create(file, true)) {
      int next = 0;
      for (int written = 0; written < partitions; written++) {
        while (next < partitions && pending.size() < ahead) {
          int partition = next++;
          pending.add(fetcher.submit(() -> blocks.collectPartitions(new int[] {partition})[0]));
        }
        for (byte[] block : take(pending.poll(), file)) {
          out.write(block);
        }
      }
    } finally {
      pending.forEach(f -> f.cancel(true));
      fetcher.shutdownNow();
    }
  }

  private static List<byte[]> take(Future<List<byte[]>> partition, Path file) throws IOException {
    try {
      return partition.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted writing " + file);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException("cannot write " + file + ": " + cause.getMessage(), cause);
    }
  }

  private static void write(FileSystem fs, Path file, Iterator<String> lines) throws IOException {
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8), 1 << 16)) {
      while (lines.hasNext()) {
        out.write(lines.next());
        out.write('\n');
      }
    }
  }
}
