package dossier.text;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * A SentenceSplitter cuts clean article text into sentence spans with OpenNLP's English sentence
 * model, never across a paragraph break (a blank line) and never inside a line that has no
 * sentence-final punctuation (headings). Spans are trimmed of surrounding white space. Thread-safe:
 * the model is shared, a detector is made per thread.
 */
public final class SentenceSplitter {

  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentence()));

  /** The shared instance. */
  public static final SentenceSplitter INSTANCE = new SentenceSplitter();

  private SentenceSplitter() {}

  /** Sentence spans of {@code text}, in order, within paragraphs. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int paraStart = 0;
    int n = text.length();
    while (paraStart < n) {
      int paraEnd = text.indexOf("\n\n", paraStart);
      if (paraEnd < 0) {
        paraEnd = n;
      }
      splitParagraph(text, paraStart, paraEnd, out);
      paraStart = paraEnd + 2;
    }
    return out;
  }

  private static void splitParagraph(String text, int from, int to, List<Span> out) {
    String para = text.substring(from, to);
    if (para.isBlank()) {
      return;
    }
    for (opennlp.tools.util.Span s : DETECTOR.get().sentPosDetect(para)) {
      int start = from + s.getStart();
      int end = from + s.getEnd();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new Span(start, end));
      }
    }
  }
}
