package dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * LanguageGuesser names the language of a text as an ISO 639-1 code with OpenNLP's 103-language
 * detector model ({@code langdetect-183.bin}, shipped in a Maven artifact). The model loads on
 * first use.
 */
public final class LanguageGuesser {

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  /** Characters from the start of a text that the guess reads. */
  public static final int SAMPLE = 1000;

  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();
  }

  private LanguageGuesser() {}

  /** Starts loading the model on another thread, so that it is ready by the first guess. */
  static void preload() {
    Thread loader = new Thread(() -> Model.INSTANCE.hashCode(), "language-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** The language code, or {@code null} when the text is too short or the guess is weak. */
  public static String guess(String text) {
    return guess(text, SAMPLE);
  }

  /** {@link #guess(String)} reading the first {@code characters} of {@code text}. */
  public static String guess(String text, int characters) {
    String sample = text.length() > characters ? text.substring(0, characters) : text;
    if (sample.strip().length() < 20) {
      return null;
    }
    Language best = new LanguageDetectorME(Model.INSTANCE).predictLanguage(sample);
    if (best == null || best.getConfidence() < 0.2) {
      return null;
    }
    String code = best.getLang();
    return ISO3_TO_ISO1.getOrDefault(code, code);
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin missing from the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this language
      }
    }
    // OpenNLP's model uses a few codes that differ from Java's.
    map.put("cmn", "zh");
    map.put("pes", "fa");
    map.put("zlm", "ms");
    map.put("arb", "ar");
    return Map.copyOf(map);
  }
}
