package dossier.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Dossier;
import dossier.model.EventRecord;

/**
 * EventsGeoJson writes events and their places as a GeoJSON FeatureCollection (RFC 7946, longitude
 * first) that QGIS loads as it is: one point per event at its main place, with the event's dates
 * and figures, and one point per named place, with its spellings and UCDP {@code where_prec}.
 * Places nothing could locate are left out of the map (they stay in {@code dossier.json}).
 */
public final class EventsGeoJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventsGeoJson() {}

  public static String write(Dossier dossier) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (EventRecord r : dossier.records()) {
      EventRecord.Location main =
          r.places().stream().filter(p -> p.latitude() != null).findFirst().orElse(null);
      if (main != null) {
        ObjectNode props = feature(features, main);
        props.put("feature", "event");
        props.put("event", r.id());
        props.put("place", main.name());
        props.put("date_start", r.dateStart() == null ? null : r.dateStart().toString());
        props.put("date_end", r.dateEnd() == null ? null : r.dateEnd().toString());
        props.put("date_prec", r.datePrecision());
        props.put("where_prec", main.precision());
        props.put("low", r.total().low());
        props.put("best", r.total().best());
        props.put("high", r.total().high());
        props.put("reports", r.reports().size());
        props.put("sources", r.sources().size());
      }
      for (EventRecord.Location p : r.places()) {
        if (p.latitude() == null) {
          continue;
        }
        ObjectNode props = feature(features, p);
        props.put("feature", "place");
        props.put("event", r.id());
        props.put("name", p.name());
        props.put("spellings", String.join(" / ", p.spellings()));
        props.put("country", p.country());
        props.put("region", p.region());
        props.put("where_prec", p.precision());
        props.put("basis", p.basis());
        props.put("sources", p.sources());
      }
    }
    return root.toPrettyString();
  }

  private static ObjectNode feature(ArrayNode features, EventRecord.Location at) {
    ObjectNode f = features.addObject();
    f.put("type", "Feature");
    ObjectNode geometry = f.putObject("geometry");
    geometry.put("type", "Point");
    geometry.putArray("coordinates").add(at.longitude()).add(at.latitude());
    return f.putObject("properties");
  }
}
