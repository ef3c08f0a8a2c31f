package dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.EventMembership.Basis;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventWindowsTest {

  private static final int DAYS = 10;
  private static final int OVERLAP = 3;

  /** The epoch day that starts window {@code k}. */
  private static LocalDate windowStart(long k) {
    return LocalDate.ofEpochDay(k * DAYS);
  }

  private static EventWindows.Dated dated(String id, LocalDate day) {
    return new EventWindows.Dated(id, day);
  }

  /**
   * A report inside window {@code k}, one in the margin at the start of window {@code k + 1}, one
   * after that margin, and one undated.
   */
  private static List<EventWindows.Dated> aroundWindow(long k) {
    return List.of(
        dated("early", windowStart(k).plusDays(5)),
        dated("margin", windowStart(k + 1).plusDays(OVERLAP - 1)),
        dated("late", windowStart(k + 1).plusDays(OVERLAP)),
        new EventWindows.Dated("undated", null));
  }

  @Test
  void sendsAReportInTheMarginToItsOwnWindowAndThePreviousOne() {
    long k = 2000;

    Map<String, long[]> windows = EventWindows.windows(aroundWindow(k), List.of(), DAYS, OVERLAP);

    assertThat(windows.get("early")).containsExactly(k);
    assertThat(windows.get("margin")).containsExactly(k + 1, k);
    assertThat(windows.get("late")).containsExactly(k + 1);
    assertThat(windows.get("undated")).containsExactly(EventWindows.UNDATED);
  }

  @Test
  void givesEachWindowAPartitionOfItsOwnInOrderOfTime() {
    long k = 2000;
    Map<String, long[]> windows = EventWindows.windows(aroundWindow(k), List.of(), DAYS, OVERLAP);

    EventWindows.ByWindow partitioner = new EventWindows.ByWindow(windows.values());

    assertThat(partitioner.numPartitions()).isEqualTo(3);
    assertThat(List.of(k, k + 1, EventWindows.UNDATED))
        .extracting(partitioner::getPartition)
        .containsExactly(0, 1, 2);
    assertThat(partitioner).isEqualTo(new EventWindows.ByWindow(windows.values()));
    assertThatThrownBy(() -> partitioner.getPartition(k + 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(k + 2));
  }

  @Test
  void placesAWireFamilyAtItsEarliestDate() {
    long k = 2000;
    List<EventWindows.Dated> articles =
        List.of(
            dated("origin", windowStart(k).plusDays(8)),
            dated("copy", windowStart(k + 2).plusDays(5)),
            new EventWindows.Dated("undated-copy", null));
    SourceFamily family =
        new SourceFamily(
            "f1",
            "origin",
            List.of(
                new SourceFamily.Member("copy", ReuseRelation.VERBATIM),
                new SourceFamily.Member("undated-copy", ReuseRelation.VERBATIM)),
            List.of());

    Map<String, long[]> windows = EventWindows.windows(articles, List.of(family), DAYS, OVERLAP);

    assertThat(windows.get("copy")).containsExactly(k);
    assertThat(windows.get("undated-copy")).containsExactly(k);
  }

  @Test
  void mergesEventsThatShareAMarginReportAndKeepsEachReportOnce() {
    long k = 2000;
    Map<String, long[]> windows =
        Map.of(
            "x", new long[] {k},
            "m", new long[] {k + 1, k},
            "y", new long[] {k + 1},
            "z", new long[] {k + 1});
    Event a = event("e1", 0.3, windowStart(k).plusDays(7), windowStart(k + 1), "x", "m");
    Event b = event("e1", 0.6, windowStart(k + 1), windowStart(k + 1).plusDays(2), "m", "y");
    Event c = event("e2", 0.9, windowStart(k + 1).plusDays(1), windowStart(k + 1).plusDays(1), "z");

    List<Event> merged =
        EventWindows.merge(
            List.of(
                new EventWindows.WindowEvents(k + 1, List.of(b, c)),
                new EventWindows.WindowEvents(k, List.of(a))),
            windows);

    assertThat(merged).extracting(Event::id).containsExactly("e1", "e2");
    assertThat(merged.get(0).articleIds()).containsExactly("x", "m", "y");
    assertThat(merged.get(0).firstPublished()).isEqualTo(windowStart(k).plusDays(7));
    assertThat(merged.get(0).lastPublished()).isEqualTo(windowStart(k + 1).plusDays(2));
    // The margin report keeps the membership its own window gave it.
    assertThat(merged.get(0).members().get(1).score()).isEqualTo(0.6);
    assertThat(merged.get(1).articleIds()).containsExactly("z");
    assertThat(merged)
        .allSatisfy(e -> assertThat(e.members()).allMatch(m -> m.eventId().equals(e.id())));
  }

  private static Event event(
      String id, double score, LocalDate first, LocalDate last, String... reports) {
    List<EventMembership> members =
        java.util.Arrays.stream(reports)
            .map(
                r ->
                    new EventMembership(
                        r, id, null, Basis.JOINED, score, 0.5, 0.5, 0.5, List.of(), 0, 0.1))
            .toList();
    return new Event(id, members, first, last, List.of());
  }
}
