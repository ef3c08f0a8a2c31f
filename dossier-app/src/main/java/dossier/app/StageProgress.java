package dossier.app;

import dossier.pipeline.Pipeline;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A StageProgress reports a pipeline run on the terminal: one line per finished stage with its
 * time, and on long runs a progress bar for the stage under way.
 */
final class StageProgress implements Pipeline.Listener, AutoCloseable {

  private final PrintStream err;
  private final boolean bars;
  private String stage;
  private long started;
  private ProgressBar bar;

  StageProgress(PrintStream err, boolean bars) {
    this.err = err;
    this.bars = bars;
  }

  @Override
  public synchronized void stage(String name, int items) {
    finish();
    stage = name;
    started = System.nanoTime();
    if (bars && items > 1) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(items)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
              .build();
    }
  }

  @Override
  public synchronized void item() {
    if (bar != null) {
      bar.step();
    }
  }

  private void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    if (stage != null) {
      err.printf(
          Locale.ROOT, "dossier: %s done in %.1f s%n", stage, (System.nanoTime() - started) / 1e9);
    }
  }

  @Override
  public synchronized void close() {
    finish();
    stage = null;
  }
}
