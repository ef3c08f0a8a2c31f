package dossier.claim;

import dossier.model.Quantity;
import java.util.List;

/** A QuantityExtractor keeps the figures that count something other than casualties. */
final class QuantityExtractor implements Extractor<Quantity> {
  @Override
  public List<Quantity> extract(Discourse d) {
    return d.counts().stream()
        .filter(c -> c.kind() == null)
        .map(c -> new Quantity(d.doc.id, c.span(), c.figure(), c.unit()))
        .toList();
  }
}
