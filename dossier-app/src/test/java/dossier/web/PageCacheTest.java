package dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageCacheTest {

  @Test
  void givesAPageOnlyForTheRevisionItWasMadeAt() {
    PageCache cache = new PageCache(8, 1 << 20);
    PageCache.Page page = PageCache.Page.of("<p>one</p>", "default-src 'none'");
    cache.putPage("e1", 7, page);
    assertThat(cache.page("e1", 7)).isSameAs(page);
    assertThat(cache.page("e1", 8)).isNull();
    assertThat(cache.page("e2", 7)).isNull();
    PageCache.Page newer = PageCache.Page.of("<p>two</p>", "default-src 'none'");
    cache.putPage("e1", 8, newer);
    assertThat(cache.page("e1", 7)).isNull();
    assertThat(cache.page("e1", 8)).isSameAs(newer);
  }

  @Test
  void compressesThePageOnceToTheSameBytes() throws Exception {
    String html = "<p>" + "Tinzaouaten ".repeat(500) + "</p>";
    PageCache.Page page = PageCache.Page.of(html, "csp");
    assertThat(page.html()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    assertThat(page.gzip().length).isLessThan(page.html().length / 10);
    byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(page.gzip())).readAllBytes();
    assertThat(unzipped).isEqualTo(page.html());
  }

  @Test
  void staysWithinItsCapacityAndPageBudget() {
    PageCache cache = new PageCache(2, 10_000);
    cache.putPage("e1", 1, PageCache.Page.of("a", "csp"));
    cache.putPage("e2", 1, PageCache.Page.of("b", "csp"));
    cache.putPage("e3", 1, PageCache.Page.of("c", "csp"));
    assertThat(cache.page("e3", 1)).isNotNull();
    assertThat(cache.page("e1", 1)).isNull();

    String big = "x".repeat(20_000);
    cache.putPage("e4", 1, PageCache.Page.of(big, "csp"));
    assertThat(cache.page("e4", 1)).as("a page over the whole budget is not held").isNull();
    assertThat(cache.page("e3", 1)).isNotNull();
  }

  @Test
  void keepsEvidenceByRevisionToo() {
    PageCache cache = new PageCache(4, 1 << 20);
    Map<String, List<Html.Mark>> marks = Map.of("r1", List.of(new Html.Mark(0, 4, "claim", "x")));
    cache.putEvidence("e1", 3, marks);
    assertThat(cache.evidence("e1", 3)).isEqualTo(marks);
    assertThat(cache.evidence("e1", 4)).isNull();
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new PageCache(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
