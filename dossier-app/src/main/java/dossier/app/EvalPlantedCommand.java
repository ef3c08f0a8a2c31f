package dossier.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.corpus.CopyEditor;
import dossier.corpus.CorpusGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval planted}: recall and precision of the copies a run found against the copies
 * {@code gen-corpus} planted, per pair of reports: directly linked copies, and reports put in one
 * wire family.
 */
@Command(
    name = "planted",
    mixinStandardHelpOptions = true,
    description =
        "Score found copies against a generated corpus's planted copies: pair recall and"
            + " precision of copy links and of wire families.")
public final class EvalPlantedCommand implements Callable<Integer> {

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      required = true,
      description = "The planted copies gen-corpus wrote (.truth.jsonl).")
  Path truth;

  @Option(
      names = "--predictions",
      paramLabel = "PATH",
      required = true,
      description =
          "dossier.json of `dossier analyze`, or the folder `dossier spark` wrote (pairs.jsonl,"
              + " families.jsonl).")
  Path predictions;

  private static final Set<String> COPY = Set.of("verbatim", "trimmed", "paraphrase");

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<CorpusGenerator.Planted> planted = new ArrayList<>();
    forEachLine(
        truth,
        line -> {
          JsonNode n = json.readTree(line);
          planted.add(
              new CorpusGenerator.Planted(
                  n.get("story").asText(),
                  n.get("copy").asText(),
                  CopyEditor.Edit.valueOf(n.get("edit").asText().toUpperCase(Locale.ROOT))));
        });
    Set<String> expected = new CorpusGenerator.Corpus(List.of(), planted).copyPairs();
    Set<String> linked = new LinkedHashSet<>();
    Set<String> grouped = new LinkedHashSet<>();
    if (Files.isDirectory(predictions)) {
      // The Spark job's pairs file carries every alignment (gigabytes at 10^6 reports): stream
      // each line and keep the three fields scored, never a tree of the whole line.
      forEachLine(
          predictions.resolve("pairs.jsonl"),
          line -> {
            Map<String, String> pair = topLevel(json, line);
            addLink(linked, pair.get("a"), pair.get("b"), pair.get("relation"));
          });
      forEachLine(
          predictions.resolve("families.jsonl"), line -> addFamily(grouped, json.readTree(line)));
    } else {
      // One document (dossier.json, or what `dossier reuse` writes): gigabytes at 10^6 reports,
      // so it is streamed too, each pair read for its three fields and each family as a tree.
      try (JsonParser parser = json.getFactory().createParser(predictions.toFile())) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException(predictions + ": not a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("pairs") && value == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              Map<String, String> pair = pairFields(parser, predictions.toString());
              addLink(linked, pair.get("a"), pair.get("b"), pair.get("relation"));
            }
          } else if (name.equals("families") && value == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              addFamily(grouped, json.readTree(parser));
            }
          } else {
            parser.skipChildren();
          }
        }
      } catch (JsonProcessingException e) {
        throw new IOException(predictions + ": " + e.getOriginalMessage(), e);
      }
    }
    System.out.printf(Locale.ROOT, "planted copy pairs: %d%n", expected.size());
    print("copy links", linked, expected);
    print("families", grouped, expected);
    Map<CopyEditor.Edit, int[]> byEdit = new HashMap<>();
    for (CorpusGenerator.Planted p : planted) {
      int[] counts = byEdit.computeIfAbsent(p.edit(), k -> new int[2]);
      counts[1]++;
      if (grouped.contains(CorpusGenerator.pairKey(p.story(), p.copy()))) {
        counts[0]++;
      }
    }
    for (CopyEditor.Edit e : CopyEditor.Edit.values()) {
      int[] c = byEdit.getOrDefault(e, new int[2]);
      System.out.printf(
          Locale.ROOT,
          "  %-10s story-copy recall (families) %.3f (%d/%d)%n",
          e.name().toLowerCase(Locale.ROOT),
          c[1] == 0 ? 0 : c[0] / (double) c[1],
          c[0],
          c[1]);
    }
    return Main.OK;
  }

  private static void print(String what, Set<String> found, Set<String> expected) {
    long hit = found.stream().filter(expected::contains).count();
    System.out.printf(
        Locale.ROOT,
        "%-10s recall %.3f precision %.3f (found %d, correct %d)%n",
        what,
        expected.isEmpty() ? 0 : hit / (double) expected.size(),
        found.isEmpty() ? 0 : hit / (double) found.size(),
        found.size(),
        hit);
  }

  private static void addLink(Set<String> linked, String a, String b, String relation) {
    if (COPY.contains(relation)) {
      linked.add(CorpusGenerator.pairKey(a, b));
    }
  }

  private static void addFamily(Set<String> grouped, JsonNode family) {
    // `dossier reuse` lists the origin among the members too; each report counts once.
    Set<String> distinct = new LinkedHashSet<>();
    distinct.add(family.get("origin").asText());
    family.get("members").forEach(m -> distinct.add(m.get("article").asText()));
    List<String> members = new ArrayList<>(distinct);
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        grouped.add(CorpusGenerator.pairKey(members.get(i), members.get(j)));
      }
    }
  }

  /** The string fields {@code a}, {@code b} and {@code relation} of one JSON object line. */
  static Map<String, String> topLevel(ObjectMapper json, String line) throws IOException {
    try (JsonParser parser = json.getFactory().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object: " + abbreviate(line));
      }
      return pairFields(parser, abbreviate(line));
    }
  }

  /**
   * The string fields {@code a}, {@code b} and {@code relation} of the object whose start {@code
   * parser} is at, which it reads to the end; {@code where} names the pair in an error.
   */
  private static Map<String, String> pairFields(JsonParser parser, String where)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_STRING && FIELDS.contains(name)) {
        out.put(name, parser.getText());
      } else {
        parser.skipChildren();
      }
    }
    for (String field : FIELDS) {
      if (!out.containsKey(field)) {
        throw new IOException("pair without \"" + field + "\": " + where);
      }
    }
    return out;
  }

  private static final Set<String> FIELDS = Set.of("a", "b", "relation");

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }

  private interface LineAction {
    void accept(String line) throws IOException;
  }

  private static void forEachLine(Path file, LineAction action) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          try {
            action.accept(line);
          } catch (IOException | RuntimeException e) {
            throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
          }
        }
      }
    }
  }
}
