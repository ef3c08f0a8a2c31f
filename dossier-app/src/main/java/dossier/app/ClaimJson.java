package dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.ActorMention;
import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.ClaimSet;
import dossier.model.Claimant;
import dossier.model.DateMention;
import dossier.model.Figure;
import dossier.model.PlaceMention;
import dossier.model.Quantity;
import dossier.model.Quote;
import dossier.model.Span;

/**
 * ClaimJson writes the claims of one article as the JSON object of the {@code claims} output: the
 * article's {@code id} and {@code source} as in {@code ingest}, then {@code quotes}, {@code
 * casualties}, {@code quantities}, {@code dates}, {@code places} and {@code actors}, each item with
 * its evidence {@code span} ({@code start}, {@code end}, {@code text}). Field names are snake_case;
 * unknown values are {@code null}; an open range has {@code high: null}.
 */
final class ClaimJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClaimJson() {}

  static ObjectNode toJson(Article a, ClaimSet c) {
    String text = a.text();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("published", a.published() == null ? null : a.published().value());
    o.put("dateline", a.dateline());
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : c.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("text", q.text());
      n.put("partial", q.partial());
      claimant(n.putObject("speaker"), q.speaker(), text);
      if (q.speaker() == null) {
        n.putNull("speaker");
      }
      span(n, "cue", q.cue(), text);
      span(n, "span", q.span(), text);
    }
    ArrayNode casualties = o.putArray("casualties");
    for (CasualtyClaim k : c.casualties()) {
      ObjectNode n = casualties.addObject();
      figure(n.putObject("figure"), k.figure());
      n.put("kind", k.kind().name().toLowerCase(java.util.Locale.ROOT));
      n.put("counts_deaths_only", k.kind().deathsOnly());
      n.put("victims", k.victims());
      ArrayNode sides = n.putArray("victim_sides");
      k.victimSides().forEach(sides::add);
      if (k.claimant() == null) {
        n.putNull("claimant");
      } else {
        claimant(n.putObject("claimant"), k.claimant(), text);
      }
      n.put("admission", k.admission());
      span(n, "span", k.span(), text);
    }
    ArrayNode quantities = o.putArray("quantities");
    for (Quantity q : c.quantities()) {
      ObjectNode n = quantities.addObject();
      figure(n.putObject("figure"), q.figure());
      n.put("unit", q.unit());
      span(n, "span", q.span(), text);
    }
    ArrayNode dates = o.putArray("dates");
    for (DateMention d : c.dates()) {
      ObjectNode n = dates.addObject();
      n.put("text", d.text());
      n.put("start", d.start() == null ? null : d.start().toString());
      n.put("end", d.end() == null ? null : d.end().toString());
      n.put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
      n.put("date_prec", d.precision().ucdp());
      span(n, "span", d.span(), text);
    }
    ArrayNode places = o.putArray("places");
    for (PlaceMention p : c.places()) {
      ObjectNode n = places.addObject();
      n.put("text", p.text());
      n.put("key", p.key());
      n.put("name", p.name());
      n.put("geonameid", p.geonameId());
      n.put("country", p.country());
      n.put("region", p.region());
      n.put("latitude", p.latitude());
      n.put("longitude", p.longitude());
      n.put("where_prec", p.precision());
      n.put("basis", p.basis());
      n.put("dateline", p.dateline());
      span(n, "span", p.span(), text);
    }
    ArrayNode actors = o.putArray("actors");
    for (ActorMention m : c.actors()) {
      ObjectNode n = actors.addObject();
      n.put("text", m.text());
      n.put("actor", m.actor());
      n.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
      n.put("expansion", m.expansion());
      span(n, "span", m.span(), text);
    }
    return o;
  }

  private static void claimant(ObjectNode n, Claimant c, String text) {
    if (c == null) {
      return;
    }
    n.put("name", c.name());
    n.put("role", c.role());
    n.put("affiliation", c.affiliation());
    n.put("standing", c.standing().name().toLowerCase(java.util.Locale.ROOT));
    n.put("via", c.via());
    span(n, "span", c.span(), text);
  }

  private static void figure(ObjectNode n, Figure f) {
    n.put("text", f.text());
    n.put("low", f.low());
    if (f.high() == null) {
      n.putNull("high");
    } else {
      n.put("high", f.high());
    }
    n.put("point", f.point());
    n.put("qualifier", f.qualifier().name().toLowerCase(java.util.Locale.ROOT));
    n.put("vague", f.vague());
  }

  private static void span(ObjectNode n, String field, Span s, String text) {
    if (s == null) {
      n.putNull(field);
      return;
    }
    n.putObject(field).put("start", s.start()).put("end", s.end()).put("text", s.of(text));
  }
}
