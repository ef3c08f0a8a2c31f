package dossier.ingest;

import dossier.model.Published;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HtmlMetadata is the metadata a page declares about itself: title, publication date (with where
 * it was found), author, site name, canonical URL and language, read from JSON-LD, OpenGraph and
 * other meta tags, {@code <time>} elements and the URL, in that order of trust.
 */
record HtmlMetadata(
    String title,
    Published published,
    String author,
    String siteName,
    String canonicalUrl,
    String language) {

  private static final Pattern LD_DATE =
      Pattern.compile("\"(datePublished|dateCreated|uploadDate)\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern LD_HEADLINE =
      Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){3,300})\"");
  private static final Pattern LD_AUTHOR =
      Pattern.compile(
          "\"(?:author|creator)\"\\s*:\\s*(?:\\[\\s*)?(?:\"((?:[^\"\\\\]|\\\\.){2,100})\"|\\{[^{}]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){2,100})\")");
  private static final Pattern LD_PUBLISHER =
      Pattern.compile(
          "\"publisher\"\\s*:\\s*(?:\\[\\s*)?\\{[^{}]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){2,100})\"");
  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})[-/]?(\\d{2})[-/]?(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:/|[_-]|$)");
  private static final Pattern DATE_HINT =
      Pattern.compile("(?i)date|time|publi|posted|datum|fecha|data|meta|byline|info|author");
  private static final Pattern NOT_PUBLISHED =
      Pattern.compile("(?i)modif|updat|comment|event|expir|birth");
  private static final Pattern URL_SHAPE = Pattern.compile("^(https?:)?//.*");
  private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door)\\s+");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+");

  private static final String[] DATE_META = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "citation_publication_date",
    "cxenseparse:recs:publishtime",
    "date.release",
    "last-modified"
  };

  /** Reads the metadata of {@code doc}; {@code url} is the page's address, may be null. */
  static HtmlMetadata read(Document doc, String url) {
    java.util.Map<String, String> metas = new java.util.HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String k =
          e.hasAttr("property")
              ? e.attr("property")
              : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      String v = e.attr("content").strip();
      if (!k.isEmpty() && !v.isEmpty()) {
        metas.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
      }
    }
    List<Element> scripts = doc.select("script[type=application/ld+json]");
    StringBuilder ld = new StringBuilder();
    for (Element s : scripts) {
      ld.append(s.data()).append('\n');
    }
    String canonical = attr(doc, "link[rel=canonical]", "abs:href");
    if (canonical == null) {
      canonical = meta(metas, "og:url");
    }
    if (canonical == null && url != null && !url.isBlank()) {
      canonical = url;
    }
    return new HtmlMetadata(
        title(doc, metas, ld, siteName(doc, metas, ld, canonical)),
        published(doc, metas, ld, canonical == null ? url : canonical, url),
        author(doc, metas, ld),
        siteName(doc, metas, ld, canonical),
        canonical,
        language(doc, metas));
  }

  private static String title(
      Document doc, java.util.Map<String, String> metas, CharSequence ld, String site) {
    String t = meta(metas, "og:title");
    if (t == null) {
      Matcher m = LD_HEADLINE.matcher(ld);
      if (m.find()) {
        t = unescape(m.group(1));
      }
    }
    if (t == null) {
      t = meta(metas, "twitter:title");
    }
    if (t == null && !doc.title().isBlank()) {
      t = doc.title();
    }
    Element h1 = doc.selectFirst("h1");
    String heading = h1 == null ? "" : h1.text().strip();
    if (!fold(heading).isEmpty() && heading.length() < 300) {
      // The page's own heading is the title without the site name tacked on.
      if (t == null || fold(t).startsWith(fold(heading)) || fold(t).endsWith(fold(heading))) {
        return heading;
      }
    }
    return t == null ? null : withoutSiteName(t.strip(), site);
  }

  /** The title without a part naming the site ("Story - Site", "Site | Story"). */
  private static String withoutSiteName(String title, String site) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String siteKey = site == null ? "" : fold(site);
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      String key = fold(part);
      boolean names = !siteKey.isEmpty() && (key.contains(siteKey) || siteKey.contains(key));
      if (!names) {
        kept.add(part);
      }
    }
    if (kept.size() == 1) {
      return kept.get(0).strip();
    }
    return kept.isEmpty() ? title : longestPart(title);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String longestPart(String title) {
    String best = title;
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length > 1) {
      best = parts[0];
      for (String p : parts) {
        if (p.length() > best.length()) {
          best = p;
        }
      }
    }
    return best;
  }

  private static Published published(
      Document doc,
      java.util.Map<String, String> metas,
      CharSequence ld,
      String canonical,
      String url) {
    Matcher m = LD_DATE.matcher(ld);
    while (m.find()) {
      String iso = iso(m.group(2));
      if (iso != null) {
        return new Published(iso, "json-ld");
      }
    }
    for (String name : DATE_META) {
      String v = meta(metas, name);
      String iso = v == null ? null : iso(v);
      if (iso != null) {
        return new Published(iso, "meta");
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      String v =
          e.hasAttr("content")
              ? e.attr("content")
              : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      String iso = iso(v);
      if (iso != null) {
        return new Published(iso, "meta");
      }
    }
    Element best = null;
    for (Element time : doc.select("time[datetime]")) {
      String hint = (time.className() + " " + time.parent().className()).toLowerCase(Locale.ROOT);
      if (time.hasAttr("pubdate") || hint.contains("publish") || hint.contains("posted")) {
        best = time;
        break;
      }
      if (best == null && !hint.contains("modif") && !hint.contains("update")) {
        best = time;
      }
    }
    if (best != null) {
      String iso = iso(best.attr("datetime"));
      if (iso != null) {
        return new Published(iso, "time");
      }
    }
    for (String address : new String[] {url, canonical}) {
      if (address != null) {
        Matcher u = URL_DATE.matcher(address);
        if (u.find()) {
          String iso = validDate(u.group(1), u.group(2), u.group(3));
          if (iso != null) {
            return new Published(iso, "url");
          }
        }
      }
    }
    int seen = 0;
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (++seen > 5000) {
        break;
      }
      String names = e.className() + " " + e.id();
      if (names.isBlank()
          || !DATE_HINT.matcher(names).find()
          || NOT_PUBLISHED.matcher(names).find()) {
        continue;
      }
      String text = e.text();
      if (text.length() < 120) {
        java.util.Optional<String> date = DateText.find(text);
        if (date.isPresent()) {
          return new Published(date.get(), "text");
        }
      }
    }
    return null;
  }

  /** An ISO-8601 date or date-time for a machine-written date, or null. */
  static String iso(String raw) {
    String v = raw.strip();
    try {
      return OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (RuntimeException ignored) {
      // try the looser shapes below
    }
    Matcher m = ISO.matcher(v);
    if (!m.find()) {
      return null;
    }
    String date = validDate(m.group(1), m.group(2), m.group(3));
    if (date == null || m.group(4) == null) {
      return date;
    }
    String seconds = m.group(6) == null ? "00" : m.group(6);
    String local = date + "T" + m.group(4) + ":" + m.group(5) + ":" + seconds;
    try {
      LocalDateTime.parse(local);
    } catch (RuntimeException e) {
      return date;
    }
    String zone = m.group(7);
    if (zone == null) {
      return local;
    }
    if (zone.length() == 5) {
      zone = zone.substring(0, 3) + ":" + zone.substring(3);
    }
    try {
      return OffsetDateTime.parse(local + zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (RuntimeException e) {
      return local;
    }
  }

  private static String validDate(String year, String month, String day) {
    try {
      LocalDate d =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return d.getYear() >= 1990 && d.getYear() <= 2100 ? d.toString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String author(Document doc, java.util.Map<String, String> metas, CharSequence ld) {
    List<String> candidates = new ArrayList<>();
    Matcher m = LD_AUTHOR.matcher(ld);
    if (m.find()) {
      candidates.add(unescape(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    candidates.add(meta(metas, "author"));
    candidates.add(meta(metas, "article:author"));
    candidates.add(meta(metas, "byl"));
    candidates.add(meta(metas, "dc.creator"));
    candidates.add(meta(metas, "parsely-author"));
    candidates.add(meta(metas, "sailthru.author"));
    String found = firstAuthor(candidates);
    if (found != null) {
      return found;
    }
    candidates.clear();
    for (Element e : doc.select("[rel=author], [itemprop=author], [class*=byline]")) {
      candidates.add(e.hasAttr("content") ? e.attr("content") : e.text());
      if (candidates.size() > 5) {
        break;
      }
    }
    return firstAuthor(candidates);
  }

  private static String firstAuthor(List<String> candidates) {
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      String a = BY.matcher(c.strip()).replaceFirst("").strip();
      if (a.length() >= 3 && a.length() <= 100 && !URL_SHAPE.matcher(a).matches()) {
        return a;
      }
    }
    return null;
  }

  private static String siteName(
      Document doc, java.util.Map<String, String> metas, CharSequence ld, String canonical) {
    String s = meta(metas, "og:site_name");
    if (s == null) {
      Matcher m = LD_PUBLISHER.matcher(ld);
      if (m.find()) {
        s = unescape(m.group(1));
      }
    }
    if (s == null) {
      s = meta(metas, "application-name");
    }
    if (s == null && canonical != null) {
      try {
        String host = URI.create(canonical.strip()).getHost();
        if (host != null) {
          s = host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException ignored) {
        // not an address
      }
    }
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String language(Document doc, java.util.Map<String, String> metas) {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) {
      lang = attr(doc, "meta[http-equiv~=(?i)content-language]", "content");
    }
    if (lang == null || lang.isBlank()) {
      lang = meta(metas, "og:locale");
    }
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String primary = lang.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** The content of the first meta tag whose property, name or itemprop is {@code key}. */
  private static String meta(java.util.Map<String, String> metas, String key) {
    return metas.get(key);
  }

  private static String attr(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.attr(attribute).strip();
    return v.isEmpty() ? null : v;
  }

  private static String unescape(String json) {
    return json.replace("\\\"", "\"").replace("\\/", "/").replace("\\n", " ").replace("\\\\", "\\");
  }
}
