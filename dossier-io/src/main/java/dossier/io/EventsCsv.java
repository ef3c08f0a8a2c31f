package dossier.io;

import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.Dossier;
import dossier.model.Estimate;
import dossier.model.EventRecord;
import dossier.model.Fact;
import dossier.model.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * EventsCsv writes one row per event with columns modelled on UCDP GED, so that a conflict-data
 * analyst can load it as it is: ids, dates with UCDP {@code date_prec}, place with {@code
 * where_prec} and coordinates, sides, deaths per side and best/low/high, report and independent
 * source counts, and the sources. RFC 4180 quoting.
 */
public final class EventsCsv {

  /** The header row's columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "year",
          "type_of_violence",
          "side_a",
          "side_b",
          "date_start",
          "date_end",
          "date_prec",
          "country",
          "region",
          "place",
          "where_description",
          "where_prec",
          "latitude",
          "longitude",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "low",
          "high",
          "acled_fatalities",
          "number_of_reports",
          "number_of_sources",
          "source_office",
          "source_article",
          "source_date",
          "source_headline",
          "source_original",
          "contradictions");

  private EventsCsv() {}

  public static String write(Dossier dossier) {
    Map<String, Article> articles = new HashMap<>();
    dossier.articles().forEach(a -> articles.put(a.id(), a));
    StringBuilder out = new StringBuilder();
    row(out, COLUMNS);
    for (EventRecord r : dossier.records()) {
      row(out, values(r, articles));
    }
    return out.toString();
  }

  private static List<String> values(EventRecord r, Map<String, Article> articles) {
    EventRecord.Location place = r.places().isEmpty() ? null : r.places().get(0);
    Set<String> offices = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> dates = new LinkedHashSet<>();
    Set<String> headlines = new LinkedHashSet<>();
    for (String id : r.reports()) {
      Article a = articles.get(id);
      if (a == null) {
        continue;
      }
      offices.add(a.outlet() == null ? a.source() : a.outlet());
      urls.add(a.url() == null ? a.id() : a.url());
      if (a.published() != null) {
        dates.add(a.published().date().toString());
      }
      if (a.title() != null) {
        headlines.add(a.title());
      }
    }
    Set<String> originals = new LinkedHashSet<>();
    for (Fact f : r.facts()) {
      if (f.claimant() != null) {
        originals.add(f.claimant().name());
      }
    }
    List<String> v = new ArrayList<>();
    v.add(r.id());
    v.add(r.dateStart() == null ? "" : String.valueOf(r.dateStart().getYear()));
    v.add(typeOfViolence(r));
    v.add(String.join("; ", r.sideA()));
    v.add(String.join("; ", r.sideB()));
    v.add(r.dateStart() == null ? "" : r.dateStart().toString());
    v.add(r.dateEnd() == null ? "" : r.dateEnd().toString());
    v.add(String.valueOf(r.datePrecision()));
    v.add(place == null || place.country() == null ? "" : country(place.country()));
    v.add(place == null || place.region() == null ? "" : place.region());
    v.add(place == null ? "" : place.name());
    v.add(place == null ? "" : String.join(" / ", place.spellings()));
    v.add(place == null ? "" : String.valueOf(place.precision()));
    v.add(place == null || place.latitude() == null ? "" : String.valueOf(place.latitude()));
    v.add(place == null || place.longitude() == null ? "" : String.valueOf(place.longitude()));
    v.add(deaths(r, Side.A));
    v.add(deaths(r, Side.B));
    v.add(deaths(r, Side.CIVILIANS));
    v.add(deaths(r, Side.UNKNOWN));
    v.add(num(r.total().best()));
    v.add(num(r.total().low()));
    v.add(num(r.total().high()));
    v.add(num(r.acledFatalities()));
    v.add(String.valueOf(r.reports().size()));
    v.add(String.valueOf(r.sources().size()));
    v.add(String.join("; ", offices));
    v.add(String.join("; ", urls));
    v.add(String.join("; ", dates));
    v.add(String.join("; ", headlines));
    v.add(String.join("; ", originals));
    v.add(String.valueOf(r.contradictions().size()));
    return v;
  }

  /** UCDP's type of violence: 1 state-based, 2 non-state, 3 one-sided; empty when unclear. */
  private static String typeOfViolence(EventRecord r) {
    if (!r.sideA().isEmpty() && !r.sideB().isEmpty()) {
      return "1";
    }
    return "";
  }

  private static String deaths(EventRecord r, Side side) {
    for (Estimate e : r.estimates()) {
      if (e.side() == side && e.kind() == CasualtyClaim.Kind.KILLED) {
        return num(e.best());
      }
    }
    return "";
  }

  private static String country(String iso) {
    String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? iso : name;
  }

  private static String num(Long n) {
    return n == null ? "" : String.valueOf(n);
  }

  private static void row(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String v = values.get(i);
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    out.append("\r\n");
  }
}
