package dossier.app;

import dossier.web.EventAnalysis;

/** Analyses chooses the {@link EventAnalysis} the store's commands use. */
final class Analyses {

  private Analyses() {}

  /** The events of the analysis stages. */
  static EventAnalysis pipeline() {
    return new StageAnalysis();
  }
}
