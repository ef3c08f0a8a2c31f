package dossier.app;

import dossier.web.EventAnalysis;

/** Analyses chooses the {@link EventAnalysis} the store's commands use. */
final class Analyses {

  private Analyses() {}

  /** The analyses a command can choose. */
  enum Kind {
    stages,
    none
  }

  /** The analysis of this kind. */
  static EventAnalysis of(Kind kind) {
    return switch (kind) {
      case stages -> new PipelineAnalysis();
      case none -> EventAnalysis.none();
    };
  }
}
