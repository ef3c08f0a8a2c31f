package dossier.reuse;

import dossier.model.Span;
import dossier.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Sentence is one sentence of a report prepared for alignment: its span, its tokens, its distinct
 * content words, its number words and its quotations.
 */
record Sentence(
    Span span, List<Words.Token> tokens, List<String> content, String key, List<Span> quotes) {

  /** The sentences of a text: OpenNLP sentences, further cut at line ends that close a sentence. */
  static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    for (Span s : SentenceSplitter.INSTANCE.split(text)) {
      int start = s.start();
      for (int i = s.start(); i < s.end(); i++) {
        if (text.charAt(i) == '\n' && endsLine(text, start, i)) {
          add(text, start, i, out);
          start = i + 1;
        }
      }
      add(text, start, s.end(), out);
    }
    return out;
  }

  /** The whole of a text read as one sentence (for scoring sentence pairs given apart). */
  static Sentence whole(String text) {
    List<Sentence> out = new ArrayList<>();
    add(text, 0, text.length(), out);
    return out.isEmpty()
        ? new Sentence(new Span(0, 0), List.of(), List.of(), "", List.of())
        : out.get(0);
  }

  /** A line ends a sentence when it closes with final punctuation or has none (a heading). */
  private static boolean endsLine(String text, int from, int newline) {
    int k = newline - 1;
    while (k >= from && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k < from) {
      return true;
    }
    char c = text.charAt(k);
    if (".!?:\"”’)*".indexOf(c) >= 0) {
      return true;
    }
    int next = newline + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && Character.isUpperCase(text.charAt(next));
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    List<Words.Token> tokens = Words.tokens(text, start, end);
    if (tokens.isEmpty()) {
      return;
    }
    Set<String> content = new LinkedHashSet<>();
    StringBuilder key = new StringBuilder();
    for (Words.Token t : tokens) {
      if (!Words.isFunctionWord(t.norm())) {
        content.add(t.norm());
      }
      key.append(t.norm()).append(' ');
    }
    out.add(
        new Sentence(
            new Span(start, end),
            tokens,
            List.copyOf(content),
            key.toString(),
            quotes(text, start, end)));
  }

  /** Quoted stretches inside {@code text[start, end)}, quote marks excluded. */
  static List<Span> quotes(String text, int start, int end) {
    List<Span> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      char close;
      if (c == '“') {
        close = '”';
      } else if (c == '"') {
        close = '"';
      } else if (c == '«') {
        close = '»';
      } else {
        i++;
        continue;
      }
      int j = text.indexOf(close, i + 1);
      if (j < 0 || j > end) {
        j = end;
      }
      if (j > i + 1) {
        out.add(new Span(i + 1, j));
      }
      i = j + 1;
    }
    return out;
  }

  int length() {
    return span.length();
  }
}
