package dossier.reconcile;

import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.SourceFamily;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ReuseIndex looks up a reuse graph by report: the family a report belongs to, the families it
 * reuses passages from, and the links it starts. Built once per reconciliation, so that each event
 * costs only its own reports rather than a scan of every family and link of the corpus. Lookups
 * give what a scan of the graph in list order gives (the first family that holds a report).
 * Read-only after construction.
 */
final class ReuseIndex {

  private final ReuseGraph graph;
  private final Map<String, SourceFamily> family = new HashMap<>();
  private final Map<String, List<SourceFamily>> partial = new HashMap<>();
  private final Map<String, List<ReuseLink>> linksFrom = new HashMap<>();

  ReuseIndex(ReuseGraph graph) {
    this.graph = graph;
    for (SourceFamily f : graph.families()) {
      family.putIfAbsent(f.origin(), f);
      for (SourceFamily.Member m : f.members()) {
        family.putIfAbsent(m.article(), f);
      }
      for (SourceFamily.Member m : f.partial()) {
        List<SourceFamily> holders = partial.computeIfAbsent(m.article(), k -> new ArrayList<>());
        if (holders.isEmpty() || holders.get(holders.size() - 1) != f) {
          holders.add(f);
        }
      }
    }
    for (ReuseLink l : graph.links()) {
      linksFrom.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
    }
  }

  ReuseGraph graph() {
    return graph;
  }

  /** The first family whose origin or member the report is ({@link ReuseGraph#familyOf}). */
  Optional<SourceFamily> familyOf(String article) {
    return Optional.ofNullable(family.get(article));
  }

  /** The families that list the report as a partial reuser, in the graph's order. */
  List<SourceFamily> partialIn(String article) {
    return partial.getOrDefault(article, List.of());
  }

  /** The links whose first report is {@code article}, in the graph's order. */
  List<ReuseLink> linksFrom(String article) {
    return linksFrom.getOrDefault(article, List.of());
  }
}
