package dossier.claim;

/** Marks holds the quotation marks the claim stage recognises. */
final class Marks {
  private Marks() {}

  static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '‘'
        || c == '’';
  }

  static boolean opens(char c) {
    return c == '“' || c == '«' || c == '„';
  }

  static boolean closes(char c) {
    return c == '”' || c == '»';
  }
}
