package dossier.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.ReuseGraph;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReuseIndexTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void findsTheFamiliesAScanOfTheGraphFinds(long seed) {
    Random random = new Random(seed);
    int reports = 40;
    List<SourceFamily> families = new ArrayList<>();
    for (int f = 0; f < 15; f++) {
      String origin = "r" + random.nextInt(reports);
      List<SourceFamily.Member> members = new ArrayList<>();
      List<SourceFamily.Member> partial = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        String id = "r" + random.nextInt(reports);
        if (!id.equals(origin)) {
          members.add(new SourceFamily.Member(id, ReuseRelation.TRIMMED));
        }
      }
      for (int k = random.nextInt(3); k > 0; k--) {
        partial.add(new SourceFamily.Member("r" + random.nextInt(reports), ReuseRelation.PARTIAL));
      }
      families.add(new SourceFamily("f" + f, origin, members, partial));
    }
    ReuseGraph graph = new ReuseGraph(List.of(), families);
    ReuseIndex index = new ReuseIndex(graph);

    for (int r = 0; r < reports + 5; r++) {
      String id = "r" + r;
      assertThat(index.familyOf(id)).isEqualTo(graph.familyOf(id));
      assertThat(index.partialIn(id))
          .containsExactlyElementsOf(
              families.stream()
                  .filter(f -> f.partial().stream().anyMatch(m -> m.article().equals(id)))
                  .toList());
    }
  }
}
