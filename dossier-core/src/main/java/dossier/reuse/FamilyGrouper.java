package dossier.reuse;

import dossier.model.AlignedSentence.Kind;
import dossier.model.Article;
import dossier.model.Published;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import java.io.Serializable;
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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A FamilyGrouper joins reports linked as copies into wire families and picks each family's likely
 * origin: the earliest publication date, then the fullest text (the most of it shared with the
 * other members, word-level copies weighing more than paraphrases), then a news agency credit.
 * Stateless and thread-safe. {@link ReuseDetector#group} groups a whole corpus; an engine that
 * finds the connected components elsewhere calls {@link #family} per component and {@link
 * #withPartialReusers} on the result.
 */
public final class FamilyGrouper {

  /** An agency credited as the teller or carrier of the story. */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "\\b(?:told|to|by|via|according to|said|reported|—|-)\\s+(?:the\\s+)?"
              + "(?:AFP|Reuters|AP|Associated Press|Agence France-Presse|dpa|EFE|ANSA|Xinhua|TASS|"
              + "Anadolu|Kyodo|UPI|PTI|IANS|Bernama|Yonhap)\\b");

  private FamilyGrouper() {}

  /**
   * What choosing a family's origin needs of one report: its id, its date and whether it credits a
   * news agency (see {@link #of(Article)}); small enough to gather per family on a cluster.
   */
  public record Report(String id, Published published, boolean credited) implements Serializable {
    public Report {
      Objects.requireNonNull(id, "id");
    }

    LocalDate date() {
      return published == null ? LocalDate.MAX : published.date();
    }
  }

  /** The report as family grouping sees it. */
  public static Report of(Article article) {
    return new Report(article.id(), article.published(), credited(article));
  }

  static List<SourceFamily> group(List<Article> articles, List<ReuseLink> links) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      index.put(articles.get(i).id(), i);
    }
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (ReuseLink l : links) {
      if (l.relation().isCopy()) {
        union(parent, index.get(l.a()), index.get(l.b()));
      }
    }
    Map<Integer, List<Integer>> components = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<ReuseLink>> componentLinks = new HashMap<>();
    for (ReuseLink l : links) {
      if (l.relation().isCopy()) {
        componentLinks
            .computeIfAbsent(find(parent, index.get(l.a())), k -> new ArrayList<>())
            .add(l);
      }
    }
    List<SourceFamily> families = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> c : components.entrySet()) {
      if (c.getValue().size() < 2) {
        continue;
      }
      List<Report> members = c.getValue().stream().map(m -> of(articles.get(m))).toList();
      families.add(family(members, componentLinks.get(c.getKey())));
    }
    return withPartialReusers(families, links);
  }

  /**
   * The wire family of one connected component of copy links, without partial reusers: {@code
   * members} in input order, {@code copyLinks} (the copy links among them) in link order. Families
   * in the order of their first member, each passed through {@link #withPartialReusers}, are what
   * {@link ReuseDetector#group} gives.
   */
  public static SourceFamily family(List<Report> members, List<ReuseLink> copyLinks) {
    if (members.size() < 2) {
      throw new IllegalArgumentException("a family has at least two reports: " + members.size());
    }
    Map<String, List<ReuseLink>> linksOf = new HashMap<>();
    for (ReuseLink l : copyLinks) {
      if (!l.relation().isCopy()) {
        throw new IllegalArgumentException("not a copy link: " + l.a() + "-" + l.b());
      }
      linksOf.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
      linksOf.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
    }
    Map<String, Double> fullness = new HashMap<>();
    for (Report m : members) {
      fullness.put(m.id(), fullness(m.id(), linksOf.getOrDefault(m.id(), List.of())));
    }
    Report origin = members.stream().min(originOrder(fullness)).orElseThrow();
    Map<String, ReuseRelation> relations = relationsTo(origin.id(), linksOf);
    List<SourceFamily.Member> others = new ArrayList<>();
    for (Report m : members) {
      if (!m.id().equals(origin.id())) {
        others.add(
            new SourceFamily.Member(
                m.id(), relations.getOrDefault(m.id(), ReuseRelation.PARAPHRASE)));
      }
    }
    return new SourceFamily("family-" + origin.id(), origin.id(), others, List.of());
  }

  /**
   * The {@code families} with their partial reusers: the reports a PARTIAL link among {@code links}
   * (in link order; other links are skipped) joins to a family they are not in. Only each link's
   * ends and relation are read, so links stripped of their aligned sentences do.
   */
  public static List<SourceFamily> withPartialReusers(
      List<SourceFamily> families, List<ReuseLink> links) {
    Map<String, Integer> familyOf = new HashMap<>();
    for (int f = 0; f < families.size(); f++) {
      for (String id : families.get(f).articles()) {
        familyOf.put(id, f);
      }
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

  private static Comparator<Report> originOrder(Map<String, Double> fullness) {
    Comparator<Report> byDate = Comparator.comparing(Report::date);
    Comparator<Report> byFullness = Comparator.comparingDouble((Report r) -> -fullness.get(r.id()));
    Comparator<Report> byCredit = Comparator.comparing((Report r) -> r.credited() ? 0 : 1);
    return byDate.thenComparing(byFullness).thenComparing(byCredit).thenComparing(Report::id);
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
