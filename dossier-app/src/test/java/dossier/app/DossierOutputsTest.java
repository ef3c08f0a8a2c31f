package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dossier.io.DossierJson;
import dossier.io.EventsCsv;
import dossier.io.EventsGeoJson;
import dossier.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dossier's machine-readable outputs on the seeds: JSON against its schema, CSV, GeoJSON. */
class DossierOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesDossierJsonThatValidatesAgainstTheDocumentedSchema() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(Path.of("..", "docs", "dossier.schema.json")));
    JsonNode dossier =
        JSON.readTree(
            DossierJson.write(
                SeedDossier.dossier(), List.of(new Rejection("broken.jsonl:2", "malformed JSON"))));
    Set<ValidationMessage> errors = schema.validate(dossier);
    assertThat(errors).isEmpty();
    assertThat(dossier.get("rejections").get(0).get("source").asText()).isEqualTo("broken.jsonl:2");
  }

  @Test
  void streamsTheDossierTreeAsUtf8Json() throws IOException {
    List<Rejection> rejections = List.of(new Rejection("broken.jsonl:2", "malformed JSON"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    DossierJson.write(SeedDossier.dossier(), rejections, out);

    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    // Read back, numbers compare by the types the parser gives them, so compare with the tree's
    // own compact text read back the same way.
    String compact = DossierJson.toJson(SeedDossier.dossier(), rejections).toString();
    assertThat(JSON.readTree(text)).isEqualTo(JSON.readTree(compact));
    assertThat(text).startsWith("{").contains("\n  \"");
  }

  @Test
  void schemaRejectsADossierMissingItsRecords() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(Path.of("..", "docs", "dossier.schema.json")));
    var node =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(DossierJson.write(SeedDossier.dossier(), List.of()));
    node.remove("records");
    assertThat(schema.validate(node)).isNotEmpty();
  }

  @Test
  void writesOneCsvRowPerEventWithUcdpColumns() {
    List<String> lines = EventsCsv.write(SeedDossier.dossier()).lines().toList();
    assertThat(lines).hasSize(1 + SeedDossier.dossier().records().size());
    assertThat(lines.get(0).split(","))
        .contains(
            "date_prec",
            "where_prec",
            "side_a",
            "side_b",
            "best",
            "low",
            "high",
            "number_of_sources");
    String row = lines.get(1);
    assertThat(row).contains("2024-07-25,2024-07-27,2").contains("Mali").contains("Kidal");
  }

  @Test
  void writesGeoJsonWithLongitudeFirst() throws IOException {
    JsonNode geo = JSON.readTree(EventsGeoJson.write(SeedDossier.dossier()));
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode first = geo.get("features").get(0);
    assertThat(first.get("properties").get("feature").asText()).isEqualTo("event");
    double lon = first.get("geometry").get("coordinates").get(0).asDouble();
    double lat = first.get("geometry").get("coordinates").get(1).asDouble();
    // Northern Mali: longitude about 0-4 E, latitude about 17-21 N.
    assertThat(lon).isBetween(-1.0, 5.0);
    assertThat(lat).isBetween(16.0, 22.0);
  }
}
