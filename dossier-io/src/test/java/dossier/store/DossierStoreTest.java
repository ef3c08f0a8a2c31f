package dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Article;
import dossier.model.Published;
import dossier.model.Removal;
import dossier.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierStoreTest {

  @TempDir Path dir;

  private static Article article(String id, String url, String text) {
    return new Article(
        id,
        "test",
        "Outlet",
        url,
        new Published("2024-07-28", "field"),
        "BAMAKO",
        null,
        List.of("AFP"),
        "Title of " + id,
        text,
        List.of(new Span(0, Math.min(3, text.length()))),
        List.of(new Removal("Subscribe to our newsletter", "newsletter")),
        "en");
  }

  @Test
  void keepsEveryFieldOfAnAddedReport() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      Article a = article("r1", "https://example.org/a", "Fighting near the border.\n\nMore.");
      DossierStore.AddOutcome out = store.add(a, "h1", false);
      assertThat(out).isEqualTo(new DossierStore.AddOutcome(DossierStore.AddKind.ADDED, "r1", 1));
      assertThat(store.report("r1"))
          .get()
          .extracting(DossierStore.StoredReport::article)
          .isEqualTo(a);
      assertThat(store.reports(10, 0))
          .extracting(DossierStore.ReportSummary::id)
          .containsExactly("r1");
    }
  }

  @Test
  void addingTheSameInputTwiceIsANoOp() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("r1", null, "Text one."), "same", false);
      DossierStore.AddOutcome again = store.add(article("r1", null, "Text one."), "same", false);
      assertThat(again.kind()).isEqualTo(DossierStore.AddKind.DUPLICATE);
      assertThat(store.counts()).isEqualTo(new DossierStore.Counts(1, 1, 0, 1));
      assertThat(store.reportCount()).isEqualTo(1);
    }
  }

  @Test
  void keepsAChangedVersionOfAKnownUrlAsARevision() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("r1", "https://example.org/a", "First version."), "h1", false);
      DossierStore.AddOutcome out =
          store.add(article("other", "https://example.org/a", "Second version."), "h2", false);
      assertThat(out).isEqualTo(new DossierStore.AddOutcome(DossierStore.AddKind.REVISED, "r1", 2));
      assertThat(store.report("r1").orElseThrow().article().text()).isEqualTo("Second version.");
      assertThat(store.revisions("r1"))
          .extracting(r -> r.article().text())
          .containsExactly("First version.", "Second version.");
      assertThat(store.search("second", 10))
          .extracting(DossierStore.SearchHit::id)
          .containsExactly("r1");
      assertThat(store.search("first", 10)).isEmpty();
      assertThat(store.check()).isEmpty();
    }
  }

  @Test
  void givesADerivedIdThatClashesANewId() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("abc", null, "Same text."), "h1", false);
      DossierStore.AddOutcome out = store.add(article("abc", null, "Same text."), "h2", false);
      assertThat(out.kind()).isEqualTo(DossierStore.AddKind.ADDED);
      assertThat(out.reportId()).isEqualTo("abc-2");
    }
  }

  @Test
  void treatsAChangedInputWithAGivenIdAsARevision() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("mine", null, "One."), "h1", true);
      assertThat(store.add(article("mine", null, "Two."), "h2", true).kind())
          .isEqualTo(DossierStore.AddKind.REVISED);
    }
  }

  @Test
  void searchesWithAnyInputWithoutSyntaxErrors() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("r1", null, "Drone strike in Tinzaouaten killed civilians."), "h1", false);
      for (String q :
          List.of("\"", "AND OR NOT", "tinz*", "(", "NEAR(a b)", "'; DROP TABLE report;--", "")) {
        store.search(q, 5);
      }
      List<DossierStore.SearchHit> hits = store.search("drone tinz*", 5);
      assertThat(hits).hasSize(1);
      DossierStore.SearchHit hit = hits.get(0);
      assertThat(hit.marks()).isNotEmpty();
      int[] m = hit.marks().get(0);
      assertThat(hit.snippet().substring(m[0], m[1])).isEqualToIgnoringCase("drone");
      assertThat(store.counts().reports()).isEqualTo(1);
    }
  }

  @Test
  void writesOnlyChangedEventsAndRemovesVanishedOnes() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("r1", null, "One."), "h1", false);
      store.add(article("r2", null, "Two."), "h2", false);
      var e1 =
          new DossierStore.EventEntry(
              "e1",
              "T1",
              "Kidal",
              List.of("JNIM"),
              "2024-07-25",
              "2024-07-27",
              List.of("r1"),
              1,
              "{\"a\":1}",
              null);
      var e2 =
          new DossierStore.EventEntry(
              "e2",
              "T2",
              "Gao",
              List.of(),
              "2024-08-01",
              "2024-08-01",
              List.of("r2"),
              1,
              "{\"b\":1}",
              "<p>b</p>");
      assertThat(store.putEvents(List.of(e1, e2))).containsExactlyInAnyOrder("e1", "e2");
      var e2b =
          new DossierStore.EventEntry(
              "e2",
              "T2",
              "Gao",
              List.of(),
              "2024-08-01",
              "2024-08-02",
              List.of("r2", "r1"),
              2,
              "{\"b\":2}",
              "<p>b</p>");
      assertThat(store.putEvents(List.of(e1, e2b))).containsExactly("e2");
      assertThat(store.events(DossierStore.EventQuery.all()))
          .extracting(DossierStore.EventSummary::id)
          .containsExactly("e2", "e1");
      assertThat(store.events(new DossierStore.EventQuery(null, "kid", null, null, null, 10, 0)))
          .extracting(DossierStore.EventSummary::id)
          .containsExactly("e1");
      assertThat(store.events(new DossierStore.EventQuery(null, null, "jnim", null, null, 10, 0)))
          .extracting(DossierStore.EventSummary::id)
          .containsExactly("e1");
      assertThat(
              store.events(
                  new DossierStore.EventQuery(null, null, null, "2024-07-28", null, 10, 0)))
          .extracting(DossierStore.EventSummary::id)
          .containsExactly("e2");
      assertThat(store.events(new DossierStore.EventQuery("two", null, null, null, null, 10, 0)))
          .extracting(DossierStore.EventSummary::id)
          .containsExactly("e2");
      assertThat(store.event("e2").orElseThrow().reportIds()).containsExactly("r1", "r2");
      assertThat(store.eventsOf("r1")).containsExactly("e1", "e2");
      assertThat(store.putEvents(List.of(e1))).containsExactly("e2");
      assertThat(store.event("e2")).isEmpty();
    }
  }

  @Test
  void givesAnEventANewRevisionOnlyWhenItOrOneOfItsReportsChanges() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      store.add(article("r1", "https://example.org/a", "Fighting near the border."), "h1", false);
      store.add(article("r2", null, "Floods in the south."), "h2", false);
      var e1 =
          new DossierStore.EventEntry(
              "e1", "T1", null, List.of(), null, null, List.of("r1"), 1, "{\"a\":1}", "<p>a</p>");
      var e2 =
          new DossierStore.EventEntry(
              "e2", "T2", null, List.of(), null, null, List.of("r2"), 1, "{\"b\":1}", "<p>b</p>");
      store.putEvents(List.of(e1, e2));
      long r1 = store.eventRevision("e1").orElseThrow();
      long r2 = store.eventRevision("e2").orElseThrow();
      String updated2 = store.events(DossierStore.EventQuery.all()).get(1).updatedAt();
      assertThat(r1).isNotEqualTo(r2);

      // The same entries again: nothing is written.
      assertThat(store.updateEvents(List.of(e1, e2), Set.of())).isEmpty();
      assertThat(store.eventRevision("e1")).hasValue(r1);
      assertThat(store.eventRevision("e2")).hasValue(r2);

      // A changed record: a new revision for that event only.
      var e1b =
          new DossierStore.EventEntry(
              "e1", "T1", null, List.of(), null, null, List.of("r1"), 1, "{\"a\":2}", "<p>a</p>");
      assertThat(store.updateEvents(List.of(e1b), Set.of())).containsExactly("e1");
      long r1b = store.eventRevision("e1").orElseThrow();
      assertThat(r1b).isGreaterThan(Math.max(r1, r2));
      assertThat(store.eventRevision("e2")).hasValue(r2);
      assertThat(
              store.events(DossierStore.EventQuery.all()).stream()
                  .filter(e -> e.id().equals("e2"))
                  .findFirst()
                  .orElseThrow()
                  .updatedAt())
          .isEqualTo(updated2);

      // A new revision of a report: its events show an older version now.
      store.add(article("x", "https://example.org/a", "Fighting, revised."), "h3", false);
      long r1c = store.eventRevision("e1").orElseThrow();
      assertThat(r1c).isGreaterThan(r1b);
      assertThat(store.eventPage("e1").orElseThrow().revision()).isEqualTo(r1c);
      assertThat(store.eventRevision("e2")).hasValue(r2);

      // Removed and made again: never a revision number seen before.
      store.updateEvents(List.of(), Set.of("e1"));
      assertThat(store.eventRevision("e1")).isEmpty();
      store.updateEvents(List.of(e1), Set.of());
      assertThat(store.eventRevision("e1").orElseThrow()).isGreaterThan(r1c);
      assertThat(store.check()).isEmpty();
    }
  }

  @Test
  void refusesAnEventWithAnUnknownReport() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      var e =
          new DossierStore.EventEntry(
              "e1", null, null, List.of(), null, null, List.of("nope"), 0, "{}", null);
      assertThatThrownBy(() -> store.putEvents(List.of(e)))
          .hasMessageContaining("cannot store events");
      assertThat(store.counts().events()).isZero();
    }
  }

  @Test
  void marksJobsLeftRunningAsInterruptedWhenReopened() throws Exception {
    Path file = dir.resolve("d.db");
    String id;
    try (DossierStore store = DossierStore.open(file)) {
      DossierStore.Job job = store.createJob("upload", 10);
      id = job.id();
      store.updateJob(job.with("running", "storing", 10, 3, 3, 0, 0, List.of(), null));
    }
    try (DossierStore store = DossierStore.open(file)) {
      DossierStore.Job job = store.job(id).orElseThrow();
      assertThat(job.state()).isEqualTo("interrupted");
      assertThat(job.done()).isEqualTo(3);
      assertThat(store.jobs(5)).hasSize(1);
    }
  }

  @Test
  void staysConsistentWhenSearchesAndAddsInterleave() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("d.db"))) {
      for (int i = 0; i < 5; i++) {
        store.add(
            article("r" + i, null, "Report number " + i + " on the fighting."), "h" + i, false);
        assertThat(store.search("fighting", 10)).hasSize(i + 1);
        assertThat(store.check()).isEmpty();
      }
    }
  }

  @Test
  void quotesEveryWordOfAFreeTextQuery() {
    assertThat(DossierStore.ftsQuery("drone OR \"x\" tinz*"))
        .isEqualTo("\"drone\" \"OR\" \"x\" \"tinz\"*");
    assertThat(DossierStore.ftsQuery("()")).isEmpty();
  }
}
