package dossier.ingest;

import dossier.model.Removal;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HtmlExtractor reads the main content and metadata of one HTML page, in the spirit of
 * trafilatura: it removes furniture (scripts, navigation, hidden and boilerplate-named elements),
 * finds the content container by publishing systems' names and, independently, by paragraph
 * scoring, collects the container's paragraphs while dropping link-dense and boilerplate blocks,
 * and falls back to every paragraph of the page when neither container gives enough text.
 *
 * <p>Thread-safe: it holds only its configuration.
 */
public final class HtmlExtractor {

  /**
   * Configuration of an {@link HtmlExtractor}.
   *
   * @param minContentChars below this many characters a container's text is not trusted and the
   *     next way of finding the content is tried
   * @param maxLinkDensity blocks with a larger share of characters inside links are dropped when
   *     shorter than {@code linkBlockChars}
   * @param linkBlockChars the length up to which link density decides a block's fate
   * @param containerShare the share of the page's paragraph text a container must hold; a container
   *     holding less is widened to the nearest ancestor that holds it
   */
  public record Config(
      int minContentChars, double maxLinkDensity, int linkBlockChars, double containerShare) {
    public Config {
      if (minContentChars < 0 || linkBlockChars < 0) {
        throw new IllegalArgumentException("negative length in " + this);
      }
      if (!(containerShare >= 0 && containerShare <= 1)) {
        throw new IllegalArgumentException("containerShare must lie in [0, 1]: " + containerShare);
      }
      if (!(maxLinkDensity > 0 && maxLinkDensity <= 1)) {
        throw new IllegalArgumentException("maxLinkDensity must lie in (0, 1]: " + maxLinkDensity);
      }
    }

    public static Config defaults() {
      return new Config(250, 0.5, 200, 0.65);
    }
  }

  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?iu)^[\\W\\d]*(advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama"
              + "|sponsored|share( this( article| story| page)?)?( on \\w+)?|teilen|partager"
              + "|compartir|print( this( article| page)?)?|drucken|e-?mail|facebook|twitter|x"
              + "|whatsapp|linkedin|pinterest|reddit|telegram|flipboard|pocket|xing|instagram"
              + "|read more|continue reading|weiterlesen|lire la suite|leer más|mehr zum thema:?"
              + "|more on this( topic| story)?:?|related( articles| stories| posts)?:?"
              + "|see also:?|read also:?|also read:?|lesen sie auch:?|back to top|nach oben"
              + "|skip to (main )?content|comments?|kommentare?|commentaires?|leave a (comment|reply)"
              + "|sign up( for .{0,40})?|subscribe( now| to .{0,40})?|newsletter"
              + "|follow us( on .{0,30})?|all rights reserved.*|copyright.{0,80}|©.{0,80}"
              + "|image( credit)?:.{0,80}|photo( credit)?:.{0,80}|foto:.{0,80}|bild:.{0,80}"
              + "|getty images|ap photo.{0,40}|reuters.{0,3}|tags?:.{0,80}|posted in .{0,80}"
              + "|themen:.{0,80}|schlagwörter:.{0,80}|mots-clés.{0,80}|etiquetas:.{0,80}"
              + "|(das )?könnte (sie|dich) auch interessieren|auch interessant|lesen sie (auch|mehr)"
              + "|mehr (themen|dazu|zum thema|artikel|news)|weitere (themen|artikel|nachrichten"
              + "|meldungen|beiträge|informationen|infos)( zum thema)?|zum weiterlesen"
              + "|ähnliche (artikel|beiträge)|verwandte artikel|empfehlungen|das könnte sie auch"
              + "|über (den|die) autor(in)?|about the authors?|you (may|might) also like"
              + "|recommended( for you| reading)?|more (from|stories|news|articles)( .{0,30})?"
              + "|further reading|(most )?popular( stories| now)?|trending( now)?|lust auf mehr\\?"
              + "|à lire aussi|lire aussi|voir aussi|sur le même sujet|dans la même rubrique"
              + "|te puede interesar|también te puede interesar|lee también|noticias relacionadas"
              + "|zobacz (też|również)|czytaj (też|także|więcej)|leggi anche|potrebbe interessarti"
              + "|zum newsletter anmelden|jetzt (abonnieren|anmelden|registrieren)"
              + "|quelle:.{0,60}|source:.{0,60}|fuente:.{0,60}|źródło:.{0,60}"
              + "|alle rechte vorbehalten.*|tous droits réservés.*|todos los derechos reservados.*)"
              + "[\\W]*$");

  /** Calls to action that end articles: follow, subscribe, download, support, share, rights. */
  private static final Pattern PROMO =
      Pattern.compile(
          "(?iu)\\b(follow (us|@?\\w+ on)|subscribe|sign up|newsletter|download (the|our)"
              + "|get the (latest|app)|join (us|our)|support (us|our)|become a (member|subscriber)"
              + "|all rights reserved|copyright|copyrighted|reprint|\\bapp\\b.*(store|play)"
              + "|folgen sie uns|abonnieren|jetzt anmelden|newsletter|eingeloggt|registrier"
              + "|alle rechte vorbehalten|unterstütze|hinterlasse|kommentar schreiben"
              + "|suscríbete|síguenos|siguenos|únete|todos los derechos|abonnez-vous|suivez-nous"
              + "|tous droits|inscrivez-vous|zapraszamy|subskrypcj|chroniony prawem|obserwuj"
              + "|telegram|whatsapp|instagram|facebook|twitter)\\b|©");

  private static final Pattern LEDE =
      Pattern.compile(
          "(?i)lead|lede|teaser|intro|summary|standfirst|dek|excerpt|description|abstract");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”»)。！？]\\s*$");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?iu)\\b(\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}"
              + "( ?[ap]\\.?m\\.?| uhr)?|\\d{1,2}\\.? \\p{L}{3,10}\\.? \\d{4}"
              + "|\\p{L}{3,10}\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4})\\b");

  private final Config config;

  public HtmlExtractor(Config config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /**
   * Reads {@code html}; {@code baseUrl} (may be null) resolves relative links and gives a date when
   * the page has none. Never throws on malformed markup: what parses is extracted.
   */
  public HtmlPage extract(String html, String baseUrl) {
    String url = baseUrl == null ? "" : baseUrl;
    Document doc = Jsoup.parse(html == null ? "" : html, url);
    HtmlMetadata meta = HtmlMetadata.read(doc, baseUrl);
    List<Removal> removed = new ArrayList<>();
    Element body = doc.body();
    HtmlCleaner.removeSilent(body);
    HtmlStats stats = HtmlStats.of(body);
    // Comments go first, so that a long discussion cannot pass for the main text when scoring.
    java.util.Map<Element, String> reasons = new java.util.IdentityHashMap<>();
    HtmlCleaner.removeFurniture(
        body, stats, anchors(body, null), "comments"::equals, reasons, removed);
    stats = HtmlStats.of(body);
    HtmlCleaner.removeFurniture(
        body, stats, anchors(body, stats), reason -> true, reasons, removed);
    stats = HtmlStats.of(body);

    Candidate byRules = null;
    for (List<Element> group : HtmlContainers.byRules(body)) {
      Candidate c = candidate(group, stats, meta.title());
      if (c.blocks.size() > 1 || c.length >= config.minContentChars) {
        byRules = c;
        break;
      }
    }
    List<Element> scored = HtmlContainers.byScore(body, stats);
    Candidate byScore = scored.isEmpty() ? null : candidate(scored, stats, meta.title());
    Candidate chosen = choose(byRules, byScore);
    if (chosen != null) {
      chosen = widened(chosen, body, stats, meta.title());
      List<Element> lede = lede(body, stats, chosen.roots.get(0));
      if (!lede.isEmpty()) {
        List<Element> roots = new ArrayList<>(lede);
        roots.addAll(chosen.roots);
        chosen = candidate(roots, stats, meta.title());
      }
    }
    if (chosen == null || chosen.length < config.minContentChars) {
      Candidate wild = candidate(paragraphs(body), stats, meta.title());
      if (chosen == null || wild.length > chosen.length) {
        chosen = wild;
      }
    }
    removed.addAll(chosen.removed);
    return page(meta, chosen.blocks, removed);
  }

  /**
   * The likely containers before furniture is removed, with their ancestors: the first container
   * named by the rules and, given {@code stats}, the best-scored one; furniture removal must not
   * take them.
   */
  private static Set<Element> anchors(Element body, HtmlStats stats) {
    Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Element> roots =
        new ArrayList<>(stats == null ? List.of() : HtmlContainers.byScore(body, stats));
    List<List<Element>> named = HtmlContainers.byRules(body);
    if (!named.isEmpty()) {
      roots.addAll(named.get(0));
    }
    for (Element root : roots) {
      for (Element e = root; e != null && out.add(e); e = e.parent()) {
        // ancestors up to the first already kept
      }
    }
    return out;
  }

  /**
   * The candidate widened to the nearest ancestor that holds most of the page's paragraph text,
   * when it holds too little of it: pages made of several text sections, not one article body.
   */
  private Candidate widened(Candidate chosen, Element body, HtmlStats stats, String title) {
    int page = stats.paragraphs(body);
    int held = 0;
    for (Element root : chosen.roots) {
      held += stats.paragraphs(root);
    }
    double share = config.containerShare();
    if (page < 4 * config.minContentChars() || held >= page * share) {
      return chosen;
    }
    Element ancestor = chosen.roots.get(0).parent();
    while (ancestor != null && ancestor != body && stats.paragraphs(ancestor) < page * share) {
      ancestor = ancestor.parent();
    }
    if (ancestor == null || ancestor == body) {
      return chosen;
    }
    Candidate wide = candidate(List.of(ancestor), stats, title);
    return wide.length > chosen.length ? wide : chosen;
  }

  /**
   * The lede paragraphs standing between the page's main heading and the content container, named
   * as such by their class (lead, teaser, intro, standfirst, ...), in order; empty when none.
   */
  private static List<Element> lede(Element body, HtmlStats stats, Element container) {
    List<Element> out = new ArrayList<>();
    boolean afterTitle = false;
    int gap = 0;
    for (Element e : body.getAllElements()) {
      if (e == container) {
        return afterTitle ? out : List.of();
      }
      if (e.normalName().equals("h1")) {
        afterTitle = true;
        out.clear();
        gap = 0;
        continue;
      }
      if (!afterTitle) {
        continue;
      }
      if (++gap > 80) {
        return List.of();
      }
      String tag = e.normalName();
      boolean named = !e.className().isEmpty() && LEDE.matcher(e.className()).find();
      boolean textual = named && (tag.equals("p") || tag.equals("div") || tag.equals("h2"));
      if (textual
          && stats.text(e) >= 60
          && stats.linkDensity(e) < 0.2
          && (out.isEmpty() || !e.parents().contains(out.get(out.size() - 1)))
          && !container.parents().contains(e)) {
        out.add(e);
      }
    }
    return List.of();
  }

  /** trafilatura's comparison of its own extraction with the readability fallback. */
  private Candidate choose(Candidate byRules, Candidate byScore) {
    if (byRules == null || byRules.length == 0) {
      return byScore;
    }
    if (byScore == null || byScore.length == 0 || byScore.length == byRules.length) {
      return byRules;
    }
    if (byRules.length > 2 * byScore.length) {
      return byRules;
    }
    if (byScore.length > 2 * byRules.length) {
      return byScore;
    }
    if (!byRules.hasParagraphs && byScore.length > 2 * config.minContentChars) {
      return byScore;
    }
    return byRules;
  }

  private static List<Element> paragraphs(Element body) {
    List<Element> out = new ArrayList<>();
    for (Element e : body.select("p, pre, blockquote, h2, h3, h4")) {
      boolean nested = false;
      for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
        String tag = p.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        out.add(e);
      }
    }
    return out;
  }

  /** Blocks kept from {@code roots}, with what was dropped and why. */
  private Candidate candidate(List<Element> roots, HtmlStats stats, String title) {
    List<Removal> removed = new ArrayList<>();
    Set<Element> rootSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    rootSet.addAll(roots);
    int rootText = 0;
    for (Element r : roots) {
      rootText += stats.text(r);
    }
    int containerText = rootText;
    List<HtmlBlocks.Block> raw =
        new HtmlBlocks(
                e -> {
                  String reason = skipReason(e, stats, containerText);
                  if (reason != null) {
                    String text = e.text();
                    if (!text.isBlank()) {
                      removed.add(new Removal(text, reason));
                    }
                    return true;
                  }
                  return false;
                })
            .collect(roots);
    String titleKey = title == null ? null : key(title);
    Set<String> seen = new HashSet<>();
    boolean[] keep = new boolean[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      HtmlBlocks.Block b = raw.get(i);
      if (b.kind() == HtmlBlocks.Kind.SKIPPED) {
        continue;
      }
      String reason = dropReason(b, titleKey, seen);
      if (reason != null) {
        removed.add(new Removal(b.text(), reason));
      } else {
        keep[i] = true;
      }
    }
    List<HtmlBlocks.Block> kept = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      if (!keep[i]) {
        continue;
      }
      HtmlBlocks.Block b = raw.get(i);
      if ((b.kind() == HtmlBlocks.Kind.HEADING || leadIn(b)) && sectionDropped(raw, keep, i)) {
        removed.add(new Removal(b.text(), "heading-of-removed-section"));
      } else {
        kept.add(b);
      }
    }
    while (kept.size() > 1) {
      HtmlBlocks.Block first = kept.get(0);
      if (first.kind() == HtmlBlocks.Kind.HEADING
          || first.text().length() >= 50
          || SENTENCE_END.matcher(first.text()).find()) {
        break;
      }
      removed.add(new Removal(first.text(), "leading-fragment"));
      kept.remove(0);
    }
    while (!kept.isEmpty()) {
      HtmlBlocks.Block last = kept.get(kept.size() - 1);
      if (last.kind() == HtmlBlocks.Kind.HEADING) {
        removed.add(new Removal(last.text(), "trailing-heading"));
      } else if (kept.size() > 1
          && last.text().length() < 50
          && !SENTENCE_END.matcher(last.text()).find()) {
        removed.add(new Removal(last.text(), "trailing-fragment"));
      } else if (kept.size() > 1
          && last.text().length() < 400
          && PROMO.matcher(last.text()).find()) {
        removed.add(new Removal(last.text(), "promo"));
      } else {
        break;
      }
      kept.remove(kept.size() - 1);
    }
    return new Candidate(roots, kept, removed);
  }

  /** A short line announcing what follows ("Read also:", "Mehr zum Thema:"). */
  private static boolean leadIn(HtmlBlocks.Block b) {
    String t = b.text();
    return t.length() < 80 && (t.endsWith(":") || t.endsWith("…") || t.endsWith("..."));
  }

  /** Whether the blocks under heading {@code i}, up to the next heading, were all dropped. */
  private static boolean sectionDropped(List<HtmlBlocks.Block> raw, boolean[] keep, int i) {
    int j = i + 1;
    for (; j < raw.size() && raw.get(j).kind() != HtmlBlocks.Kind.HEADING; j++) {
      if (keep[j]) {
        return false;
      }
    }
    return j > i + 1;
  }

  private String skipReason(Element e, HtmlStats stats, int containerText) {
    String tag = e.normalName();
    int text = stats.text(e);
    if (text == 0) {
      return null;
    }
    if (tag.equals("header") && text < containerText / 2 && titleHeader(e, stats)) {
      return "header";
    }
    boolean group =
        tag.equals("ul")
            || tag.equals("ol")
            || tag.equals("dl")
            || tag.equals("div")
            || tag.equals("section")
            || tag.equals("table")
            || tag.equals("nav");
    if (group && linkHeavy(text, stats.links(e))) {
      return "link-dense";
    }
    return null;
  }

  /** A header holding the title and little else (byline, date), not a lede. */
  private static boolean titleHeader(Element header, HtmlStats stats) {
    int rest = stats.text(header);
    boolean title = false;
    for (Element h1 : header.getElementsByTag("h1")) {
      rest -= stats.text(h1);
      title = true;
    }
    return title && rest < 200;
  }

  private boolean linkHeavy(int length, int linkChars) {
    if (linkChars == 0) {
      return false;
    }
    double density = (double) linkChars / length;
    return (density > 0.8 && length < 5 * config.linkBlockChars)
        || (density > config.maxLinkDensity && length < config.linkBlockChars);
  }

  private String dropReason(HtmlBlocks.Block b, String titleKey, Set<String> seen) {
    String text = b.text();
    if (linkHeavy(text.length(), b.linkChars())) {
      return "link-dense";
    }
    if (text.length() < 120 && FURNITURE_LINE.matcher(text).matches()) {
      return "boilerplate";
    }
    if (text.length() < 80 && DATE_LINE.matcher(text).find() && text.split("\\s+").length <= 8) {
      return "date-line";
    }
    String key = key(text);
    if (b.kind() == HtmlBlocks.Kind.HEADING && key.equals(titleKey)) {
      return "title";
    }
    if (!seen.add(key) && text.length() > 1) {
      return "duplicate";
    }
    return null;
  }

  private static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      }
    }
    return out.toString();
  }

  private static HtmlPage page(
      HtmlMetadata meta, List<HtmlBlocks.Block> blocks, List<Removal> removed) {
    StringBuilder text = new StringBuilder();
    List<Span> headings = new ArrayList<>();
    for (HtmlBlocks.Block b : blocks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(b.text());
      if (b.kind() == HtmlBlocks.Kind.HEADING) {
        headings.add(new Span(start, text.length()));
      }
    }
    return new HtmlPage(
        meta.title(),
        text.toString(),
        headings,
        removed,
        meta.published() == null ? null : meta.published().value(),
        meta.published() == null ? null : meta.published().from(),
        meta.author(),
        meta.siteName(),
        meta.canonicalUrl(),
        meta.language());
  }

  /** One way of reading the content: the blocks kept, the removals, and summary figures. */
  private static final class Candidate {
    final List<Element> roots;
    final List<HtmlBlocks.Block> blocks;
    final List<Removal> removed;
    final int length;
    final boolean hasParagraphs;

    Candidate(List<Element> roots, List<HtmlBlocks.Block> blocks, List<Removal> removed) {
      this.roots = roots;
      this.blocks = blocks;
      this.removed = removed;
      int n = 0;
      boolean paragraphs = false;
      for (HtmlBlocks.Block b : blocks) {
        n += b.text().length();
        paragraphs |= b.element().normalName().equals("p");
      }
      this.length = n;
      this.hasParagraphs = paragraphs;
    }
  }
}
