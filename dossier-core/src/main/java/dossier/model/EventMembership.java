package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An EventMembership is one report's place in an event together with why it is there: how it
 * entered ({@link Basis}), the combined score and its parts (lexical TF-IDF cosine, sentence
 * embedding cosine, shared-entity cosine, each against the event as it stood when the report
 * arrived), the named entities it shares with the event, the gap in days to the event's nearest
 * report ({@code null} when a date is unknown) and the best score of any other event ({@code
 * nextBest}, 0 when there was none), so a reader can see how close the decision was.
 */
public record EventMembership(
    String articleId,
    String eventId,
    String family,
    Basis basis,
    double score,
    double lexical,
    double semantic,
    double entity,
    List<String> sharedEntities,
    Integer gapDays,
    double nextBest)
    implements Serializable {

  /** How a report entered its event. */
  public enum Basis {
    /** No active event scored above the threshold: the report started this one. */
    FOUNDED,
    /** The report scored above the threshold against this event and best among all events. */
    JOINED,
    /** The report is a copy in a reuse family that already belonged to this event. */
    FAMILY,
    /**
     * The report joined an event that later fell cleanly into two groups, and its group became this
     * event; its scores are those of its join, against the event before the split.
     */
    SPLIT
  }

  public EventMembership {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(basis, "basis");
    sharedEntities = List.copyOf(sharedEntities);
    if (gapDays != null && gapDays < 0) {
      throw new IllegalArgumentException("negative time gap " + gapDays);
    }
    for (double s : new double[] {score, lexical, semantic, entity, nextBest}) {
      if (Double.isNaN(s)) {
        throw new IllegalArgumentException("NaN score in membership of " + articleId);
      }
    }
  }

  /** This membership, with its explanation, in event {@code id} on {@code newBasis}. */
  public EventMembership movedTo(String id, Basis newBasis) {
    return new EventMembership(
        articleId,
        id,
        family,
        newBasis,
        score,
        lexical,
        semantic,
        entity,
        sharedEntities,
        gapDays,
        nextBest);
  }
}
