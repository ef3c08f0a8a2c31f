package dossier.web;

import dossier.ingest.RawReport;
import dossier.ingest.RecurringLineRemover;
import dossier.ingest.ReportCleaner;
import dossier.model.Article;
import dossier.model.Rejection;
import dossier.store.DossierStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ReportIntake adds raw reports to a {@link DossierStore}: it cleans each one, removes what one
 * outlet repeats across the batch, stores each report in its own transaction (a known input is a
 * no-op, a changed input for a known URL a revision), then lets the {@link EventAnalysis} update
 * the events the new and revised reports touch. Progress is reported as it goes. Thread-safe;
 * batches are serialised by the store.
 */
public final class ReportIntake {

  /** What one batch did. */
  public record Tally(
      int added,
      int revised,
      int duplicates,
      List<Rejection> rejections,
      List<DossierStore.AddOutcome> outcomes,
      Set<String> eventsChanged) {
    public Tally {
      rejections = List.copyOf(rejections);
      outcomes = List.copyOf(outcomes);
      eventsChanged = Set.copyOf(eventsChanged);
    }
  }

  /** Receives progress: the phase ("cleaning", "storing", "analysing"), items done of total. */
  public interface Progress {
    void update(String phase, int done, int total, Tally soFar) throws IOException;

    static Progress none() {
      return (phase, done, total, soFar) -> {};
    }
  }

  private final DossierStore store;
  private final EventAnalysis analysis;
  private final ReportCleaner cleaner = new ReportCleaner(ReportCleaner.Config.defaults());
  private final RecurringLineRemover recurring =
      new RecurringLineRemover(RecurringLineRemover.Config.defaults());
  private final Object batchLock = new Object();

  public ReportIntake(DossierStore store, EventAnalysis analysis) {
    this.store = Objects.requireNonNull(store, "store");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
  }

  /**
   * Adds {@code raws}; {@code readRejections} (inputs that could not be read) are carried into the
   * tally so that one place reports everything that did not go in.
   */
  public Tally take(List<RawReport> raws, List<Rejection> readRejections, Progress progress)
      throws IOException {
    synchronized (batchLock) {
      List<Rejection> rejections = new ArrayList<>(readRejections);
      List<DossierStore.AddOutcome> outcomes = new ArrayList<>();
      int total = raws.size();
      List<Article> articles = new ArrayList<>();
      Map<Article, RawReport> rawOf = new IdentityHashMap<>();
      int done = 0;
      for (RawReport raw : raws) {
        Optional<DossierStore.AddOutcome> known = store.known(contentHash(raw));
        if (known.isPresent()) {
          // The same input again: nothing to clean or store.
          outcomes.add(known.get());
          done++;
          continue;
        }
        ReportCleaner.Outcome outcome = cleaner.clean(raw);
        if (outcome.article() != null) {
          articles.add(outcome.article());
          rawOf.put(outcome.article(), raw);
        } else {
          rejections.add(outcome.rejection());
        }
        done++;
        if (done % 25 == 0) {
          progress.update("cleaning", done, total, tally(outcomes, rejections, Set.of()));
        }
      }
      List<Article> cleaned = recurring.remove(articles);
      int stored = total - cleaned.size();
      progress.update("storing", stored, total, tally(outcomes, rejections, Set.of()));
      for (int i = 0; i < cleaned.size(); i++) {
        RawReport raw = rawOf.get(articles.get(i));
        Article article = cleaned.get(i);
        outcomes.add(store.add(article, contentHash(raw), present(raw.id())));
        stored++;
        if (stored % 10 == 0 || stored == total) {
          progress.update("storing", stored, total, tally(outcomes, rejections, Set.of()));
        }
      }
      Set<String> changed = Set.of();
      List<String> touched =
          outcomes.stream()
              .filter(o -> o.kind() != DossierStore.AddKind.DUPLICATE)
              .map(DossierStore.AddOutcome::reportId)
              .distinct()
              .toList();
      if (!touched.isEmpty()) {
        progress.update("analysing", total, total, tally(outcomes, rejections, Set.of()));
        EventAnalysis.Update update = analysis.update(touched, store);
        changed = store.updateEvents(update.put(), update.remove());
      }
      return tally(outcomes, rejections, changed);
    }
  }

  private static Tally tally(
      List<DossierStore.AddOutcome> outcomes, List<Rejection> rejections, Set<String> changed) {
    int added = 0;
    int revised = 0;
    int duplicates = 0;
    for (DossierStore.AddOutcome o : outcomes) {
      switch (o.kind()) {
        case ADDED -> added++;
        case REVISED -> revised++;
        case DUPLICATE -> duplicates++;
      }
    }
    return new Tally(added, revised, duplicates, rejections, outcomes, changed);
  }

  /**
   * The hash that identifies an input: its content and the metadata it came with, so that the same
   * input added again is recognised, however it was named.
   */
  static String contentHash(RawReport raw) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            raw.format().name(),
            raw.content(),
            raw.url(),
            raw.outlet(),
            raw.published(),
            raw.title()
          }) {
        sha.update((part == null ? "\u0000null" : part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
