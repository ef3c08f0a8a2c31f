package dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An Event is a group of reports about one happening, with each report's membership and its
 * explanation in arrival order, the publication dates of its first and last dated report ({@code
 * null} when no report is dated) and the named entities most of its reports share.
 */
public record Event(
    String id,
    List<EventMembership> members,
    LocalDate firstPublished,
    LocalDate lastPublished,
    List<String> entities)
    implements Serializable {

  public Event {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    entities = List.copyOf(entities);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no reports");
    }
    for (EventMembership m : members) {
      if (!m.eventId().equals(id)) {
        throw new IllegalArgumentException(
            "membership of " + m.articleId() + " names event " + m.eventId() + ", not " + id);
      }
    }
    if ((firstPublished == null) != (lastPublished == null)
        || (firstPublished != null && lastPublished.isBefore(firstPublished))) {
      throw new IllegalArgumentException("bad date range for event " + id);
    }
  }

  /** The ids of this event's reports, in arrival order. */
  public List<String> articleIds() {
    return members.stream().map(EventMembership::articleId).toList();
  }
}
