package dossier.ingest;

import dossier.model.Article;
import dossier.model.Published;
import dossier.model.Rejection;
import dossier.model.Removal;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ReportCleaner turns a {@link RawReport} into an {@link Article}: it takes the story out of its
 * page (HTML main content, or plain text stripped of site furniture), infers the metadata the input
 * did not give (date, dateline, byline, agency credits, outlet, URL, title, language), and records
 * every block it removed with the reason. Reports with no story left are rejected with a reason,
 * never dropped silently. Stateless and thread-safe.
 */
public final class ReportCleaner {

  /**
   * Cleaning settings.
   *
   * @param teaserRelatedness blocks after a teaser header ("Other topics of interest") whose
   *     content words are shared with the rest of the report below this share are removed as the
   *     teaser's headline and blurb
   * @param maxTeaserBlocks how many blocks one teaser header may take with it
   * @param guessLanguage whether to guess the language of a report whose page does not declare it.
   *     No stage after cleaning reads the language; only a report's own record shows it (the
   *     articles of {@code ingest} and {@code dossier.json}). The guess is about a third of the
   *     time cleaning a report takes, so a run that writes no articles can leave it out.
   */
  public record Config(double teaserRelatedness, int maxTeaserBlocks, boolean guessLanguage)
      implements Serializable {
    public Config {
      if (teaserRelatedness < 0 || teaserRelatedness > 1) {
        throw new IllegalArgumentException("teaserRelatedness must be in [0, 1]");
      }
      if (maxTeaserBlocks < 0) {
        throw new IllegalArgumentException("maxTeaserBlocks must be >= 0");
      }
    }

    public static Config defaults() {
      return new Config(0.34, 4, true);
    }

    /** These settings without the language guess: undeclared languages stay unknown. */
    public Config withoutLanguageGuess() {
      return new Config(teaserRelatedness, maxTeaserBlocks, false);
    }
  }

  /** The result of cleaning one report: exactly one of article and rejection is set. */
  public record Outcome(Article article, Rejection rejection) {
    public Outcome {
      if ((article == null) == (rejection == null)) {
        throw new IllegalArgumentException("exactly one of article and rejection must be set");
      }
    }
  }

  private final Config config;
  private final HtmlExtractor htmlExtractor;

  public ReportCleaner(Config config) {
    this.config = config;
    this.htmlExtractor = new HtmlExtractor(HtmlExtractor.Config.defaults());
    if (config.guessLanguage()) {
      LanguageGuesser.preload();
    }
  }

  /** Cleans one report. */
  public Outcome clean(RawReport raw) {
    Page page = raw.format() == RawReport.Format.HTML ? fromHtml(raw) : fromText(raw.content());
    BodyCleaner.Result body = new BodyCleaner(config).clean(page.body);
    if (body.text().isBlank()) {
      String why =
          raw.content().isBlank()
              ? "no text"
              : "no story text left after cleaning ("
                  + body.removed().size()
                  + " block(s) removed as furniture)";
      return new Outcome(null, new Rejection(raw.source(), why));
    }
    String url = first(clean(raw.url()), page.url, body.url());
    Published published = published(raw, page, body, url);
    String title = first(clean(raw.title()), page.title, body.title());
    String byline = first(page.byline, body.byline());
    Set<String> credits = new LinkedHashSet<>();
    if (byline != null) {
      credits.addAll(NamedSources.agenciesNamed(byline));
    }
    if (body.datelineCredit() != null) {
      credits.addAll(NamedSources.agenciesNamed(body.datelineCredit()));
    }
    credits.addAll(NamedSources.credits(body.text()));
    String outlet =
        first(
            clean(raw.outlet()),
            page.siteName,
            NamedSources.outletOfUrl(url).orElse(null),
            ownOutlet(body.removed()));
    List<Removal> removed = new ArrayList<>(page.removed);
    removed.addAll(body.removed());
    // The page's own language wins; the guess, a large share of cleaning's time, runs only without
    // it, and only when asked for.
    String language =
        page.language != null
            ? page.language
            : config.guessLanguage() ? LanguageGuesser.guess(body.text()) : null;
    String id = first(clean(raw.id()), contentId(body.text()));
    Article article =
        new Article(
            id,
            raw.source(),
            outlet,
            url,
            published,
            body.dateline(),
            byline,
            List.copyOf(credits),
            title,
            body.text(),
            body.headings(),
            removed,
            language);
    return new Outcome(article, null);
  }

  /** What the page around the body gave: metadata from HTML, and the body to clean. */
  private record Page(
      String body,
      String title,
      String url,
      String published,
      String publishedFrom,
      String byline,
      String siteName,
      String language,
      List<Removal> removed) {}

  private static Page fromText(String content) {
    return new Page(content, null, null, null, null, null, null, null, List.of());
  }

  private Page fromHtml(RawReport raw) {
    HtmlPage html = htmlExtractor.extract(raw.content(), raw.url());
    String body = html.text();
    // Heading blocks keep their own line so the body cleaner marks them as headings again.
    return new Page(
        body,
        html.title(),
        html.url(),
        html.published(),
        html.publishedFrom(),
        html.author(),
        html.siteName(),
        html.language(),
        html.removed());
  }

  private static Published published(
      RawReport raw, Page page, BodyCleaner.Result body, String url) {
    Optional<String> field = DateText.find(raw.published());
    if (field.isPresent()) {
      return new Published(field.get(), "field");
    }
    if (page.published != null) {
      Optional<String> html = DateText.find(page.published);
      if (html.isPresent()) {
        return new Published(html.get(), page.publishedFrom == null ? "html" : page.publishedFrom);
      }
    }
    if (body.published() != null) {
      return new Published(body.published(), "text");
    }
    return DateText.fromUrl(url).map(d -> new Published(d, "url")).orElse(null);
  }

  private static String ownOutlet(List<Removal> removed) {
    for (Removal r : removed) {
      switch (r.reason()) {
        case "promo", "social", "newsletter", "copyright", "original-url" -> {
          Optional<String> named = NamedSources.outletNamedIn(r.text());
          if (named.isPresent()) {
            return named.get();
          }
        }
        default -> {}
      }
    }
    return null;
  }

  private static String contentId(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clean(String field) {
    return field == null || field.isBlank() ? null : field.strip();
  }

  @SafeVarargs
  private static <T> T first(T... candidates) {
    for (T c : candidates) {
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
