package dossier.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * DossierJson writes a {@link Dossier} as {@code dossier.json}: reports (metadata and removed
 * furniture), reuse pairs and families with drift, claims per report, events with their
 * memberships, and event records with facts, estimates and contradictions, every claim with its
 * evidence span. Field names are snake_case, enum values lower-case with hyphens, and a number that
 * was not computed is {@code null}; the shape is described by {@code docs/dossier.schema.json}.
 */
public final class DossierJson {

  /** The version of the output's shape, written as {@code schema_version}. */
  public static final String SCHEMA_VERSION = "1";

  private static final ObjectMapper MAPPER = mapper();

  private DossierJson() {}

  /** The mapper every Dossier writer and the web app use for model records. */
  public static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper();
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    SimpleModule enums = new SimpleModule("dossier-enums");
    enums.addSerializer(
        Enum.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
          }
        });
    JsonSerializer<Double> finite =
        new JsonSerializer<>() {
          @Override
          public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            if (value == null || value.isNaN() || value.isInfinite()) {
              gen.writeNull();
            } else {
              gen.writeNumber(value);
            }
          }
        };
    enums.addSerializer(Double.class, finite);
    enums.addSerializer(Double.TYPE, finite);
    m.registerModule(enums);
    // Only record components are data; "isEmpty()" and the like are conveniences.
    m.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    return m;
  }

  /** The dossier as a JSON tree; {@code rejections} are the inputs that did not become reports. */
  public static ObjectNode toJson(Dossier dossier, List<Rejection> rejections) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema_version", SCHEMA_VERSION);
    ArrayNode reports = root.putArray("reports");
    for (Article a : dossier.articles()) {
      reports.add(ArticleJson.toJson(a));
    }
    root.set("rejections", MAPPER.valueToTree(rejections));
    root.set("pairs", MAPPER.valueToTree(dossier.reuse().links()));
    root.set("families", MAPPER.valueToTree(dossier.reuse().families()));
    ObjectNode claims = root.putObject("claims");
    for (Article a : dossier.articles()) {
      ClaimSet set = dossier.claims().getOrDefault(a.id(), ClaimSet.empty(a.id()));
      claims.set(a.id(), MAPPER.valueToTree(set));
    }
    root.set("events", MAPPER.valueToTree(dossier.events()));
    root.set("records", MAPPER.valueToTree(dossier.records()));
    return root;
  }

  /** The dossier as pretty-printed JSON text. */
  public static String write(Dossier dossier, List<Rejection> rejections) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dossier, rejections, out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write dossier JSON", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The dossier as pretty-printed JSON in UTF-8, streamed to {@code out} (which it closes): a
   * corpus's dossier can outgrow the largest string.
   */
  public static void write(Dossier dossier, List<Rejection> rejections, OutputStream out)
      throws IOException {
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toJson(dossier, rejections));
  }
}
