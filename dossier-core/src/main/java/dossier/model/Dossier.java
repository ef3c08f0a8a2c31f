package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A Dossier is everything one run found in a set of reports: the clean articles (copies carrying
 * their family's date), the reuse between them, each article's claims, the events and their
 * reconciled records.
 */
public record Dossier(
    List<Article> articles,
    ReuseGraph reuse,
    Map<String, ClaimSet> claims,
    List<Event> events,
    List<EventRecord> records)
    implements Serializable {
  public Dossier {
    articles = List.copyOf(articles);
    claims = Map.copyOf(claims);
    events = List.copyOf(events);
    records = List.copyOf(records);
  }
}
