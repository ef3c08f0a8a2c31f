package dossier.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A ClaimSet is every claim extracted from one article, grouped by type, each in text order. */
public record ClaimSet(
    String articleId,
    List<Quote> quotes,
    List<CasualtyClaim> casualties,
    List<Quantity> quantities,
    List<DateMention> dates,
    List<PlaceMention> places,
    List<ActorMention> actors)
    implements Serializable {

  public ClaimSet {
    Objects.requireNonNull(articleId, "articleId");
    quotes = List.copyOf(quotes);
    casualties = List.copyOf(casualties);
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    for (List<? extends Claim> group :
        List.of(quotes, casualties, quantities, dates, places, actors)) {
      for (Claim c : group) {
        if (!c.articleId().equals(articleId)) {
          throw new IllegalArgumentException(
              "claim of article " + c.articleId() + " in the claims of " + articleId);
        }
      }
    }
  }

  /** No claims for an article. */
  public static ClaimSet empty(String articleId) {
    return new ClaimSet(
        articleId, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Every claim, group after group. */
  public List<Claim> all() {
    List<Claim> all = new ArrayList<>();
    all.addAll(quotes);
    all.addAll(casualties);
    all.addAll(quantities);
    all.addAll(dates);
    all.addAll(places);
    all.addAll(actors);
    return List.copyOf(all);
  }

  /** Whether nothing was extracted. */
  public boolean isEmpty() {
    return quotes.isEmpty()
        && casualties.isEmpty()
        && quantities.isEmpty()
        && dates.isEmpty()
        && places.isEmpty()
        && actors.isEmpty();
  }
}
