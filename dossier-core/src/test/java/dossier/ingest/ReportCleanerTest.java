package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Removal;
import org.junit.jupiter.api.Test;

class ReportCleanerTest {

  private final ReportCleaner cleaner = new ReportCleaner(ReportCleaner.Config.defaults());

  private Article clean(String text) {
    ReportCleaner.Outcome outcome =
        cleaner.clean(RawReport.of("fixture", RawReport.Format.TEXT, text));
    assertThat(outcome.rejection()).isNull();
    return outcome.article();
  }

  private static final String STORY =
      """
      Floods swept through the river valley on Monday, destroying hundreds of homes and forcing \
      thousands of residents to flee to higher ground, officials said.

      The regional governor said rescue teams had reached most of the flooded villages by the \
      evening and that the river was expected to fall by Wednesday.
      """;

  @Test
  void dropsTelegramPromoLine() {
    Article a = clean("Join us on Telegram\n" + STORY);
    assertThat(a.text()).doesNotContain("Telegram").startsWith("Floods swept");
    assertThat(a.removed()).contains(new Removal("Join us on Telegram", "promo"));
  }

  @Test
  void dropsPromoLinesInOtherLanguages() {
    Article a = clean(STORY + "\nSuivez-nous sur Facebook\n\nLEA TAMBIÉN: Otra noticia del día\n");
    assertThat(a.text()).doesNotContain("Suivez").doesNotContain("TAMBIÉN");
    assertThat(a.removed()).extracting(Removal::reason).containsExactly("promo", "related");
  }

  @Test
  void dropsTeaserHeaderWithItsHeadlineAndBlurbMidArticle() {
    String text =
        """
        Floods swept through the river valley on Monday, destroying hundreds of homes and forcing \
        thousands of residents to flee to higher ground, officials said.
        You may also like
        Ten recipes for a summer barbecue with friends
        Grilled vegetables and marinated chicken are easy crowd pleasers for any garden party.
        The regional governor said rescue teams had reached most of the flooded villages and that \
        the river valley homes would be inspected once the floods receded.
        """;
    Article a = clean(text);
    assertThat(a.text()).doesNotContain("recipes").doesNotContain("Grilled").contains("governor");
    assertThat(a.removed())
        .extracting(Removal::reason)
        .containsExactly("teaser-header", "teaser", "teaser");
  }

  @Test
  void keepsUnrelatedLookingStoryAfterTeaserLimit() {
    Article a = clean(STORY + "\nMore stories\n");
    assertThat(a.text()).contains("Floods swept").contains("regional governor");
  }

  @Test
  void dropsReadAlsoKeepReadingAndNewsletterPleas() {
    Article a =
        clean(
            STORY
                + "\nREAD ALSO: Something else happened somewhere\n\nKEEP READING\n\n"
                + "Sign up for our free newsletter to get the news in your inbox.\n");
    assertThat(a.removed())
        .extracting(Removal::reason)
        .containsExactly("related", "keep-reading", "newsletter");
    assertThat(a.text()).doesNotContain("READ ALSO").doesNotContain("newsletter");
  }

  @Test
  void takesUrlFromOriginalUrlLineAndOutletFromIt() {
    Article a =
        clean(STORY + "\nOriginal url:\n\n<https://www.theguardian.com/world/2024/05/06/floods>\n");
    assertThat(a.url()).isEqualTo("https://www.theguardian.com/world/2024/05/06/floods");
    assertThat(a.outlet()).isEqualTo("The Guardian");
    assertThat(a.text()).doesNotContain("http");
  }

  @Test
  void readsHeaderTitleBylineDateAndCaption() {
    String text =
        """
        # River Valley Floods Destroy Hundreds of Homes

        By [Reuters](#)

        May 6, 2024

        Residents wade through water in the valley, May 2024. [t.me/valleynews](https://t.me/valleynews)

        """
            + STORY;
    Article a = clean(text);
    assertThat(a.title()).isEqualTo("River Valley Floods Destroy Hundreds of Homes");
    assertThat(a.byline()).isEqualTo("Reuters");
    assertThat(a.credits()).containsExactly("Reuters");
    assertThat(a.published().value()).isEqualTo("2024-05-06");
    assertThat(a.published().from()).isEqualTo("text");
    assertThat(a.removed()).extracting(Removal::reason).contains("caption");
    assertThat(a.text()).startsWith("Floods swept").doesNotContain("wade");
  }

  @Test
  void readsCapitalisedDatelineWithAgency() {
    Article a = clean("KYIV, Ukraine (AP) — " + STORY);
    assertThat(a.dateline()).isEqualTo("Kyiv, Ukraine");
    assertThat(a.credits()).containsExactly("AP");
    assertThat(a.text()).startsWith("Floods swept");
  }

  @Test
  void readsLeadingDateAndTitleCaseDateline() {
    Article a = clean(" date 2024-05-06 Nairobi, Kenya — " + STORY);
    assertThat(a.published().value()).isEqualTo("2024-05-06");
    assertThat(a.dateline()).isEqualTo("Nairobi, Kenya");
    assertThat(a.text()).startsWith("Floods swept");
  }

  @Test
  void doesNotTakeOrdinarySentenceOpeningForDateline() {
    Article a = clean("The army said: " + STORY);
    assertThat(a.dateline()).isNull();
    assertThat(a.text()).startsWith("The army said:");
  }

  @Test
  void creditsAgencyToldOrQuotedInText() {
    Article a =
        clean(
            "A spokesman told AFP that the floods were the worst in decades, and that more rain was"
                + " expected this week across the valley.\n\nThe toll could rise, according to"
                + " Reuters, which cited hospital sources in the regional capital on Monday.");
    assertThat(a.credits()).containsExactly("AFP", "Reuters");
  }

  @Test
  void creditsAgencyByAnyOfItsNamesInEveryCreditForm() {
    Article a =
        clean(
            STORY
                + "\n\nThe council met again on Tuesday, officials said ( Agence France-Presse ) in"
                + " a statement.\n\nPress Trust of India reported that roads stayed closed.\n\n"
                + "More details followed later in the evening. — Kyodo News");
    assertThat(a.credits()).containsExactlyInAnyOrder("AFP", "PTI", "Kyodo");
  }

  @Test
  void doesNotCreditAgencyNameUsedAsOrdinaryWord() {
    Article a = clean(STORY + "\nThe map of the valley shows the affected area near the dam wall.");
    assertThat(a.credits()).isEmpty();
  }

  @Test
  void marksSubHeadingsAndKeepsThem() {
    Article a = clean(STORY + "\nYears of unrest\n\n" + STORY);
    assertThat(a.headings()).hasSize(1);
    assertThat(a.headings().get(0).of(a.text())).isEqualTo("Years of unrest");
  }

  @Test
  void namesOutletFromItsOwnPromoHandle() {
    Article a = clean(STORY + "\nFollow our coverage at @nytimes.\n");
    assertThat(a.outlet()).isEqualTo("The New York Times");
  }

  @Test
  void joinsHardWrappedLines() {
    Article a =
        clean(
            "Floods swept through the river valley on Monday, destroying hundreds\n"
                + "of homes and forcing thousands of residents to flee, officials said.\n");
    assertThat(a.text()).doesNotContain("\n").contains("hundreds of homes");
  }

  @Test
  void givesFieldMetadataPrecedence() {
    RawReport raw =
        new RawReport(
            "line 1",
            RawReport.Format.TEXT,
            "May 1, 2024\n\n" + STORY,
            "my-id",
            "https://example.org/a",
            "Example Gazette",
            "2024-05-07T10:00:00Z",
            "Given title");
    Article a = cleaner.clean(raw).article();
    assertThat(a.id()).isEqualTo("my-id");
    assertThat(a.outlet()).isEqualTo("Example Gazette");
    assertThat(a.published().value()).isEqualTo("2024-05-07T10:00Z");
    assertThat(a.published().from()).isEqualTo("field");
    assertThat(a.title()).isEqualTo("Given title");
  }

  @Test
  void givesStableContentIdWhenInputHasNone() {
    assertThat(clean(STORY).id()).isEqualTo(clean(STORY).id()).hasSize(16);
    assertThat(clean(STORY).id()).isNotEqualTo(clean(STORY + "\nMore text here.").id());
  }

  @Test
  void guessesLanguage() {
    assertThat(clean(STORY).language()).isEqualTo("en");
    assertThat(
            clean(
                    "Des inondations ont ravagé la vallée lundi, détruisant des centaines de maisons"
                        + " et forçant des milliers d'habitants à fuir, selon les autorités.")
                .language())
        .isEqualTo("fr");
  }

  @Test
  void leavesUndeclaredLanguagesUnknownWithoutTheGuessAndCleansTheSame() {
    ReportCleaner unguessed =
        new ReportCleaner(ReportCleaner.Config.defaults().withoutLanguageGuess());
    RawReport text =
        RawReport.of("fixture", RawReport.Format.TEXT, "Join us on Telegram\n" + STORY);
    String html =
        "<html lang=\"fr\"><head><title>Floods</title></head><body><article><p>"
            + STORY.replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    RawReport page = RawReport.of("page.html", RawReport.Format.HTML, html);

    Article plain = unguessed.clean(text).article();
    Article guessed = cleaner.clean(text).article();

    assertThat(plain.language()).isNull();
    assertThat(guessed.language()).isEqualTo("en");
    assertThat(plain).usingRecursiveComparison().ignoringFields("language").isEqualTo(guessed);
    assertThat(unguessed.clean(page).article().language()).isEqualTo("fr");
  }

  @Test
  void rejectsReportWithNoStoryLeft() {
    ReportCleaner.Outcome outcome =
        cleaner.clean(RawReport.of("promo.txt", RawReport.Format.TEXT, "Join us on Telegram\n"));
    assertThat(outcome.article()).isNull();
    assertThat(outcome.rejection().source()).isEqualTo("promo.txt");
    assertThat(outcome.rejection().reason()).contains("no story text");
  }

  @Test
  void cleansHtmlReports() {
    String html =
        "<html><head><title>Floods</title><meta property=\"og:site_name\" content=\"Valley"
            + " News\"></head><body><nav>Home | World</nav><article><p>"
            + STORY.replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    Article a = cleaner.clean(RawReport.of("page.html", RawReport.Format.HTML, html)).article();
    assertThat(a.text()).startsWith("Floods swept").doesNotContain("Home |");
    assertThat(a.outlet()).isEqualTo("Valley News");
  }

  @Test
  void isDeterministic() {
    assertThat(clean(STORY + "\nJoin us on Telegram\n"))
        .isEqualTo(clean(STORY + "\nJoin us on Telegram\n"));
  }
}
