package dossier.claim;

import dossier.model.Span;
import java.util.List;

/** A Sentence is a sentence span of an article with its tokens, numbered in text order. */
record Sentence(int index, Span span, int paragraph, List<Token> tokens) {
  Sentence {
    tokens = List.copyOf(tokens);
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** The index of the first token starting at or after {@code offset}, or {@code size()}. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
