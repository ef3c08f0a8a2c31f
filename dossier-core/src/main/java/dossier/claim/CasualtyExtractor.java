package dossier.claim;

import dossier.model.CasualtyClaim;
import java.util.List;

/** A CasualtyExtractor finds claims of people killed, wounded, captured or missing. */
final class CasualtyExtractor implements Extractor<CasualtyClaim> {
  @Override
  public List<CasualtyClaim> extract(Discourse d) {
    return d.counts().stream()
        .filter(c -> c.kind() != null)
        .map(c -> Counter.toClaim(d.doc.id, c))
        .sorted((a, b) -> a.span().compareTo(b.span()))
        .toList();
  }
}
