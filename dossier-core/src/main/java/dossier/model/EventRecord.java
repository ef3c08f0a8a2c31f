package dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An EventRecord is the reconciled record of one event: its reports and the independent source
 * families behind them, when and where it happened (with UCDP precision codes), the actors on each
 * side, every casualty claim as a fact with its claimant and families, every quotation, estimates
 * per side and kind, the single figure ACLED would code, and the contradictions between sources.
 */
public record EventRecord(
    String id,
    List<String> reports,
    List<Source> sources,
    LocalDate dateStart,
    LocalDate dateEnd,
    int datePrecision,
    List<Location> places,
    List<String> sideA,
    List<String> sideB,
    List<Fact> facts,
    List<QuoteFact> quotes,
    List<Estimate> estimates,
    Estimate total,
    Long acledFatalities,
    String acledBasis,
    List<Contradiction> contradictions)
    implements Serializable {

  /**
   * A Source is one independent source family of the event: its id, what it is called (the agency
   * it credits, or the outlet), the report it likely started from, and its reports (copies and
   * partial reusers alike).
   */
  public record Source(String id, String label, String origin, List<String> reports)
      implements Serializable {
    public Source {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(origin, "origin");
      reports = List.copyOf(reports);
    }
  }

  /**
   * A Location is a place of the event, variants merged: its name, the spellings reports used,
   * country and region, coordinates and UCDP {@code where_prec}, how many independent sources name
   * it, and the basis of its placing.
   */
  public record Location(
      String key,
      String name,
      List<String> spellings,
      String country,
      String region,
      Double latitude,
      Double longitude,
      int precision,
      String basis,
      int sources)
      implements Serializable {
    public Location {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      spellings = List.copyOf(spellings);
    }
  }

  public EventRecord {
    Objects.requireNonNull(id, "id");
    reports = List.copyOf(reports);
    sources = List.copyOf(sources);
    places = List.copyOf(places);
    sideA = List.copyOf(sideA);
    sideB = List.copyOf(sideB);
    facts = List.copyOf(facts);
    quotes = List.copyOf(quotes);
    estimates = List.copyOf(estimates);
    contradictions = List.copyOf(contradictions);
    Objects.requireNonNull(total, "total");
  }
}
