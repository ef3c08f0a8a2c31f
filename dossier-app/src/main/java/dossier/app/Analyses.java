package dossier.app;

import dossier.web.EventAnalysis;

/** Analyses chooses the {@link EventAnalysis} the store's commands use. */
final class Analyses {

  private Analyses() {}

  /** The analysis pipeline's events, or none while the pipeline is not part of this build. */
  static EventAnalysis pipeline() {
    return EventAnalysis.none();
  }
}
