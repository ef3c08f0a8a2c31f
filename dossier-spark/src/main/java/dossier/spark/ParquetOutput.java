package dossier.spark;

import dossier.io.DossierJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * ParquetOutput writes what a {@link DossierJob} found as Parquet folders under one folder of any
 * Hadoop path: {@code pairs.parquet}, {@code families.parquet}, {@code claims.parquet}, {@code
 * events.parquet}, {@code records.parquet} and {@code rejections.parquet}. Each row is one element
 * of the array of the same name in {@code dossier.json}, its nested shape kept (the schema is read
 * from the JSON that {@link DossierJson#mapper()} writes, as {@link JsonlOutput} writes it). An
 * empty list writes no folder, since Parquet has no schema for it. Pairs and claims go from the
 * executors to the files without passing the driver.
 */
final class ParquetOutput {

  private ParquetOutput() {}

  static void write(DossierJob.Result result, String dir, SparkSession spark) {
    String root = dir.endsWith("/") ? dir : dir + "/";
    write(spark, root + "pairs.parquet", JsonlOutput.json(result.links()));
    write(spark, root + "families.parquet", result.families());
    if (result.through() == DossierJob.Through.RECORDS) {
      write(spark, root + "claims.parquet", JsonlOutput.json(result.claims()));
      write(spark, root + "records.parquet", result.records());
    }
    if (result.through() != DossierJob.Through.FAMILIES) {
      write(spark, root + "events.parquet", result.events());
    }
    write(spark, root + "rejections.parquet", result.rejections());
  }

  private static void write(SparkSession spark, String path, List<?> values) {
    List<String> lines = new ArrayList<>(values.size());
    JsonlOutput.lines(values).forEachRemaining(lines::add);
    if (!lines.isEmpty()) {
      write(spark, path, spark.createDataset(lines, Encoders.STRING()).javaRDD());
    }
  }

  private static void write(SparkSession spark, String path, JavaRDD<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    spark
        .read()
        .json(spark.createDataset(lines.rdd(), Encoders.STRING()))
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path);
  }
}
