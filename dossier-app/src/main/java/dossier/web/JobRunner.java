package dossier.web;

import dossier.model.Rejection;
import dossier.store.DossierStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JobRunner adds uploaded batches in the background, one at a time, recording each job's progress
 * in the store so that any page can show it. Thread-safe.
 */
final class JobRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  private static final long SAVE_EVERY_NANOS = 150_000_000L;

  private final DossierStore store;
  private final ReportIntake intake;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "dossier-ingest");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, CountDownLatch> finished = new ConcurrentHashMap<>();

  JobRunner(DossierStore store, ReportIntake intake) {
    this.store = store;
    this.intake = intake;
  }

  /** Records a job for the batch and queues it. */
  DossierStore.Job submit(Uploads.Batch batch) throws IOException {
    DossierStore.Job job = store.createJob(batch.label(), batch.reports().size());
    CountDownLatch latch = new CountDownLatch(1);
    finished.put(job.id(), latch);
    worker.execute(
        () -> {
          try {
            run(job, batch);
          } finally {
            latch.countDown();
            finished.remove(job.id());
          }
        });
    return job;
  }

  /** Waits until the job has finished, at most {@code millis}; true when it has. */
  boolean await(String id, long millis) throws InterruptedException {
    CountDownLatch latch = finished.get(id);
    return latch == null || latch.await(millis, TimeUnit.MILLISECONDS);
  }

  private void run(DossierStore.Job job, Uploads.Batch batch) {
    long[] lastSave = {0};
    DossierStore.Job[] current = {
      job.with("running", "cleaning", job.total(), 0, 0, 0, 0, batch.rejections(), null)
    };
    try {
      store.updateJob(current[0]);
      ReportIntake.Tally tally =
          intake.take(
              batch.reports(),
              batch.rejections(),
              (phase, done, total, soFar) -> {
                long now = System.nanoTime();
                boolean newPhase = !phase.equals(current[0].phase());
                current[0] =
                    current[0].with(
                        "running",
                        phase,
                        total,
                        done,
                        soFar.added(),
                        soFar.revised(),
                        soFar.duplicates(),
                        soFar.rejections(),
                        null);
                if (newPhase || now - lastSave[0] > SAVE_EVERY_NANOS) {
                  lastSave[0] = now;
                  store.updateJob(current[0]);
                }
              });
      List<Rejection> rejections = new ArrayList<>(tally.rejections());
      store.updateJob(
          current[0].with(
              "done",
              "done",
              job.total(),
              job.total(),
              tally.added(),
              tally.revised(),
              tally.duplicates(),
              rejections,
              tally.eventsChanged().size() + " event(s) updated"));
    } catch (IOException | RuntimeException e) {
      LOG.error("job {} failed", job.id(), e);
      try {
        DossierStore.Job c = current[0];
        store.updateJob(
            c.with(
                "failed",
                c.phase(),
                c.total(),
                c.done(),
                c.added(),
                c.revised(),
                c.duplicates(),
                c.rejections(),
                "failed: " + e.getMessage() + "; add the same input again to finish it"));
      } catch (IOException again) {
        LOG.error("cannot record failure of job {}", job.id(), again);
      }
    }
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
