package dossier.claim;

import dossier.model.Claimant;
import dossier.model.Quote;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A QuoteExtractor finds direct quotations and their speakers: a cue right after the quotation
 * ("…," he added), else the nearest cue before it in its sentence (claimed that "…"), else the
 * speaker of the quotation just before it in the same paragraph (a quotation continued).
 */
final class QuoteExtractor implements Extractor<Quote> {

  @Override
  public List<Quote> extract(Discourse d) {
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    Sentence previousSentence = null;
    for (Discourse.QuoteSpan q : d.quotes) {
      Sentence first = d.doc.sentenceAt(q.content().start());
      Sentence last = d.doc.sentenceAt(Math.max(q.content().start(), q.content().end() - 1));
      if (first == null || last == null) {
        continue;
      }
      Discourse.Cue cue = after(d, q, last);
      if (cue == null) {
        cue = before(d, q, first);
      }
      Claimant speaker = cue == null ? null : cue.claimant();
      Span cueSpan = cue == null ? null : cue.span();
      if (speaker == null
          && previous != null
          && previousSentence != null
          && first.paragraph() == previousSentence.paragraph()
          && first.index() - previousSentence.index() <= 1) {
        speaker = previous.speaker();
        cueSpan = previous.cue();
      }
      if (speaker == null) {
        cue = anyAfter(d, q, last);
        if (cue != null) {
          speaker = cue.claimant();
          cueSpan = cue.span();
        }
      }
      Quote quote =
          new Quote(
              d.doc.id, q.content(), q.content().of(d.doc.text), partial(d, q), speaker, cueSpan);
      out.add(quote);
      previous = quote;
      previousSentence = last;
    }
    return List.copyOf(out);
  }

  /** A cue whose subject (or inverted verb) starts right after the closing mark. */
  private static Discourse.Cue after(Discourse d, Discourse.QuoteSpan q, Sentence s) {
    int k = s.tokenAt(q.close() + 1);
    if (k < s.size() && s.get(k).is(",")) {
      k++;
    }
    for (Discourse.Cue c : d.cues) {
      if (c.sentence() != s || c.participle()) {
        continue;
      }
      int start = Math.min(c.subjectFrom(), c.verb());
      if (c.according()) {
        start = c.verb();
      }
      if (start == k && c.claimant() != null) {
        return c;
      }
    }
    return null;
  }

  /** The nearest cue before the opening mark in the same sentence, outside other quotations. */
  private static Discourse.Cue before(Discourse d, Discourse.QuoteSpan q, Sentence s) {
    Discourse.Cue best = null;
    for (Discourse.Cue c : d.cues) {
      if (c.sentence() != s || c.claimant() == null) {
        continue;
      }
      int at = s.get(c.verb()).start();
      if (at < q.open() && d.quoteAt(at) == null) {
        best = c;
      }
    }
    return best;
  }

  private static Discourse.Cue anyAfter(Discourse d, Discourse.QuoteSpan q, Sentence s) {
    for (Discourse.Cue c : d.cues) {
      if (c.sentence() == s && c.claimant() != null && s.get(c.verb()).start() > q.close()) {
        return c;
      }
    }
    return null;
  }

  /** A quotation that is part of a sentence rather than the whole of what was said. */
  private static boolean partial(Discourse d, Discourse.QuoteSpan q) {
    String text = d.doc.work;
    int k = q.open() - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    boolean wordBefore = k >= 0 && Character.isLetterOrDigit(text.charAt(k));
    boolean startsLower = Character.isLowerCase(text.charAt(q.content().start()));
    return wordBefore || startsLower;
  }
}
