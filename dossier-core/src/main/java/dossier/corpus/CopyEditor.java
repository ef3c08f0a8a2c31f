package dossier.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A CopyEditor makes the texts of generated corpora from real article bodies: new stories by a
 * substitution of words (every word mapped, consistently within the story, to a random word of the
 * bodies' vocabulary, so stories keep the layout and repetitions of real news but share almost no
 * word pairs), and planted copies of a story by one known edit: verbatim (a new header line),
 * trimmed (a leading 40-80% of paragraphs), reordered (paragraphs shuffled, 3% of words replaced),
 * edited (10% of paragraphs dropped, 8% of words replaced) and paraphrased (25% of longer words
 * replaced, 10% of neighbouring words swapped). All randomness comes from the caller's {@link
 * Random}, so a seed fixes the output. Stateless.
 */
public final class CopyEditor {

  /** How a planted copy was made. */
  public enum Edit {
    VERBATIM,
    TRIMMED,
    REORDERED,
    EDITED,
    PARAPHRASED
  }

  private CopyEditor() {}

  /** The distinct words of at least four letters or digits of the bodies, in order of use. */
  public static String[] vocabulary(List<String> bodies) {
    Set<String> vocabulary = new LinkedHashSet<>();
    for (String b : bodies) {
      for (String w : b.split("\\s+")) {
        String word = w.replaceAll("[^\\p{L}\\p{N}]", "");
        if (word.length() >= 4) {
          vocabulary.add(word);
        }
      }
    }
    return vocabulary.toArray(new String[0]);
  }

  /** A copy of {@code text} made by {@code edit}. */
  public static String copy(String text, Edit edit, String[] vocab, Random random) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n+")));
    switch (edit) {
      case VERBATIM:
        return "By staff and agencies\n\n" + text;
      case TRIMMED:
        {
          int keep =
              Math.max(1, (int) Math.round(paragraphs.size() * (0.4 + 0.4 * random.nextDouble())));
          return String.join("\n\n", paragraphs.subList(0, keep));
        }
      case REORDERED:
        Collections.shuffle(paragraphs, random);
        return replaceWords(String.join("\n\n", paragraphs), 0.03, 1, vocab, random);
      case EDITED:
        {
          List<String> kept = new ArrayList<>();
          for (String p : paragraphs) {
            if (random.nextDouble() >= 0.1 || paragraphs.size() == 1) {
              kept.add(p);
            }
          }
          return replaceWords(String.join("\n\n", kept), 0.08, 1, vocab, random);
        }
      case PARAPHRASED:
        return swapNeighbours(replaceWords(text, 0.25, 4, vocab, random), 0.1, random);
      default:
        throw new IllegalStateException(edit.name());
    }
  }

  /** A new story: every word mapped to a random vocabulary word, the same each time. */
  public static String encipher(String text, String[] vocab, Random random) {
    Map<String, String> cipher = new HashMap<>();
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      out.append(cipher.computeIfAbsent(word, w -> vocab[random.nextInt(vocab.length)]));
    }
    return out.toString();
  }

  /** Replaces each word of at least {@code minLength} characters with probability {@code rate}. */
  private static String replaceWords(
      String text, double rate, int minLength, String[] vocab, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= minLength && random.nextDouble() < rate) {
        out.append(vocab[random.nextInt(vocab.length)]);
      } else {
        out.append(text, start, i);
      }
    }
    return out.toString();
  }

  private static String swapNeighbours(String text, double rate, Random random) {
    String[] words = text.split(" ");
    for (int k = 0; k + 1 < words.length; k++) {
      if (random.nextDouble() < rate) {
        String t = words[k];
        words[k] = words[k + 1];
        words[k + 1] = t;
        k++;
      }
    }
    return String.join(" ", words);
  }
}
