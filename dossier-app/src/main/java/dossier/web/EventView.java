package dossier.web;

import static dossier.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * EventView renders an event's record (the JSON the analysis produced for it) as HTML sections, and
 * finds the evidence spans it cites in one report so that the report page can highlight them. Field
 * names it does not know are still shown, as tables and lists, so nothing the pipeline records is
 * hidden.
 */
final class EventView {

  private static final int MAX_CELL = 400;

  private EventView() {}

  static String render(JsonNode record, Map<String, String> reportTitles) {
    if (record == null || !record.isObject()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      if (v.isNull() || (v.isContainerNode() && v.isEmpty()) || v.isValueNode()) {
        continue;
      }
      String body =
          switch (f.getKey()) {
            case "pairs" -> pairs(v, reportTitles);
            case "families" -> families(v, reportTitles);
            case "reports" -> timeline(v);
            default -> block(v);
          };
      b.append("<section class=\"part\" id=\"part-")
          .append(esc(f.getKey()))
          .append("\"><h2>")
          .append(esc(heading(f.getKey())))
          .append("</h2>")
          .append(body)
          .append("</section>");
    }
    return b.toString();
  }

  /** Reports in publication order, each with its family. */
  private static String timeline(JsonNode reports) {
    List<JsonNode> sorted = new ArrayList<>();
    reports.forEach(sorted::add);
    sorted.sort(
        (x, y) -> x.path("published").asText("~").compareTo(y.path("published").asText("~")));
    StringBuilder b = new StringBuilder("<ol class=\"timeline\">");
    for (JsonNode r : sorted) {
      String id = r.path("id").asText();
      b.append("<li><span class=\"muted\">")
          .append(esc(r.path("published").asText("undated")))
          .append("</span> <a href=\"/reports/")
          .append(Html.url(id))
          .append("\">")
          .append(esc(r.path("title").asText(id)))
          .append("</a> <span class=\"muted\">")
          .append(esc(r.path("outlet").asText("")))
          .append(" · family ")
          .append(esc(r.path("family").asText(id)))
          .append("</span></li>");
    }
    return b.append("</ol>").toString();
  }

  /** Each wire family: its origin and its members with their relation. */
  private static String families(JsonNode families, Map<String, String> titles) {
    StringBuilder b = new StringBuilder("<ul class=\"families\" id=\"families\">");
    for (JsonNode f : families) {
      b.append("<li class=\"family\"><strong>")
          .append(esc(f.path("id").asText()))
          .append("</strong>: ");
      boolean first = true;
      for (JsonNode m : f.path("members")) {
        String id = m.path("article").asText();
        b.append(first ? "" : ", ")
            .append("<a href=\"/reports/")
            .append(Html.url(id))
            .append("\">")
            .append(esc(titles.getOrDefault(id, id)))
            .append("</a> <span class=\"muted\">(")
            .append(esc(m.path("relation").asText()))
            .append(")</span>");
        first = false;
      }
      b.append("</li>");
    }
    return b.append("</ul>").toString();
  }

  /** Side by side: each copy against its origin, aligned sentence by sentence, drift marked. */
  private static String pairs(JsonNode pairs, Map<String, String> titles) {
    StringBuilder b = new StringBuilder();
    for (JsonNode p : pairs) {
      String a = p.path("a").asText();
      String bId = p.path("b").asText();
      List<Html.Mark> driftA = new ArrayList<>();
      List<Html.Mark> driftB = new ArrayList<>();
      for (JsonNode d : p.path("drift")) {
        String css = d.path("changes_meaning").asBoolean(true) ? "drift" : "variant";
        String tip =
            d.path("kind").asText()
                + ": "
                + d.path("text_a").asText()
                + " → "
                + d.path("text_b").asText();
        driftA.add(mark(d.path("span_a"), css, tip));
        driftB.add(mark(d.path("span_b"), css, tip));
      }
      b.append("<div class=\"pair\"><h3>")
          .append(esc(titles.getOrDefault(a, a)))
          .append(" ↔ ")
          .append(esc(titles.getOrDefault(bId, bId)))
          .append(" <span class=\"muted\">(")
          .append(esc(p.path("relation").asText()))
          .append(", ")
          .append(p.path("drift").size())
          .append(" drift)</span></h3><div class=\"side-by-side\">");
      int rows = 0;
      for (JsonNode s : p.path("aligned")) {
        if (rows++ >= 80) {
          break;
        }
        b.append("<div>")
            .append(sentence(s.path("a"), driftA))
            .append("</div><div>")
            .append(sentence(s.path("b"), driftB))
            .append("</div>");
      }
      b.append("</div></div>");
    }
    return b.toString();
  }

  private static Html.Mark mark(JsonNode span, String css, String tip) {
    return new Html.Mark(span.path("start").asInt(), span.path("end").asInt(), css, tip);
  }

  /** One aligned sentence with the drift marks inside it, shifted to the sentence. */
  private static String sentence(JsonNode s, List<Html.Mark> marks) {
    int start = s.path("start").asInt();
    int end = s.path("end").asInt();
    String text = s.path("text").asText("");
    List<Html.Mark> inside = new ArrayList<>();
    for (Html.Mark m : marks) {
      if (m.start() >= start && m.end() <= end && m.end() > m.start()) {
        inside.add(new Html.Mark(m.start() - start, m.end() - start, m.css(), m.title()));
      }
    }
    return Html.paragraphs(text, inside);
  }

  private static String block(JsonNode v) {
    if (v.isArray()) {
      boolean objects = true;
      for (JsonNode item : v) {
        objects &= item.isObject();
      }
      if (objects) {
        List<String> cols = Pages.columns(v);
        StringBuilder b = new StringBuilder("<table class=\"list\"><thead><tr>");
        for (String c : cols) {
          b.append("<th>").append(esc(heading(c))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (JsonNode item : v) {
          b.append("<tr>");
          for (String c : cols) {
            b.append("<td>").append(cell(item.get(c))).append("</td>");
          }
          b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
      }
      StringBuilder b = new StringBuilder("<ul>");
      for (JsonNode item : v) {
        b.append("<li>").append(cell(item)).append("</li>");
      }
      return b.append("</ul>").toString();
    }
    if (v.isObject()) {
      StringBuilder b = new StringBuilder("<dl class=\"meta\">");
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        b.append("<dt>")
            .append(esc(heading(f.getKey())))
            .append("</dt><dd>")
            .append(cell(f.getValue()))
            .append("</dd>");
      }
      return b.append("</dl>").toString();
    }
    return "<p>" + cell(v) + "</p>";
  }

  private static String cell(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    String text = v.isValueNode() ? v.asText() : v.toString();
    if (text.length() > MAX_CELL) {
      text = text.substring(0, MAX_CELL) + "…";
    }
    return esc(text);
  }

  static String heading(String field) {
    String words = field.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * Every evidence span the record cites in the report {@code reportId}: any object naming the
   * report (in a {@code report}, {@code article}, {@code report_id} or {@code doc} field) with
   * integer {@code start} and {@code end}, labelled by its {@code kind} or {@code text}.
   */
  static List<Html.Mark> evidence(JsonNode record, String reportId) {
    List<Html.Mark> out = new ArrayList<>();
    JsonNode claimSet = record.path("claims").path(reportId);
    if (claimSet.isObject()) {
      // dossier.json shape: the report's casualty claims and quotations, each with its span.
      for (String group : new String[] {"casualties", "quotes"}) {
        for (JsonNode c : claimSet.path(group)) {
          JsonNode span = c.path("span");
          if (span.path("start").isIntegralNumber() && span.path("end").isIntegralNumber()) {
            String label =
                group.equals("quotes")
                    ? "quote" + speaker(c.path("speaker"))
                    : c.path("kind").asText("claim")
                        + " "
                        + c.path("figure").path("text").asText("")
                        + speaker(c.path("claimant"));
            out.add(
                new Html.Mark(
                    span.path("start").asInt(),
                    span.path("end").asInt(),
                    group.equals("quotes") ? "claim quote" : "claim",
                    label.strip()));
          }
        }
      }
      return out;
    }
    collect(record, reportId, null, out);
    return out;
  }

  private static String speaker(JsonNode claimant) {
    String name = claimant.path("name").asText("");
    return name.isEmpty() ? "" : " (" + name + ")";
  }

  private static void collect(JsonNode node, String reportId, String label, List<Html.Mark> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, reportId, label, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String here = label;
    for (String name : new String[] {"kind", "type", "claimant", "text"}) {
      JsonNode v = node.get(name);
      if (v != null && v.isTextual() && here == null) {
        here = v.asText();
      }
    }
    String report = null;
    for (String name : new String[] {"report", "article", "report_id", "doc"}) {
      JsonNode v = node.get(name);
      if (v != null && v.isTextual()) {
        report = v.asText();
      }
    }
    JsonNode start = node.get("start");
    JsonNode end = node.get("end");
    if (reportId.equals(report)
        && start != null
        && end != null
        && start.canConvertToInt()
        && end.canConvertToInt()
        && start.isIntegralNumber()) {
      out.add(new Html.Mark(start.asInt(), end.asInt(), "claim", here == null ? "claim" : here));
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collect(it.next(), reportId, here, out);
    }
  }
}
