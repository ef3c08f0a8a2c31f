package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Article;
import dossier.model.Published;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import dossier.pipeline.Pipeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyGrouperTest {

  private static final Article LATER = dated("later", "Troops moved north.", "2024-03-02");
  private static final Article FIRST = dated("first", "Troops moved north today.", "2024-03-01");
  private static final Article UNDATED =
      Article.of("undated", "Troops moved, according to Reuters.");
  private static final Article OTHER = Article.of("other", "A different story quoting one line.");
  private static final List<Article> ARTICLES = List.of(LATER, FIRST, UNDATED, OTHER);
  private static final List<ReuseLink> LINKS =
      List.of(
          link("later", "first", ReuseRelation.VERBATIM),
          link("first", "undated", ReuseRelation.TRIMMED),
          link("undated", "other", ReuseRelation.PARTIAL));

  private static Article dated(String id, String text, String day) {
    return Article.of(id, text).withPublished(new Published(day, "field"));
  }

  private static ReuseLink link(String a, String b, ReuseRelation relation) {
    return new ReuseLink(a, b, relation, 0.9, 0.9, 0.9, 0.9, 0.9, List.of(), List.of());
  }

  @Test
  void groupsOneComponentAsTheWholeCorpusGroupingDoes() {
    List<SourceFamily> whole = ReuseDetector.group(ARTICLES, LINKS).families();

    SourceFamily family =
        FamilyGrouper.family(
            List.of(LATER, FIRST, UNDATED).stream().map(FamilyGrouper::of).toList(),
            LINKS.subList(0, 2));

    assertThat(family.origin()).isEqualTo("first");
    assertThat(family.partial()).isEmpty();
    assertThat(FamilyGrouper.withPartialReusers(List.of(family), LINKS)).isEqualTo(whole);
    assertThat(whole.get(0).partial())
        .containsExactly(new SourceFamily.Member("other", ReuseRelation.PARTIAL));
  }

  @Test
  void readsAnAgencyCreditInTheText() {
    assertThat(FamilyGrouper.of(UNDATED).credited()).isTrue();
    assertThat(FamilyGrouper.of(OTHER).credited()).isFalse();
  }

  @Test
  void rejectsALinkThatIsNoCopy() {
    assertThatThrownBy(
            () ->
                FamilyGrouper.family(
                    List.of(FamilyGrouper.of(UNDATED), FamilyGrouper.of(OTHER)),
                    List.of(LINKS.get(2))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAnUndatedMemberFromItsFamilysEarliestReport() {
    SourceFamily family = ReuseDetector.group(ARTICLES, LINKS).families().get(0);
    Map<String, Published> published = new HashMap<>();
    ARTICLES.forEach(a -> published.put(a.id(), a.published()));

    Map<String, Published> inherited = Pipeline.inheritedDates(family, published);

    assertThat(inherited).containsOnlyKeys("undated");
    assertThat(inherited.get("undated")).isEqualTo(new Published("2024-03-01", "family:first"));
    assertThat(Pipeline.inheritFamilyDates(ARTICLES, ReuseDetector.group(ARTICLES, LINKS)))
        .extracting(Article::published)
        .containsExactly(LATER.published(), FIRST.published(), inherited.get("undated"), null);
  }
}
