package dossier.spark;

import com.fasterxml.jackson.databind.ObjectWriter;
import dossier.io.DossierJson;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * JsonlOutput writes what a {@link DossierJob} found as JSON lines under one folder of any Hadoop
 * path: {@code pairs.jsonl}, {@code families.jsonl}, {@code claims.jsonl}, {@code events.jsonl},
 * {@code records.jsonl} and {@code rejections.jsonl}, one object a line in the shapes of the same
 * arrays in {@code dossier.json} (written with {@link DossierJson#mapper()}).
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
    Dossier d = result.dossier();
    List<ClaimSet> claims = new ArrayList<>();
    for (Article a : d.articles()) {
      claims.add(d.claims().getOrDefault(a.id(), ClaimSet.empty(a.id())));
    }
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(hadoop);
    fs.mkdirs(root);
    write(fs, new Path(root, "pairs.jsonl"), d.reuse().links());
    write(fs, new Path(root, "families.jsonl"), d.reuse().families());
    if (result.through() == DossierJob.Through.RECORDS) {
      write(fs, new Path(root, "claims.jsonl"), claims);
    }
    if (result.through() != DossierJob.Through.FAMILIES) {
      write(fs, new Path(root, "events.jsonl"), d.events());
    }
    if (result.through() == DossierJob.Through.RECORDS) {
      write(fs, new Path(root, "records.jsonl"), d.records());
    }
    write(fs, new Path(root, "rejections.jsonl"), result.rejections());
  }

  private static void write(FileSystem fs, Path file, List<?> values) throws IOException {
    ObjectWriter json = DossierJson.mapper().writer();
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8), 1 << 16)) {
      for (Object v : values) {
        out.write(json.writeValueAsString(v));
        out.write('\n');
      }
    }
  }
}
