package dossier.claim;

import dossier.model.Claim;
import java.util.List;

/** An Extractor finds one kind of claim in an analysed article, in text order. Thread-safe. */
interface Extractor<C extends Claim> {
  List<C> extract(Discourse discourse);
}
