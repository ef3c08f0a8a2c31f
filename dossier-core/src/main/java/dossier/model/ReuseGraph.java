package dossier.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ReuseGraph is what reuse detection found in a set of reports: the links between pairs that
 * share text or an event, and the wire families the copies form. A report is in at most one family;
 * reports in none are single sources.
 */
public record ReuseGraph(List<ReuseLink> links, List<SourceFamily> families)
    implements Serializable {

  public ReuseGraph {
    links = List.copyOf(links);
    families = List.copyOf(families);
  }

  /** The family the report is the origin or a member of, if any. */
  public Optional<SourceFamily> familyOf(String article) {
    Objects.requireNonNull(article, "article");
    return families.stream().filter(f -> f.contains(article)).findFirst();
  }

  /** The origin of the report's family, or the report itself when it is in none. */
  public String originOf(String article) {
    return familyOf(article).map(SourceFamily::origin).orElse(article);
  }

  /** The links that involve the report. */
  public List<ReuseLink> linksOf(String article) {
    return links.stream().filter(l -> l.involves(article)).toList();
  }
}
