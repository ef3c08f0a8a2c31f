package dossier.claim;

import dossier.model.Article;
import dossier.model.Span;
import dossier.text.OpenNlpModels;
import dossier.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * A Document is an article analysed once for every extractor: sentences, tokens, POS tags and
 * lemmas from OpenNLP. An article in capitals (old wire and radio copy) is analysed in a true-cased
 * working copy of the same length, so every offset still points into the article text.
 */
final class Document {

  private static final ThreadLocal<TokenizerME> TOKENIZER =
      ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.tokens()));
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(OpenNlpModels.pos()));
  private static final ThreadLocal<LemmatizerME> LEMMATIZER =
      ThreadLocal.withInitial(() -> new LemmatizerME(OpenNlpModels.lemmas()));

  final String id;
  final String text;
  final String work;
  final boolean capitals;
  final LocalDate published;
  final List<Sentence> sentences;

  private Document(
      String id,
      String text,
      String work,
      boolean capitals,
      LocalDate published,
      List<Sentence> sentences) {
    this.id = id;
    this.text = text;
    this.work = work;
    this.capitals = capitals;
    this.published = published;
    this.sentences = List.copyOf(sentences);
  }

  static Document analyse(Article article, Set<String> properWords) {
    return analyse(article, properWords, false);
  }

  static Document analyse(Article article, Set<String> properWords, boolean statisticalLemmas) {
    String text = article.text();
    boolean capitals = mostlyCapitals(text);
    String work = capitals ? trueCase(text, properWords) : text;
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int lastEnd = 0;
    for (Span s : SentenceSplitter.INSTANCE.split(work)) {
      if (work.substring(lastEnd, s.start()).contains("\n")) {
        paragraph++;
      }
      lastEnd = s.end();
      sentences.add(tokenise(sentences.size(), s, paragraph, work, statisticalLemmas));
    }
    LocalDate published = article.published() == null ? null : article.published().date();
    return new Document(article.id(), text, work, capitals, published, sentences);
  }

  private static Sentence tokenise(
      int index, Span span, int paragraph, String work, boolean statisticalLemmas) {
    String sentence = span.of(work);
    opennlp.tools.util.Span[] spans = adjust(sentence, TOKENIZER.get().tokenizePos(sentence));
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(sentence).toString();
    }
    String[] tags = TAGGER.get().tag(words);
    String[] lemmas;
    if (statisticalLemmas) {
      lemmas = LEMMATIZER.get().lemmatize(words, tags);
    } else {
      lemmas = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lemmas[i] = Lemmas.of(words[i]);
      }
    }
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(
          new Token(
              span.start() + spans[i].getStart(),
              span.start() + spans[i].getEnd(),
              words[i],
              words[i].toLowerCase(java.util.Locale.ROOT),
              tags[i],
              lemmas[i].toLowerCase(java.util.Locale.ROOT)));
    }
    return new Sentence(index, span, paragraph, tokens);
  }

  /**
   * Rejoins words the tokenizer cut at a hyphen ("CSP-" "DPA") and cuts a possessive off its noun
   * ("Mali’s" → "Mali" "’s"), so that names and possessives read alike however they were typed.
   */
  private static opennlp.tools.util.Span[] adjust(String sentence, opennlp.tools.util.Span[] in) {
    List<opennlp.tools.util.Span> out = new ArrayList<>(in.length + 4);
    for (opennlp.tools.util.Span sp : in) {
      if (!out.isEmpty()) {
        opennlp.tools.util.Span last = out.get(out.size() - 1);
        boolean touching = last.getEnd() == sp.getStart();
        char lastEnd = sentence.charAt(last.getEnd() - 1);
        char next = sentence.charAt(sp.getStart());
        boolean joins =
            (lastEnd == '-' && Character.isLetterOrDigit(next))
                || (next == '-' && Character.isLetterOrDigit(lastEnd));
        if (touching && joins) {
          out.set(out.size() - 1, new opennlp.tools.util.Span(last.getStart(), sp.getEnd()));
          continue;
        }
      }
      int len = sp.length();
      if (len > 2) {
        char a = sentence.charAt(sp.getEnd() - 2);
        char b = sentence.charAt(sp.getEnd() - 1);
        if ((a == '’' || a == '\'') && (b == 's' || b == 'S')) {
          out.add(new opennlp.tools.util.Span(sp.getStart(), sp.getEnd() - 2));
          out.add(new opennlp.tools.util.Span(sp.getEnd() - 2, sp.getEnd()));
          continue;
        }
      }
      out.add(sp);
    }
    return out.toArray(new opennlp.tools.util.Span[0]);
  }

  /** The sentence containing {@code offset}, or null. */
  Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  static boolean mostlyCapitals(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 20 && upper > 4 * lower;
  }

  /**
   * Lower-cases text written in capitals, then restores capitals where English would have them:
   * sentence starts, the pronoun I, and words known to be proper (places, actors, months). Every
   * character keeps its offset.
   */
  static String trueCase(String text, Set<String> properWords) {
    char[] out = new char[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char l = Character.toLowerCase(c);
      out[i] = Character.isUpperCase(c) && Character.toUpperCase(l) == c ? l : c;
    }
    boolean sentenceStart = true;
    int i = 0;
    while (i < out.length) {
      if (!Character.isLetter(out[i])) {
        if (out[i] == '.' || out[i] == '!' || out[i] == '?' || out[i] == '\n' || out[i] == ':') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int j = i;
      while (j < out.length
          && (Character.isLetterOrDigit(out[j]) || out[j] == '-' || out[j] == '\'')) {
        j++;
      }
      String word = new String(out, i, j - i);
      String kind = properWords.contains(word) ? "proper" : null;
      if (kind == null && word.indexOf('-') > 0) {
        kind = properWords.contains(word.replace('-', ' ')) ? "proper" : null;
      }
      if (properWords.contains(word.toUpperCase(java.util.Locale.ROOT))) {
        for (int k = i; k < j; k++) {
          out[k] = Character.toUpperCase(out[k]);
        }
      } else if (kind != null || sentenceStart || word.equals("i")) {
        out[i] = Character.toUpperCase(out[i]);
        for (int k = i + 1; k < j; k++) {
          if (out[k - 1] == '-') {
            out[k] = Character.toUpperCase(out[k]);
          }
        }
      }
      sentenceStart = false;
      i = j;
    }
    return new String(out);
  }
}
