package dossier.io;

import dossier.model.AlignedSentence;
import dossier.model.Article;
import dossier.model.Contradiction;
import dossier.model.Dossier;
import dossier.model.Drift;
import dossier.model.Estimate;
import dossier.model.EventRecord;
import dossier.model.Evidence;
import dossier.model.Fact;
import dossier.model.QuoteFact;
import dossier.model.ReuseLink;
import dossier.model.SourceFamily;
import dossier.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ReportHtml writes a {@link Dossier} as one self-contained HTML page: inline CSS and SVG only, no
 * script and no request that leaves the page. Per event: a summary, the claims table (who claims
 * what, backed by which source families and reports), the figures as low/best/high with a small
 * chart, a timeline of reports, the family graph, the quotations, the contradictions, and each copy
 * side by side with its origin, aligned sentences paired and drift highlighted. Every piece of
 * report text is untrusted and is escaped. The page's Content-Security-Policy forbids scripts.
 */
public final class ReportHtml {

  private static final String CSS =
      """
      body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
      header{background:#1d2433;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
      header p{margin:4px 0 0;color:#c8cfdb}main{padding:8px 28px 40px;max-width:1280px}
      section.event{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:18px 22px;margin:18px 0}
      h2{margin:0 0 6px;font-size:20px}h3{margin:22px 0 8px;font-size:16px;border-bottom:1px solid #e6e9ef;padding-bottom:4px}
      .summary{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.stat{background:#eef2f8;border-radius:6px;padding:6px 10px}
      .stat b{display:block;font-size:18px}table{border-collapse:collapse;width:100%;font-size:13.5px}
      th,td{border-bottom:1px solid #e6e9ef;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f1f3f7}
      .stance-admission{color:#0b6b3a}.stance-partisan{color:#a4261d}.stance-neutral{color:#1f4f99}
      .tag{display:inline-block;border-radius:4px;padding:0 5px;margin:1px;background:#eef2f8;font-size:12px}
      .fam{background:#fff4d6}.ev{color:#555;font-size:12.5px}.pair{display:grid;grid-template-columns:1fr 1fr;gap:0;border:1px solid #e6e9ef;margin:8px 0}
      .pair div{padding:5px 8px;border-bottom:1px solid #f0f2f5;font-size:13.5px}.pair .h{background:#f1f3f7;font-weight:600}
      .kind-exact{background:#fbfcfd}.kind-edited{background:#fffbea}.kind-paraphrased{background:#f3f0ff}.lone{color:#8a93a3;font-style:italic}
      mark{border-radius:3px;padding:0 2px}mark.drift-quote{background:#ffc9c9}mark.drift-number{background:#ffd8a8}
      mark.drift-action{background:#d0bfff}mark.drift-connective{background:#a5d8ff}mark.drift-qualifier{background:#b2f2bb}
      mark.drift-scope{background:#ffec99}mark.drift-name-variant{background:#e9ecef}
      .legend mark{margin-right:6px}svg text{font:11px system-ui,sans-serif}ul.contra li{margin:4px 0}
      .rej{color:#a4261d}details summary{cursor:pointer;font-weight:600}
      """;

  private ReportHtml() {}

  /** The page; {@code title} names the run. */
  public static String write(Dossier dossier, String title) {
    StringBuilder page = new StringBuilder(64 * 1024);
    try {
      write(dossier, title, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return page.toString();
  }

  /**
   * Writes the page to {@code out} one event at a time, so that a corpus whose page is larger than
   * one string still goes through.
   */
  public static void write(Dossier dossier, String title, Appendable out) throws IOException {
    Index index = new Index(dossier);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                + " 'unsafe-inline'; img-src data:\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>")
        .append(esc(title))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><header><h1>")
        .append(esc(title))
        .append("</h1><p>")
        .append(dossier.records().size())
        .append(" event(s) from ")
        .append(dossier.articles().size())
        .append(" report(s) in ")
        .append(dossier.reuse().families().size())
        .append(" wire famil")
        .append(dossier.reuse().families().size() == 1 ? "y" : "ies")
        .append("</p></header><main>");
    for (EventRecord r : dossier.records()) {
      event(h, r, dossier, index);
      out.append(h);
      h.setLength(0);
    }
    h.append("</main></body></html>\n");
    out.append(h);
  }

  /**
   * Lookups the page makes for every event, made once: articles by id, families by origin, and
   * reuse links by report and by pair, each keeping the dossier's order.
   */
  private static final class Index {
    final Map<String, Article> articles = new HashMap<>();

    /** Positions in the dossier's list of the families each report is the origin of. */
    final Map<String, List<Integer>> familiesByOrigin = new HashMap<>();

    /** Positions in the dossier's list of the links each report is an end of. */
    final Map<String, List<Integer>> linksByReport = new HashMap<>();

    /** The first link between two reports, by {@link #pair}. */
    final Map<String, ReuseLink> linkByPair = new HashMap<>();

    Index(Dossier dossier) {
      dossier.articles().forEach(a -> articles.put(a.id(), a));
      List<SourceFamily> families = dossier.reuse().families();
      for (int i = 0; i < families.size(); i++) {
        familiesByOrigin.computeIfAbsent(families.get(i).origin(), k -> new ArrayList<>()).add(i);
      }
      List<ReuseLink> links = dossier.reuse().links();
      for (int i = 0; i < links.size(); i++) {
        ReuseLink l = links.get(i);
        linksByReport.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(i);
        if (!l.b().equals(l.a())) {
          linksByReport.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(i);
        }
        linkByPair.putIfAbsent(pair(l.a(), l.b()), l);
      }
    }

    /** The positions listed for each of {@code ids} in {@code by}, once each, in order. */
    static int[] positions(Collection<String> ids, Map<String, List<Integer>> by) {
      return ids.stream()
          .flatMap(id -> by.getOrDefault(id, List.of()).stream())
          .mapToInt(Integer::intValue)
          .sorted()
          .distinct()
          .toArray();
    }

    static String pair(String x, String y) {
      return x.compareTo(y) <= 0 ? x + '\u0000' + y : y + '\u0000' + x;
    }
  }

  private static void event(StringBuilder h, EventRecord r, Dossier dossier, Index index) {
    Map<String, Article> articles = index.articles;
    EventRecord.Location place = r.places().isEmpty() ? null : r.places().get(0);
    h.append("<section class=\"event\" id=\"").append(esc(r.id())).append("\"><h2>");
    h.append(esc(place == null ? "Event " + r.id() : place.name()));
    if (place != null && place.region() != null) {
      h.append(", ").append(esc(place.region()));
    }
    h.append(" · ").append(esc(dates(r.dateStart(), r.dateEnd()))).append("</h2>");
    h.append("<div class=\"summary\">");
    stat(h, "reports", String.valueOf(r.reports().size()));
    stat(h, "independent sources", String.valueOf(r.sources().size()));
    stat(h, "casualty claims", String.valueOf(r.facts().size()));
    stat(h, "quotations", String.valueOf(r.quotes().size()));
    stat(h, "contradictions", String.valueOf(r.contradictions().size()));
    stat(
        h,
        "deaths low / best / high",
        num(r.total().low()) + " / " + num(r.total().best()) + " / " + num(r.total().high()));
    stat(h, "ACLED fatalities", num(r.acledFatalities()));
    h.append("</div>");
    h.append("<p>Side A: ").append(esc(String.join(", ", r.sideA())));
    h.append(" · Side B: ").append(esc(String.join(", ", r.sideB())));
    h.append(" · date precision ").append(r.datePrecision());
    if (place != null) {
      h.append(" · where precision ").append(place.precision());
    }
    h.append("</p>");
    sources(h, r, articles);
    claims(h, r, articles);
    figures(h, r);
    timeline(h, r, articles);
    familyGraph(h, r, dossier, index);
    quotes(h, r);
    contradictions(h, r, articles);
    copies(h, r, dossier, index);
    h.append("</section>");
  }

  private static void sources(StringBuilder h, EventRecord r, Map<String, Article> articles) {
    h.append(
        "<h3>Independent sources</h3><table><tr><th>source</th><th>origin</th><th>reports</th></tr>");
    for (EventRecord.Source s : r.sources()) {
      h.append("<tr><td class=\"fam\">").append(esc(s.label())).append("</td><td>");
      h.append(esc(name(articles.get(s.origin()), s.origin()))).append("</td><td>");
      for (String id : s.reports()) {
        h.append("<span class=\"tag\">").append(esc(name(articles.get(id), id))).append("</span>");
      }
      h.append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void claims(StringBuilder h, EventRecord r, Map<String, Article> articles) {
    h.append("<h3>Claims</h3><table class=\"claims\"><tr><th>claimant</th><th>claim</th>")
        .append(
            "<th>victims</th><th>side</th><th>stance</th><th>sources</th><th>evidence</th></tr>");
    for (Fact f : r.facts()) {
      h.append("<tr><td>").append(esc(f.claimant() == null ? "(the report)" : f.claimant().name()));
      if (f.claimant() != null && f.claimant().affiliation() != null) {
        h.append(" <span class=\"ev\">(")
            .append(esc(f.claimant().affiliation()))
            .append(")</span>");
      }
      h.append("</td><td>")
          .append(esc(f.figure().text().replaceAll("^[\"“”]+|[\"“”]+$", "")))
          .append(" ");
      h.append(esc(label(f.kind().name())));
      if (!f.variants().isEmpty()) {
        h.append("<br><span class=\"ev\">also: ")
            .append(esc(String.join(" | ", f.variants())))
            .append("</span>");
      }
      h.append("</td><td>").append(esc(f.victims())).append("</td><td>").append(f.side().label());
      h.append("</td><td class=\"stance-").append(f.stance().label()).append("\">");
      h.append(f.stance().label()).append("</td><td>");
      for (String fam : f.families()) {
        h.append("<span class=\"tag fam\">").append(esc(sourceLabel(r, fam))).append("</span>");
      }
      h.append("</td><td class=\"ev\">");
      evidence(h, f.evidence(), articles);
      h.append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void figures(StringBuilder h, EventRecord r) {
    h.append("<h3>Figures (UCDP low / best / high)</h3><table><tr><th>side</th><th>kind</th>")
        .append("<th>low</th><th>best</th><th>high</th><th>basis</th></tr>");
    List<Estimate> all = new ArrayList<>(r.estimates());
    all.add(r.total());
    for (Estimate e : all) {
      h.append("<tr><td>").append(e.side().label()).append("</td><td>");
      h.append(esc(label(e.kind().name()))).append("</td><td>").append(num(e.low()));
      h.append("</td><td>").append(num(e.best())).append("</td><td>").append(num(e.high()));
      h.append("</td><td class=\"ev\">");
      if (e.lowBasis() != null) {
        h.append("<b>low</b> ").append(esc(e.lowBasis())).append("<br>");
      }
      if (e.bestBasis() != null) {
        h.append("<b>best</b> ").append(esc(e.bestBasis())).append("<br>");
      }
      if (e.highBasis() != null) {
        h.append("<b>high</b> ").append(esc(e.highBasis()));
      }
      h.append("</td></tr>");
    }
    h.append("</table>");
    chart(h, all);
    h.append("<p class=\"ev\">ACLED fatalities: ")
        .append(num(r.acledFatalities()))
        .append(" (")
        .append(esc(r.acledBasis()))
        .append(")</p>");
  }

  private static void chart(StringBuilder h, List<Estimate> estimates) {
    List<Estimate> deaths =
        estimates.stream()
            .filter(e -> e.kind().name().equals("KILLED") && e.high() != null)
            .toList();
    if (deaths.isEmpty()) {
      return;
    }
    long max = deaths.stream().mapToLong(Estimate::high).max().orElse(1);
    int rowH = 26;
    int width = 640;
    h.append("<svg class=\"chart\" role=\"img\" aria-label=\"deaths low best high\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(deaths.size() * rowH + 20)
        .append("\">");
    int y = 10;
    for (Estimate e : deaths) {
      double scale = (width - 220) / (double) Math.max(1, max);
      long low = e.low() == null ? 0 : e.low();
      long best = e.best() == null ? low : e.best();
      int x0 = 120;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"4\" y=\"%d\">deaths, side %s</text>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"#dbe4f0\"/>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"#7da2d6\"/>"
                  + "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#1d2433\" stroke-width=\"2\"/>"
                  + "<text x=\"%.1f\" y=\"%d\">%d / %d / %d</text>",
              y + 11,
              e.side().label(),
              x0,
              y,
              e.high() * scale,
              x0,
              y,
              low * scale,
              x0 + best * scale,
              x0 + best * scale,
              y - 2,
              y + 14,
              x0 + e.high() * scale + 6,
              y + 11,
              low,
              best,
              e.high()));
      y += rowH;
    }
    h.append("</svg>");
  }

  private static void timeline(StringBuilder h, EventRecord r, Map<String, Article> articles) {
    h.append("<h3>Timeline of reports</h3>");
    List<Article> dated =
        r.reports().stream()
            .map(articles::get)
            .filter(a -> a != null && a.published() != null)
            .sorted(Comparator.comparing((Article a) -> a.published().date()))
            .toList();
    h.append("<table><tr><th>date</th><th>report</th><th>source</th></tr>");
    for (String id : r.reports()) {
      Article a = articles.get(id);
      if (a != null && a.published() == null) {
        h.append("<tr><td>undated</td><td>").append(esc(name(a, id))).append("</td><td>");
        h.append(esc(sourceOf(r, id))).append("</td></tr>");
      }
    }
    for (Article a : dated) {
      h.append("<tr><td>").append(esc(a.published().value()));
      if (a.published().from().startsWith("family")) {
        h.append(" <span class=\"ev\">(family's date)</span>");
      }
      h.append("</td><td>").append(esc(name(a, a.id()))).append("</td><td>");
      h.append(esc(sourceOf(r, a.id()))).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void familyGraph(StringBuilder h, EventRecord r, Dossier dossier, Index index) {
    Map<String, Article> articles = index.articles;
    h.append("<h3>Family graph</h3>");
    List<String> ids = r.reports();
    int n = ids.size();
    int width = 720;
    int height = Math.max(160, 80 + 40 * ((n + 1) / 2));
    Map<String, double[]> at = new HashMap<>();
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / Math.max(1, n) - Math.PI / 2;
      at.put(
          ids.get(i),
          new double[] {
            width / 2.0 + (width / 2.0 - 130) * Math.cos(angle),
            height / 2.0 + (height / 2.0 - 30) * Math.sin(angle)
          });
    }
    h.append("<svg class=\"graph\" role=\"img\" aria-label=\"family graph\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\">");
    List<ReuseLink> links = dossier.reuse().links();
    for (int position : Index.positions(ids, index.linksByReport)) {
      ReuseLink l = links.get(position);
      double[] a = at.get(l.a());
      double[] b = at.get(l.b());
      if (a == null || b == null || l.relation().name().equals("UNRELATED")) {
        continue;
      }
      String color =
          l.relation().isCopy()
              ? "#1f4f99"
              : l.relation().name().equals("PARTIAL") ? "#d08c00" : "#c4c9d2";
      String dash =
          l.relation().isCopy() || l.relation().name().equals("PARTIAL")
              ? ""
              : " stroke-dasharray=\"4 4\"";
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>",
              a[0],
              a[1],
              b[0],
              b[1],
              color,
              dash,
              (a[0] + b[0]) / 2,
              (a[1] + b[1]) / 2 - 3,
              color,
              esc(l.relation().label())));
    }
    for (String id : ids) {
      double[] p = at.get(id);
      boolean origin = index.familiesByOrigin.containsKey(id);
      h.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>",
              p[0],
              p[1],
              origin ? "#1d2433" : "#7da2d6",
              p[0] + 12,
              p[1] + 4,
              esc(shorten(name(articles.get(id), id), 34) + (origin ? " (origin)" : ""))));
    }
    h.append("</svg>");
  }

  private static void quotes(StringBuilder h, EventRecord r) {
    if (r.quotes().isEmpty()) {
      return;
    }
    h.append(
        "<h3>Quotations</h3><table><tr><th>speaker</th><th>words</th><th>sources</th><th>reports</th></tr>");
    for (QuoteFact q : r.quotes()) {
      h.append("<tr><td>").append(esc(q.speaker() == null ? "(unattributed)" : q.speaker().name()));
      h.append("</td><td>“").append(esc(q.text())).append("”");
      for (String v : q.variants()) {
        h.append("<br><mark class=\"drift-quote\">changed: “").append(esc(v)).append("”</mark>");
      }
      h.append("</td><td>");
      for (String fam : q.families()) {
        h.append("<span class=\"tag fam\">").append(esc(sourceLabel(r, fam))).append("</span>");
      }
      h.append("</td><td class=\"ev\">").append(q.evidence().size()).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void contradictions(
      StringBuilder h, EventRecord r, Map<String, Article> articles) {
    h.append("<h3>Contradictions</h3>");
    if (r.contradictions().isEmpty()) {
      h.append("<p>None found.</p>");
      return;
    }
    h.append("<ul class=\"contra\">");
    for (Contradiction c : r.contradictions()) {
      h.append("<li><span class=\"tag\">").append(c.kind().label()).append("</span> ");
      h.append(esc(c.description())).append("<br><span class=\"ev\">");
      evidence(h, c.evidence(), articles);
      h.append("</span></li>");
    }
    h.append("</ul>");
  }

  private static void copies(StringBuilder h, EventRecord r, Dossier dossier, Index index) {
    Map<String, Article> articles = index.articles;
    h.append("<h3>Copies side by side</h3><p class=\"legend ev\">");
    for (Drift.Kind k : Drift.Kind.values()) {
      h.append("<mark class=\"drift-")
          .append(k.label())
          .append("\">")
          .append(k.label())
          .append("</mark>");
    }
    h.append("</p>");
    List<SourceFamily> families = dossier.reuse().families();
    for (int position : Index.positions(r.reports(), index.familiesByOrigin)) {
      SourceFamily f = families.get(position);
      List<SourceFamily.Member> shown = new ArrayList<>(f.members());
      shown.addAll(f.partial());
      for (SourceFamily.Member m : shown) {
        ReuseLink link = index.linkByPair.get(Index.pair(f.origin(), m.article()));
        if (link == null) {
          continue;
        }
        boolean originIsA = link.a().equals(f.origin());
        Article origin = articles.get(f.origin());
        Article copy = articles.get(m.article());
        if (origin == null || copy == null) {
          continue;
        }
        h.append("<details class=\"copy\" open><summary>")
            .append(esc(name(copy, copy.id())))
            .append(" — ")
            .append(esc(m.relation().label()))
            .append(" of ")
            .append(esc(name(origin, origin.id())))
            .append(", ")
            .append(link.drift().stream().filter(Drift::changesMeaning).count())
            .append(" drift item(s)</summary><div class=\"pair\"><div class=\"h\">origin: ")
            .append(esc(name(origin, origin.id())))
            .append("</div><div class=\"h\">copy: ")
            .append(esc(name(copy, copy.id())))
            .append("</div>");
        for (AlignedSentence s : link.aligned()) {
          Span os = originIsA ? s.a() : s.b();
          Span cs = originIsA ? s.b() : s.a();
          String kind = s.kind().name().toLowerCase(Locale.ROOT);
          h.append("<div class=\"kind-").append(kind).append("\">");
          marked(h, origin.text(), os, link.drift(), originIsA);
          h.append("</div><div class=\"kind-").append(kind).append("\">");
          marked(h, copy.text(), cs, link.drift(), !originIsA);
          h.append("</div>");
        }
        h.append("</div></details>");
      }
    }
  }

  /** The sentence with the drift spans that fall inside it highlighted. */
  private static void marked(
      StringBuilder h, String text, Span sentence, List<Drift> drift, boolean sideA) {
    List<Drift> inside =
        drift.stream()
            .filter(d -> sentence.contains(sideA ? d.spanA() : d.spanB()))
            .filter(d -> (sideA ? d.spanA() : d.spanB()).length() > 0)
            .sorted(Comparator.comparingInt(d -> (sideA ? d.spanA() : d.spanB()).start()))
            .toList();
    int pos = sentence.start();
    for (Drift d : inside) {
      Span s = sideA ? d.spanA() : d.spanB();
      if (s.start() < pos) {
        continue;
      }
      h.append(esc(text.substring(pos, s.start())));
      h.append("<mark class=\"drift-").append(d.kind().label()).append("\" title=\"");
      h.append(esc(d.kind().label() + ": " + d.textA() + " → " + d.textB())).append("\">");
      h.append(esc(text.substring(s.start(), s.end()))).append("</mark>");
      pos = s.end();
    }
    h.append(esc(text.substring(pos, sentence.end())));
  }

  private static void evidence(
      StringBuilder h, List<Evidence> evidence, Map<String, Article> articles) {
    int shown = 0;
    for (Evidence e : evidence) {
      if (shown++ == 3) {
        h.append("… and ").append(evidence.size() - 3).append(" more");
        break;
      }
      h.append("<span title=\"")
          .append(esc(e.articleId() + " " + e.span().start() + "-" + e.span().end()));
      h.append("\">“")
          .append(esc(shorten(e.text(), 140)))
          .append("” <i>[")
          .append(esc(e.articleId()));
      h.append("]</i></span><br>");
    }
  }

  private static String sourceOf(EventRecord r, String id) {
    return r.sources().stream()
        .filter(s -> s.reports().contains(id))
        .map(EventRecord.Source::label)
        .findFirst()
        .orElse("");
  }

  private static String sourceLabel(EventRecord r, String family) {
    return r.sources().stream()
        .filter(s -> s.id().equals(family))
        .map(EventRecord.Source::label)
        .findFirst()
        .orElse(family);
  }

  private static void stat(StringBuilder h, String label, String value) {
    h.append("<div class=\"stat\"><b>")
        .append(esc(value))
        .append("</b>")
        .append(esc(label))
        .append("</div>");
  }

  private static String name(Article a, String id) {
    if (a == null) {
      return id;
    }
    String who = a.outlet() != null ? a.outlet() : a.source().replaceAll(".*/", "");
    return who + (a.title() != null ? ": " + a.title() : "");
  }

  private static String dates(LocalDate start, LocalDate end) {
    if (start == null) {
      return "date unknown";
    }
    return start.equals(end) ? start.toString() : start + " to " + end;
  }

  private static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String num(Long n) {
    return n == null ? "–" : String.valueOf(n);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
