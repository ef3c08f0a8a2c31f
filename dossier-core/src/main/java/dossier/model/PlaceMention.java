package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A PlaceMention is a named place in a report, geocoded. {@code text} is the spelling of the
 * report; {@code key} merges spelling variants across reports (Tinzaouatene, Tinzawaten); {@code
 * name} is the gazetteer's name or, for a place the gazetteer lacks, the text. {@code latitude} and
 * {@code longitude} are those of the place, or of the region or country it was placed in, with
 * UCDP's {@code where_prec} in {@code precision} (1 exact place, 4 first-level region, 6 country)
 * and {@code basis} saying how it was placed ("gazetteer", "stated region Kidal", ...); both
 * coordinates are {@code null} when nothing places it. {@code country} (ISO 3166 alpha-2) and
 * {@code region} (first-level region) are {@code null} when unknown. A {@code dateline} is where
 * the report was filed, not where the event happened.
 */
public record PlaceMention(
    String articleId,
    Span span,
    String text,
    String key,
    String name,
    String geonameId,
    String country,
    String region,
    Double latitude,
    Double longitude,
    int precision,
    String basis,
    boolean dateline)
    implements Claim, Serializable {
  public PlaceMention {
    Claim.check(articleId, span);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("place with one coordinate only: " + text);
    }
    if (precision < 0 || precision > 7) {
      throw new IllegalArgumentException("where precision out of 0..7: " + precision);
    }
  }
}
