package dossier.claim;

/**
 * A Token is one word or mark of a sentence: its character offsets in the article text, its form in
 * the working text (true-cased when the article arrived in capitals), lower-cased form, universal
 * POS tag and lemma.
 */
record Token(int start, int end, String text, String lower, String tag, String lemma) {

  boolean is(String word) {
    return lower.equals(word);
  }

  boolean isQuoteMark() {
    return text.length() == 1 && Marks.isQuote(text.charAt(0));
  }

  boolean isPunct() {
    if (lower.equals("'s") || lower.equals("’s")) {
      return false;
    }
    return "PUNCT".equals(tag)
        || (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)));
  }

  boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
