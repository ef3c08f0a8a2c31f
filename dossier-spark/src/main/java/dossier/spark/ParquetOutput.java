package dossier.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dossier.io.DossierJson;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * ParquetOutput writes what a {@link DossierJob} found as Parquet folders under one folder of any
 * Hadoop path: {@code pairs.parquet}, {@code families.parquet}, {@code claims.parquet}, {@code
 * events.parquet}, {@code records.parquet} and {@code rejections.parquet}. Each row is one element
 * of the array of the same name in {@code dossier.json}, its nested shape kept (the schema is read
 * from the JSON that {@link DossierJson#mapper()} writes, as {@link JsonlOutput} writes it). An
 * empty list writes no folder, since Parquet has no schema for it.
 */
final class ParquetOutput {

  private ParquetOutput() {}

  static void write(DossierJob.Result result, String dir, SparkSession spark) {
    Dossier d = result.dossier();
    String root = dir.endsWith("/") ? dir : dir + "/";
    write(spark, root + "pairs.parquet", d.reuse().links());
    write(spark, root + "families.parquet", d.reuse().families());
    if (result.through() == DossierJob.Through.RECORDS) {
      List<ClaimSet> claims = new ArrayList<>();
      for (Article a : d.articles()) {
        claims.add(d.claims().getOrDefault(a.id(), ClaimSet.empty(a.id())));
      }
      write(spark, root + "claims.parquet", claims);
      write(spark, root + "records.parquet", d.records());
    }
    if (result.through() != DossierJob.Through.FAMILIES) {
      write(spark, root + "events.parquet", d.events());
    }
    write(spark, root + "rejections.parquet", result.rejections());
  }

  private static void write(SparkSession spark, String path, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    ObjectWriter json = DossierJson.mapper().writer();
    List<String> lines = new ArrayList<>(values.size());
    for (Object v : values) {
      try {
        lines.add(json.writeValueAsString(v));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write " + v.getClass().getSimpleName(), e);
      }
    }
    spark
        .read()
        .json(spark.createDataset(lines, Encoders.STRING()))
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path);
  }
}
