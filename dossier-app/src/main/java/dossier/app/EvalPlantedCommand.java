package dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.corpus.CopyEditor;
import dossier.corpus.CorpusGenerator;
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
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        planted.add(
            new CorpusGenerator.Planted(
                n.get("story").asText(),
                n.get("copy").asText(),
                CopyEditor.Edit.valueOf(n.get("edit").asText().toUpperCase(Locale.ROOT))));
      }
    }
    Set<String> expected = new CorpusGenerator.Corpus(List.of(), planted).copyPairs();
    List<JsonNode> pairs;
    List<JsonNode> families;
    if (Files.isDirectory(predictions)) {
      pairs = lines(predictions.resolve("pairs.jsonl"), json);
      families = lines(predictions.resolve("families.jsonl"), json);
    } else {
      JsonNode root = json.readTree(predictions.toFile());
      pairs = new ArrayList<>();
      root.get("pairs").forEach(pairs::add);
      families = new ArrayList<>();
      root.get("families").forEach(families::add);
    }
    Set<String> linked = new LinkedHashSet<>();
    for (JsonNode p : pairs) {
      if (COPY.contains(p.get("relation").asText())) {
        linked.add(CorpusGenerator.pairKey(p.get("a").asText(), p.get("b").asText()));
      }
    }
    Set<String> grouped = new LinkedHashSet<>();
    for (JsonNode f : families) {
      List<String> members = new ArrayList<>();
      members.add(f.get("origin").asText());
      f.get("members").forEach(m -> members.add(m.get("article").asText()));
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          grouped.add(CorpusGenerator.pairKey(members.get(i), members.get(j)));
        }
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

  private static List<JsonNode> lines(Path file, ObjectMapper json) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }
}
