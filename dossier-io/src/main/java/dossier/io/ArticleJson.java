package dossier.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Article;
import dossier.model.Removal;
import dossier.model.Span;

/**
 * ArticleJson writes an {@link Article} as the JSON object of the {@code ingest} output: metadata,
 * clean text, heading spans and removed blocks. Field names are snake_case; unknown values are
 * {@code null}.
 */
public final class ArticleJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  /** The article as a JSON tree. */
  public static ObjectNode toJson(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("outlet", a.outlet());
    o.put("url", a.url());
    o.put("published", a.published() == null ? null : a.published().value());
    o.put("published_from", a.published() == null ? null : a.published().from());
    o.put("dateline", a.dateline());
    o.put("byline", a.byline());
    ArrayNode credits = o.putArray("credits");
    a.credits().forEach(credits::add);
    o.put("title", a.title());
    o.put("language", a.language());
    o.put("text", a.text());
    ArrayNode headings = o.putArray("headings");
    for (Span h : a.headings()) {
      headings.addObject().put("start", h.start()).put("end", h.end()).put("text", h.of(a.text()));
    }
    ArrayNode removed = o.putArray("removed");
    for (Removal r : a.removed()) {
      removed.addObject().put("text", r.text()).put("reason", r.reason());
    }
    return o;
  }

  /** The article as one line of JSON. */
  public static String toLine(Article a) {
    return toJson(a).toString();
  }
}
