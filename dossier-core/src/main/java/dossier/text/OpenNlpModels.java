package dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNlpModels holds the English OpenNLP models (UD EWT, 1.3) that ship in the {@code
 * opennlp-models-*-en} jars on the class path. Each model is read once, on first use, and shared:
 * OpenNLP models are thread-safe, their {@code *ME} tools are not.
 */
public final class OpenNlpModels {

  private static final String VERSION = "1.3-2.5.4";

  private OpenNlpModels() {}

  private static final class Sentence {
    static final SentenceModel MODEL = load("sentence", SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load("tokens", TokenizerModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = load("pos", POSModel::new);
  }

  private static final class Lemmas {
    static final LemmatizerModel MODEL = load("lemmas", LemmatizerModel::new);
  }

  public static SentenceModel sentence() {
    return Sentence.MODEL;
  }

  public static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  public static POSModel pos() {
    return Pos.MODEL;
  }

  public static LemmatizerModel lemmas() {
    return Lemmas.MODEL;
  }

  private interface Reader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String kind, Reader<M> reader) {
    String name = "/opennlp-en-ud-ewt-" + kind + "-" + VERSION + ".bin";
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }
}
