package dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.io.ArticleJson;
import dossier.model.Article;
import dossier.model.Published;
import dossier.model.Removal;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/** ArticleRows turns an {@link Article} into the JSON text a row stores, and back. */
final class ArticleRows {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleRows() {}

  static String write(Article article) {
    return ArticleJson.toLine(article);
  }

  static Article read(String json) {
    JsonNode o;
    try {
      o = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt article row: " + e.getOriginalMessage(), e);
    }
    String published = text(o, "published");
    List<String> credits = new ArrayList<>();
    o.path("credits").forEach(c -> credits.add(c.asText()));
    List<Span> headings = new ArrayList<>();
    o.path("headings")
        .forEach(h -> headings.add(new Span(h.path("start").asInt(), h.path("end").asInt())));
    List<Removal> removed = new ArrayList<>();
    o.path("removed")
        .forEach(r -> removed.add(new Removal(r.path("text").asText(), r.path("reason").asText())));
    return new Article(
        o.path("id").asText(),
        o.path("source").asText(),
        text(o, "outlet"),
        text(o, "url"),
        published == null
            ? null
            : new Published(published, orElse(text(o, "published_from"), "field")),
        text(o, "dateline"),
        text(o, "byline"),
        credits,
        text(o, "title"),
        o.path("text").asText(),
        headings,
        removed,
        text(o, "language"));
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
