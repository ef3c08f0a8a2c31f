package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Removal;
import dossier.model.Span;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor(HtmlExtractor.Config.defaults());

  private static final String STORY =
      """
      <p>Gunmen attacked a convoy near the border on Sunday, killing at least twelve soldiers,
      officials said, in the deadliest assault in the region this year.</p>
      <p>The army said reinforcements had been sent and that the attackers fled towards the
      north, where several armed groups are active.</p>
      <p>Residents described hearing gunfire for more than two hours before the army arrived,
      and local hospitals received dozens of wounded.</p>
      """;

  @Test
  void keepsArticleParagraphsAndDropsSiteFurniture() {
    String html =
        """
        <html><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <article><h1>Convoy attacked</h1>%s</article>
        <div class="newsletter-signup"><p>Sign up for our daily briefing, free in your inbox
        every morning.</p></div>
        <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
        </body></html>
        """
            .formatted(STORY);

    HtmlPage page = extractor.extract(html, "https://news.example.com/a");

    assertThat(page.text())
        .startsWith("Gunmen attacked a convoy")
        .contains("The army said reinforcements")
        .endsWith("dozens of wounded.")
        .doesNotContain("Home", "Facebook", "Sign up", "Copyright");
    assertThat(page.text().split("\n\n")).hasSize(3);
    assertThat(page.removed())
        .extracting(Removal::reason)
        .contains("navigation", "social", "newsletter", "footer");
  }

  @Test
  void dropsLinkDenseBlocksInsideTheArticle() {
    String html =
        """
        <html><body><div class="article-body">%s
        <ul><li><a href="/1">Floods displace thousands in the south</a></li>
        <li><a href="/2">Election results delayed again</a></li>
        <li><a href="/3">Markets rally after rate cut</a></li></ul>
        <p><a href="/4">Read our full coverage of the conflict</a></p>
        </div></body></html>
        """
            .formatted(STORY);

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.text()).contains("Gunmen attacked").doesNotContain("Floods", "full coverage");
    assertThat(page.removed()).extracting(Removal::reason).contains("link-dense");
  }

  @Test
  void keepsSubHeadingsAndMarksThemAsHeadings() {
    String html =
        """
        <html><body><article>%s<h2>A long history of attacks</h2>
        <p>The region has seen repeated attacks since 2012, when armed groups first seized
        towns in the north and the state lost control of large areas.</p></article></body></html>
        """
            .formatted(STORY);

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.headings()).hasSize(1);
    Span heading = page.headings().get(0);
    assertThat(heading.of(page.text())).isEqualTo("A long history of attacks");
  }

  @Test
  void dropsCommentsEvenWhenTheyOutweighTheStory() {
    StringBuilder comments = new StringBuilder("<div id=\"comments\">");
    for (int i = 0; i < 10; i++) {
      comments.append(
          "<div class=\"comment\"><p>I have lived in this region for years and I can tell you"
              + " that nobody there is surprised by any of this, sadly. Reader "
              + i
              + "</p></div>");
    }
    comments.append("</div>");
    String html =
        "<html><body><div class=\"entry-content\">"
            + STORY
            + "</div>"
            + comments
            + "</body></html>";

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.text()).contains("Gunmen attacked").doesNotContain("Reader");
  }

  @Test
  void joinsAnArticleBodySplitIntoChunks() {
    String html =
        """
        <html><body>
        <div class="chunk"><div class="article-body"><p>First part of the story, long enough
        to count as a paragraph of the article that readers came for.</p></div></div>
        <div class="ad">Advertisement</div>
        <div class="chunk"><div class="article-body"><p>Second part of the story, also long
        enough to count as a paragraph of the article that readers came for.</p></div></div>
        </body></html>
        """;

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.text()).contains("First part").contains("Second part");
    assertThat(page.text()).doesNotContain("Advertisement");
  }

  @Test
  void readsMetadataFromJsonLd() {
    String html =
        """
        <html lang="en-GB"><head>
        <link rel="canonical" href="https://news.example.com/world/convoy">
        <script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Convoy attacked near border",
         "datePublished":"2024-07-28T10:15:00+00:00",
         "author":[{"@type":"Person","name":"Jane Doe"}],
         "publisher":{"@type":"Organization","name":"Example News"}}
        </script></head><body><article>%s</article></body></html>
        """
            .formatted(STORY);

    HtmlPage page = extractor.extract(html, "https://news.example.com/x");

    assertThat(page.title()).isEqualTo("Convoy attacked near border");
    assertThat(page.published()).isEqualTo("2024-07-28T10:15:00Z");
    assertThat(page.publishedFrom()).isEqualTo("json-ld");
    assertThat(page.author()).isEqualTo("Jane Doe");
    assertThat(page.siteName()).isEqualTo("Example News");
    assertThat(page.url()).isEqualTo("https://news.example.com/world/convoy");
    assertThat(page.language()).isEqualTo("en");
  }

  @Test
  void readsMetadataFromOpenGraphTags() {
    String html =
        """
        <html><head>
        <meta property="og:title" content="Convoy attacked">
        <meta property="og:site_name" content="The Example Times">
        <meta property="article:published_time" content="2024-07-28T09:00:00+0200">
        <meta name="author" content="By John Roe">
        </head><body><article>%s</article></body></html>
        """
            .formatted(STORY);

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.title()).isEqualTo("Convoy attacked");
    assertThat(page.siteName()).isEqualTo("The Example Times");
    assertThat(page.published()).isEqualTo("2024-07-28T09:00:00+02:00");
    assertThat(page.publishedFrom()).isEqualTo("meta");
    assertThat(page.author()).isEqualTo("John Roe");
  }

  @Test
  void readsDateFromTimeElementThenFromUrl() {
    String timed =
        "<html><body><article><time datetime=\"2023-03-05\">5 March</time>"
            + STORY
            + "</article></body></html>";
    String bare = "<html><body><article>" + STORY + "</article></body></html>";

    HtmlPage fromTime = extractor.extract(timed, null);
    HtmlPage fromUrl = extractor.extract(bare, "https://example.com/2024/07/28/convoy-attacked");

    assertThat(fromTime.published()).isEqualTo("2023-03-05");
    assertThat(fromTime.publishedFrom()).isEqualTo("time");
    assertThat(fromUrl.published()).isEqualTo("2024-07-28");
    assertThat(fromUrl.publishedFrom()).isEqualTo("url");
  }

  @Test
  void extractsWhatIsThereFromTruncatedHtml() {
    String html =
        "<html><head><title>Convoy</title></head><body><div class=\"content\"><p>Gunmen"
            + " attacked a convoy near the border on Sunday, killing at least twelve soldiers."
            + "<p>The army said reinforcements had been sent and that the attackers fled towar";

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.text()).contains("Gunmen attacked a convoy").contains("attackers fled towar");
  }

  @Test
  void extractsFromMalformedMarkup() {
    String html =
        "<body><div><p>Gunmen attacked a convoy near the border <b>on Sunday, <i>killing at"
            + " least</b> twelve soldiers</i>, officials said.</div></span></p><p>The army said"
            + " reinforcements had been sent.";

    HtmlPage page = extractor.extract(html, null);

    assertThat(page.text())
        .contains("Gunmen attacked a convoy near the border on Sunday, killing at least twelve")
        .contains("The army said reinforcements had been sent.");
  }

  @Test
  void givesEmptyTextForEmptyDocuments() {
    for (String html : new String[] {"", "   ", "<html></html>", "<html><body></body></html>"}) {
      HtmlPage page = extractor.extract(html, null);
      assertThat(page.text()).isEmpty();
      assertThat(page.headings()).isEmpty();
      assertThat(page.published()).isNull();
    }
  }

  @Test
  void givesTheSameOutputEachTime() {
    String html = "<html><body><nav>Menu</nav><article>" + STORY + "</article></body></html>";

    assertThat(extractor.extract(html, null)).isEqualTo(extractor.extract(html, null));
  }
}
