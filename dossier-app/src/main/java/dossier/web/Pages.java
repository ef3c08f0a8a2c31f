package dossier.web;

import static dossier.web.Html.esc;
import static dossier.web.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Article;
import dossier.model.Removal;
import dossier.model.Span;
import dossier.store.DossierStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pages renders the web app's HTML. Every value from a report or a request goes through {@link
 * Html#esc}; pages load only this server's stylesheet and script, so the Content-Security-Policy
 * can forbid inline script altogether.
 */
final class Pages {

  private final boolean tokenRequired;

  Pages(boolean tokenRequired) {
    this.tokenRequired = tokenRequired;
  }

  String layout(String title, String body) {
    return layout(title, body, "");
  }

  String layout(String title, String body, String head) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + esc(title)
        + " · Dossier</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
        + head
        + "<script src=\"/static/app.js\" defer></script></head><body>"
        + "<header><a class=\"brand\" href=\"/\">Dossier</a><nav>"
        + "<a href=\"/\">Events</a><a href=\"/reports\">Reports</a>"
        + "<a href=\"/add\">Add reports</a><a href=\"/jobs\">Jobs</a></nav>"
        + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
        + "<input type=\"search\" name=\"q\" placeholder=\"Search all reports\""
        + " aria-label=\"Search all reports\"></form></header><main>"
        + body
        + "</main></body></html>";
  }

  // ------------------------------------------------------------------------------- events

  String events(List<DossierStore.EventSummary> events, DossierStore.EventQuery q, int reports) {
    StringBuilder b = new StringBuilder("<h1>Events</h1>");
    b.append("<form class=\"filters\" method=\"get\" action=\"/\">")
        .append(input("q", "Text", q.text()))
        .append(input("place", "Place", q.place()))
        .append(input("actor", "Actor", q.actor()))
        .append(dateInput("from", "From", q.from()))
        .append(dateInput("to", "To", q.to()))
        .append("<button type=\"submit\">Filter</button></form>");
    if (events.isEmpty()) {
      b.append("<p class=\"empty\" id=\"no-events\">No events")
          .append(reports == 0 ? " yet: <a href=\"/add\">add reports</a>." : " match.")
          .append(" The store holds ")
          .append(reports)
          .append(" report(s): <a href=\"/reports\">see them</a>.</p>");
      return layout("Events", b.toString());
    }
    b.append("<table class=\"list\" id=\"events\"><thead><tr><th>Event</th><th>Place</th>")
        .append("<th>Dates</th><th>Reports</th><th>Independent sources</th><th>Actors</th>")
        .append("</tr></thead><tbody>");
    for (DossierStore.EventSummary e : events) {
      b.append("<tr><td><a href=\"/events/")
          .append(url(e.id()))
          .append("\">")
          .append(esc(e.title() == null ? e.id() : e.title()))
          .append("</a></td><td>")
          .append(esc(e.place()))
          .append("</td><td>")
          .append(esc(dates(e.firstDate(), e.lastDate())))
          .append("</td><td class=\"num\">")
          .append(e.reportCount())
          .append("</td><td class=\"num\">")
          .append(e.sourceCount())
          .append("</td><td>")
          .append(esc(String.join(", ", e.actors())))
          .append("</td></tr>");
    }
    b.append("</tbody></table>");
    return layout("Events", b.toString());
  }

  String event(DossierStore.EventEntry e, JsonNode record, Map<String, String> reportTitles) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(e.title() == null ? "Event " + e.id() : e.title())).append("</h1>");
    b.append("<dl class=\"meta\">")
        .append(dt("Dates", dates(e.firstDate(), e.lastDate())))
        .append(dt("Place", e.place()))
        .append(dt("Actors", String.join(", ", e.actors())))
        .append(dt("Reports", String.valueOf(e.reportIds().size())))
        .append(dt("Independent sources", String.valueOf(e.sourceCount())))
        .append("</dl>");
    b.append(EventView.render(record, reportTitles));
    b.append("<h2>Reports</h2><ul class=\"reports\">");
    for (String id : e.reportIds()) {
      b.append("<li><a href=\"/reports/")
          .append(url(id))
          .append("\">")
          .append(esc(reportTitles.getOrDefault(id, id)))
          .append("</a></li>");
    }
    b.append("</ul><p><a href=\"/api/events/").append(url(e.id())).append("\">JSON</a></p>");
    return layout(e.title() == null ? "Event" : e.title(), b.toString());
  }

  /** Hashes of the inline stylesheets seen so far (the pipeline writes the same one each time). */
  private static final Map<String, String> STYLE_HASHES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A page and the Content-Security-Policy to serve it with. */
  record Rendered(String html, String csp) {}

  /**
   * The pipeline's own page for an event (the content of report.html: inline CSS, no script) with a
   * navigation bar added. Its one inline stylesheet is allowed by its hash; nothing else inline is.
   */
  static Rendered pipelinePage(String eventId, String page, Map<String, String> reportTitles) {
    StringBuilder nav =
        new StringBuilder("<nav id=\"dossier-nav\"><a href=\"/\">All events</a> · ")
            .append("<a href=\"/reports\">Reports</a> · <a href=\"/search\">Search</a> · ")
            .append("<a href=\"/api/events/")
            .append(url(eventId))
            .append("\">JSON</a><br>Reports of this event: ");
    boolean first = true;
    for (Map.Entry<String, String> r : reportTitles.entrySet()) {
      nav.append(first ? "" : " · ")
          .append("<a class=\"report-link\" href=\"/reports/")
          .append(url(r.getKey()))
          .append("\">")
          .append(esc(r.getValue()))
          .append("</a>");
      first = false;
    }
    nav.append("</nav>");
    int body = page.indexOf("<body>");
    String html =
        body < 0 ? nav + page : page.substring(0, body + 6) + nav + page.substring(body + 6);
    List<String> hashes = new ArrayList<>();
    if (STYLE_HASHES.size() > 64) {
      STYLE_HASHES.clear();
    }
    int from = 0;
    while (true) {
      int open = html.indexOf("<style>", from);
      int close = open < 0 ? -1 : html.indexOf("</style>", open);
      if (close < 0) {
        break;
      }
      hashes.add(
          "'sha256-"
              + STYLE_HASHES.computeIfAbsent(html.substring(open + 7, close), Pages::sha256)
              + "'");
      from = close;
    }
    String csp =
        "default-src 'none'; style-src "
            + (hashes.isEmpty() ? "'none'" : String.join(" ", hashes))
            + "; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    return new Rendered(html, csp);
  }

  private static String sha256(String text) {
    try {
      return java.util.Base64.getEncoder()
          .encodeToString(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  // ------------------------------------------------------------------------------ reports

  String reports(List<DossierStore.ReportSummary> reports, int total, int offset, int limit) {
    StringBuilder b = new StringBuilder("<h1>Reports</h1>");
    b.append("<p>").append(total).append(" report(s) in the store.</p>");
    if (reports.isEmpty()) {
      b.append("<p class=\"empty\">No reports here. <a href=\"/add\">Add reports</a>.</p>");
      return layout("Reports", b.toString());
    }
    b.append("<table class=\"list\" id=\"reports\"><thead><tr><th>Title</th><th>Outlet</th>")
        .append("<th>Published</th><th>Revision</th><th>Characters</th></tr></thead><tbody>");
    for (DossierStore.ReportSummary r : reports) {
      b.append("<tr><td><a href=\"/reports/")
          .append(url(r.id()))
          .append("\">")
          .append(esc(r.title() == null ? r.id() : r.title()))
          .append("</a></td><td>")
          .append(esc(r.outlet()))
          .append("</td><td>")
          .append(esc(r.published()))
          .append("</td><td class=\"num\">")
          .append(r.revision())
          .append("</td><td class=\"num\">")
          .append(r.chars())
          .append("</td></tr>");
    }
    b.append("</tbody></table><p class=\"pager\">");
    if (offset > 0) {
      b.append("<a href=\"/reports?offset=")
          .append(Math.max(0, offset - limit))
          .append("\">Newer</a> ");
    }
    if (offset + limit < total) {
      b.append("<a href=\"/reports?offset=").append(offset + limit).append("\">Older</a>");
    }
    b.append("</p>");
    return layout("Reports", b.toString());
  }

  String report(
      DossierStore.StoredReport stored,
      List<DossierStore.Revision> revisions,
      List<String> events,
      List<Html.Mark> claims) {
    Article a = stored.article();
    StringBuilder b = new StringBuilder();
    b.append("<h1 id=\"report-title\">")
        .append(esc(a.title() == null ? a.id() : a.title()))
        .append("</h1>");
    b.append("<dl class=\"meta\" id=\"report-meta\">")
        .append(dt("Id", a.id()))
        .append(dt("Outlet", a.outlet()))
        .append("<dt>URL</dt><dd>")
        .append(Html.externalLink(a.url(), a.url() == null ? "" : a.url()))
        .append("</dd>")
        .append(
            dt(
                "Published",
                a.published() == null
                    ? null
                    : a.published().value() + " (from " + a.published().from() + ")"))
        .append(dt("Dateline", a.dateline()))
        .append(dt("Byline", a.byline()))
        .append(dt("Credits", String.join(", ", a.credits())))
        .append(dt("Language", a.language()))
        .append(dt("Read from", a.source()))
        .append(dt("Revision", stored.revision() + " (added " + stored.addedAt() + ")"))
        .append("</dl>");
    if (!events.isEmpty()) {
      b.append("<p>In event(s): ");
      for (String e : events) {
        b.append("<a href=\"/events/").append(url(e)).append("\">").append(esc(e)).append("</a> ");
      }
      b.append("</p>");
    }
    List<Html.Mark> marks = new ArrayList<>(claims);
    for (Span h : a.headings()) {
      marks.add(new Html.Mark(h.start(), h.end(), "heading", "sub-heading"));
    }
    b.append("<h2>Text</h2>");
    if (!claims.isEmpty()) {
      b.append("<p class=\"legend\">Highlighted: ").append(claims.size()).append(" claim(s).</p>");
    }
    b.append("<article class=\"text\" id=\"report-text\">")
        .append(Html.paragraphs(a.text(), marks))
        .append("</article>");
    b.append("<h2>Removed furniture</h2>");
    if (a.removed().isEmpty()) {
      b.append("<p class=\"empty\">Nothing was removed.</p>");
    } else {
      b.append("<table class=\"list\" id=\"removed\"><thead><tr><th>Reason</th><th>Text</th>")
          .append("</tr></thead><tbody>");
      for (Removal r : a.removed()) {
        b.append("<tr><td>")
            .append(esc(r.reason()))
            .append("</td><td>")
            .append(esc(r.text()))
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    if (revisions.size() > 1) {
      b.append("<h2>Revisions</h2><ol id=\"revisions\">");
      for (DossierStore.Revision r : revisions) {
        b.append("<li>added ")
            .append(esc(r.addedAt()))
            .append(", ")
            .append(r.article().text().length())
            .append(" characters</li>");
      }
      b.append("</ol>");
    }
    b.append("<p><a href=\"/api/reports/").append(url(a.id())).append("\">JSON</a></p>");
    return layout(a.title() == null ? a.id() : a.title(), b.toString());
  }

  // ------------------------------------------------------------------------------- search

  String search(String query, List<DossierStore.SearchHit> hits) {
    StringBuilder b = new StringBuilder("<h1>Search</h1>");
    b.append("<form method=\"get\" action=\"/search\">")
        .append("<input type=\"search\" name=\"q\" value=\"")
        .append(esc(query))
        .append("\" aria-label=\"Search\"><button type=\"submit\">Search</button></form>");
    if (query == null || query.isBlank()) {
      return layout("Search", b.toString());
    }
    b.append("<p>")
        .append(hits.size())
        .append(" report(s) match.</p><ol class=\"hits\" id=\"hits\">");
    for (DossierStore.SearchHit h : hits) {
      b.append("<li><a href=\"/reports/")
          .append(url(h.id()))
          .append("\">")
          .append(esc(h.title() == null ? h.id() : h.title()))
          .append("</a> <span class=\"muted\">")
          .append(esc(h.outlet()))
          .append(" ")
          .append(esc(h.published()))
          .append("</span><br><span class=\"snippet\">");
      int pos = 0;
      for (int[] m : h.marks()) {
        b.append(esc(h.snippet().substring(pos, m[0])))
            .append("<mark>")
            .append(esc(h.snippet().substring(m[0], m[1])))
            .append("</mark>");
        pos = m[1];
      }
      b.append(esc(h.snippet().substring(pos))).append("</span></li>");
    }
    b.append("</ol>");
    return layout("Search: " + query, b.toString());
  }

  // ---------------------------------------------------------------------------------- add

  String add(DossierServer.Limits limits) {
    String token =
        tokenRequired
            ? "<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\""
                + " required></label>"
            : "";
    return layout(
        "Add reports",
        "<h1>Add reports</h1>"
            + "<section><h2>Upload files</h2><form id=\"upload-form\" method=\"post\""
            + " action=\"/add\" enctype=\"multipart/form-data\">"
            + "<p>Text, HTML, JSON or JSON lines files, or a folder as a zip archive (up to "
            + limits.maxFiles()
            + " files, "
            + limits.maxUploadBytes() / (1 << 20)
            + " MB in all).</p>"
            + "<input type=\"file\" id=\"files\" name=\"files\" multiple"
            + " accept=\".txt,.text,.html,.htm,.json,.jsonl,.ndjson,.gz,.zip\">"
            + token
            + "<button type=\"submit\">Upload</button></form></section>"
            + "<section><h2>Paste a report</h2><form id=\"paste-form\" method=\"post\""
            + " action=\"/add\" enctype=\"multipart/form-data\">"
            + "<label>Title <input name=\"title\" id=\"paste-title\"></label>"
            + "<label>URL <input name=\"url\" id=\"paste-url\"></label>"
            + "<label>Outlet <input name=\"outlet\" id=\"paste-outlet\"></label>"
            + "<label>Published <input name=\"published\" id=\"paste-published\""
            + " placeholder=\"2024-07-28\"></label>"
            + "<label>Text <textarea name=\"text\" id=\"paste-text\" rows=\"14\""
            + " required></textarea></label>"
            + token
            + "<button type=\"submit\" id=\"paste-submit\">Add</button></form></section>");
  }

  // --------------------------------------------------------------------------------- jobs

  String job(DossierStore.Job job) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Job: ").append(esc(job.label())).append("</h1>");
    b.append("<div id=\"job\" data-job=\"")
        .append(esc(job.id()))
        .append("\" data-state=\"")
        .append(esc(job.state()))
        .append("\">")
        .append("<progress id=\"job-progress\" max=\"")
        .append(Math.max(1, job.total()))
        .append("\" value=\"")
        .append(job.done())
        .append("\"></progress>")
        .append("<p id=\"job-status\">")
        .append(esc(status(job)))
        .append("</p></div>");
    if (!job.finished()) {
      b.append("<noscript><p>Reload this page to see progress.</p></noscript>");
    } else {
      b.append("<p><a id=\"job-events\" href=\"/\">See the events</a> · ")
          .append("<a href=\"/reports\">See the reports</a></p>");
    }
    if (!job.rejections().isEmpty()) {
      b.append("<h2>Not added</h2><table class=\"list\" id=\"rejections\"><thead><tr>")
          .append("<th>Input</th><th>Reason</th></tr></thead><tbody>");
      for (var r : job.rejections()) {
        b.append("<tr><td>")
            .append(esc(r.source()))
            .append("</td><td>")
            .append(esc(r.reason()))
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    return layout("Job", b.toString());
  }

  static String status(DossierStore.Job job) {
    return job.state()
        + (job.finished() ? "" : " (" + job.phase() + ")")
        + ": "
        + job.done()
        + " of "
        + job.total()
        + " read; "
        + job.added()
        + " added, "
        + job.revised()
        + " revised, "
        + job.duplicates()
        + " already known, "
        + job.rejected()
        + " not added"
        + (job.message() == null ? "" : ". " + job.message());
  }

  String jobs(List<DossierStore.Job> jobs) {
    StringBuilder b = new StringBuilder("<h1>Jobs</h1>");
    if (jobs.isEmpty()) {
      b.append("<p class=\"empty\">No jobs yet.</p>");
    } else {
      b.append("<ul class=\"jobs\">");
      for (DossierStore.Job j : jobs) {
        b.append("<li><a href=\"/jobs/")
            .append(url(j.id()))
            .append("\">")
            .append(esc(j.label()))
            .append("</a> <span class=\"muted\">")
            .append(esc(j.createdAt()))
            .append(" · ")
            .append(esc(status(j)))
            .append("</span></li>");
      }
      b.append("</ul>");
    }
    return layout("Jobs", b.toString());
  }

  String error(int status, String message) {
    return layout(
        "Error " + status, "<h1>Error " + status + "</h1><p id=\"error\">" + esc(message) + "</p>");
  }

  // ------------------------------------------------------------------------------ pieces

  private static String dt(String term, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>";
  }

  private static String input(String name, String label, String value) {
    return "<label>"
        + esc(label)
        + " <input name=\""
        + name
        + "\" value=\""
        + esc(value)
        + "\"></label>";
  }

  private static String dateInput(String name, String label, String value) {
    return "<label>"
        + esc(label)
        + " <input type=\"date\" name=\""
        + name
        + "\" value=\""
        + esc(value)
        + "\"></label>";
  }

  static String dates(String first, String last) {
    if (first == null && last == null) {
      return "";
    }
    if (first == null || last == null || first.equals(last)) {
      return first != null ? first : last;
    }
    return first + " – " + last;
  }

  /** Every field name of the objects in an array, in first-seen order. */
  static List<String> columns(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode item : array) {
      for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
    return new ArrayList<>(names);
  }
}
