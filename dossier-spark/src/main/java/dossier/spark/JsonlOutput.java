package dossier.spark;

import com.fasterxml.jackson.databind.ObjectWriter;
import dossier.io.DossierJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;

/**
 * JsonlOutput writes what a {@link DossierJob} found as JSON lines under one folder of any Hadoop
 * path: {@code pairs.jsonl}, {@code families.jsonl}, {@code claims.jsonl}, {@code events.jsonl},
 * {@code records.jsonl} and {@code rejections.jsonl}, one object a line in the shapes of the same
 * arrays in {@code dossier.json} (written with {@link DossierJson#mapper()}). Pairs and claims are
 * streamed from the cluster one partition at a time.
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

  private JsonlOutput() {}

  static void write(DossierJob.Result result, String dir, Configuration hadoop) throws IOException {
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(hadoop);
    fs.mkdirs(root);
    write(fs, new Path(root, "pairs.jsonl"), lines(result.links()));
    write(fs, new Path(root, "families.jsonl"), lines(result.families()));
    if (result.through() == DossierJob.Through.RECORDS) {
      write(fs, new Path(root, "claims.jsonl"), lines(result.claims()));
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

  /** Each value as one JSON line, written on the executors, in order. */
  static Iterator<String> lines(JavaRDD<?> values) {
    return json(values).toLocalIterator();
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
