package dossier.reuse;

import dossier.model.AlignedSentence.Kind;
import dossier.model.Article;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A FamilyGrouper joins reports linked as copies into wire families and picks each family's likely
 * origin: the earliest publication date, then the fullest text (the most of it shared with the
 * other members, word-level copies weighing more than paraphrases), then a news agency credit.
 * Stateless and thread-safe.
 */
final class FamilyGrouper {

  /** An agency credited as the teller or carrier of the story. */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "\\b(?:told|to|by|via|according to|said|reported|—|-)\\s+(?:the\\s+)?"
              + "(?:AFP|Reuters|AP|Associated Press|Agence France-Presse|dpa|EFE|ANSA|Xinhua|TASS|"
              + "Anadolu|Kyodo|UPI|PTI|IANS|Bernama|Yonhap)\\b");

  private FamilyGrouper() {}

  static List<SourceFamily> group(List<Article> articles, List<ReuseLink> links) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      index.put(articles.get(i).id(), i);
    }
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<ReuseLink>> copyLinks = new HashMap<>();
    for (ReuseLink l : links) {
      if (l.relation().isCopy()) {
        union(parent, index.get(l.a()), index.get(l.b()));
        copyLinks.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
        copyLinks.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
      }
    }
    Map<Integer, List<Integer>> components = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<SourceFamily> families = new ArrayList<>();
    Map<String, Integer> familyOf = new HashMap<>();
    for (List<Integer> members : components.values()) {
      if (members.size() < 2) {
        continue;
      }
      Map<String, Double> fullness = new HashMap<>();
      for (int m : members) {
        String id = articles.get(m).id();
        fullness.put(id, fullness(id, copyLinks.get(id)));
      }
      Article origin = members.stream().map(articles::get).min(originOrder(fullness)).orElseThrow();
      Map<String, ReuseRelation> relations = relationsTo(origin.id(), copyLinks);
      List<SourceFamily.Member> others = new ArrayList<>();
      for (int m : members) {
        String id = articles.get(m).id();
        if (!id.equals(origin.id())) {
          others.add(
              new SourceFamily.Member(id, relations.getOrDefault(id, ReuseRelation.PARAPHRASE)));
          familyOf.put(id, families.size());
        }
      }
      familyOf.put(origin.id(), families.size());
      families.add(new SourceFamily("family-" + origin.id(), origin.id(), others, List.of()));
    }
    if (families.isEmpty()) {
      return families;
    }
    List<Set<String>> partial = new ArrayList<>();
    for (int f = 0; f < families.size(); f++) {
      partial.add(new LinkedHashSet<>());
    }
    for (ReuseLink l : links) {
      if (l.relation() != ReuseRelation.PARTIAL) {
        continue;
      }
      Integer fa = familyOf.get(l.a());
      Integer fb = familyOf.get(l.b());
      if (fa != null && !fa.equals(fb)) {
        partial.get(fa).add(l.b());
      }
      if (fb != null && !fb.equals(fa)) {
        partial.get(fb).add(l.a());
      }
    }
    List<SourceFamily> out = new ArrayList<>();
    for (int f = 0; f < families.size(); f++) {
      SourceFamily fam = families.get(f);
      List<SourceFamily.Member> reusers = new ArrayList<>();
      for (String id : partial.get(f)) {
        reusers.add(new SourceFamily.Member(id, ReuseRelation.PARTIAL));
      }
      out.add(new SourceFamily(fam.id(), fam.origin(), fam.members(), reusers));
    }
    return out;
  }

  private static Comparator<Article> originOrder(Map<String, Double> fullness) {
    Comparator<Article> byDate =
        Comparator.comparing(
            (Article a) -> a.published() == null ? LocalDate.MAX : a.published().date());
    Comparator<Article> byFullness =
        Comparator.comparingDouble((Article a) -> -fullness.get(a.id()));
    Comparator<Article> byCredit = Comparator.comparing((Article a) -> credited(a) ? 0 : 1);
    return byDate.thenComparing(byFullness).thenComparing(byCredit).thenComparing(Article::id);
  }

  /** Characters of the report shared with the other members; paraphrased sentences count half. */
  private static double fullness(String id, List<ReuseLink> links) {
    double sum = 0;
    for (ReuseLink l : links) {
      boolean sideA = l.a().equals(id);
      for (var s : l.aligned()) {
        double weight = s.kind() == Kind.PARAPHRASED ? 0.5 : 1.0;
        sum += weight * (sideA ? s.a() : s.b()).length();
      }
    }
    return sum;
  }

  private static boolean credited(Article a) {
    if (!a.credits().isEmpty()) {
      return true;
    }
    if (a.byline() != null && AGENCY_CREDIT.matcher("by " + a.byline()).find()) {
      return true;
    }
    return AGENCY_CREDIT.matcher(a.text()).find();
  }

  /** Each member's relation to the origin: the direct link, else the weakest link on a path. */
  private static Map<String, ReuseRelation> relationsTo(
      String origin, Map<String, List<ReuseLink>> copyLinks) {
    Map<String, ReuseRelation> out = new HashMap<>();
    out.put(origin, ReuseRelation.VERBATIM);
    Deque<String> queue = new ArrayDeque<>();
    queue.add(origin);
    for (ReuseLink l : copyLinks.getOrDefault(origin, List.of())) {
      out.put(l.other(origin), l.relation());
    }
    Set<String> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      String at = queue.poll();
      if (!seen.add(at)) {
        continue;
      }
      for (ReuseLink l : copyLinks.getOrDefault(at, List.of())) {
        String next = l.other(at);
        if (!out.containsKey(next)) {
          out.put(next, weaker(out.get(at), l.relation()));
        }
        queue.add(next);
      }
    }
    out.remove(origin);
    return out;
  }

  private static ReuseRelation weaker(ReuseRelation x, ReuseRelation y) {
    return x.ordinal() >= y.ordinal() ? x : y;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int x, int y) {
    int rx = find(parent, x);
    int ry = find(parent, y);
    if (rx != ry) {
      parent[Math.max(rx, ry)] = Math.min(rx, ry);
    }
  }
}
