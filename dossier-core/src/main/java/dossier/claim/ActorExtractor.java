package dossier.claim;

import dossier.model.ActorMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ActorExtractor lists the actors an article names, each with its canonical name (variants
 * merged: "Malian armed forces" and "junta forces" are both the forces of Mali; "CSP" and "Azawad
 * fighters" are the CSP-DPA), and the named people who speak in it. An acronym this report spells
 * out carries its expansion on every mention.
 */
final class ActorExtractor implements Extractor<ActorMention> {

  @Override
  public List<ActorMention> extract(Discourse d) {
    List<ActorMention> out = new ArrayList<>();
    Map<String, String> expansions = new HashMap<>();
    for (Sentence s : d.doc.sentences) {
      for (ActorFinder.Hit h : d.actorsOf(s)) {
        if (h.expansion() != null) {
          expansions.putIfAbsent(h.canonical(), h.expansion());
        }
      }
    }
    for (Sentence s : d.doc.sentences) {
      for (ActorFinder.Hit h : d.actorsOf(s)) {
        out.add(
            new ActorMention(
                d.doc.id,
                d.span(s, h.from(), h.to()),
                d.words(s, h.from(), h.to()),
                h.canonical(),
                h.kind(),
                expansions.get(h.canonical())));
      }
    }
    for (Discourse.Cue c : d.cues) {
      if (c.claimant() == null || c.subjectTo() <= c.subjectFrom()) {
        continue;
      }
      String words = d.words(c.sentence(), c.subjectFrom(), c.subjectTo());
      if (properName(words)
          && out.stream()
              .noneMatch(
                  a -> a.span().overlaps(d.span(c.sentence(), c.subjectFrom(), c.subjectTo())))) {
        out.add(
            new ActorMention(
                d.doc.id,
                d.span(c.sentence(), c.subjectFrom(), c.subjectTo()),
                words,
                words,
                ActorMention.Kind.PERSON,
                null));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  /** "Mossa Ag Inzoma", "Mohamed Elmaouloud Ramadane": two or more capitalised words. */
  static boolean properName(String words) {
    String[] w = words.split("\\s+");
    if (w.length < 2 || w.length > 5) {
      return false;
    }
    for (String x : w) {
      if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || Lexicon.isAcronym(x)) {
        return false;
      }
    }
    String first = w[0].toLowerCase(java.util.Locale.ROOT);
    return !first.equals("the") && !first.equals("a") && !first.equals("an");
  }
}
