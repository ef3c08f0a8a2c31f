package dossier.ingest;

import dossier.model.Removal;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BodyCleaner takes the story out of a report's plain text (or the text an HTML page yielded): it
 * reads Markdown-ish markup, groups lines into paragraphs, reads the header (title, byline, date,
 * caption) and a dateline prefix, removes site furniture and teaser blocks, and marks sub-headings.
 * Each instance cleans one text; make a new one per text.
 */
final class BodyCleaner {

  record Result(
      String text,
      List<Span> headings,
      List<Removal> removed,
      String title,
      String byline,
      String published,
      String dateline,
      String datelineCredit,
      String url) {}

  private enum Kind {
    BODY,
    HEADING,
    REMOVED
  }

  private static final class Block {
    String text;
    final boolean markdownHeading;
    final int headingLevel;
    final boolean image;
    final boolean endsWithLink;
    final List<String> links;
    Kind kind = Kind.BODY;
    String reason;

    Block(String text, int headingLevel, boolean image, boolean endsWithLink, List<String> links) {
      this.text = text;
      this.headingLevel = headingLevel;
      this.markdownHeading = headingLevel > 0;
      this.image = image;
      this.endsWithLink = endsWithLink;
      this.links = links;
    }

    int words() {
      return Furniture.words(text);
    }
  }

  private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
  private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(.+?)\\1");
  private static final Pattern ESCAPE = Pattern.compile("\\\\+([\\\\`*_{}\\[\\]()#+.!|-])");
  private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Pattern URL_ONLY = Pattern.compile("^<?(https?://\\S+?)>?$");
  static final Pattern TRAILING_LINK =
      Pattern.compile(
          "(https?://\\S+|www\\.\\S+|\\b[a-z0-9-]+\\.(?:me|com|org|net|io)/\\S*|@[A-Za-z0-9_]{2,})\\W*$");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|par|por|von|di|de|от|автор)\\s*:?\\s+(.{2,120}?)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?i)\\b(published|updated|posted|last updated|date|on|le|el|am|mis à jour|publié)\\b"
              + "|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b"
              + "|\\b\\d{1,2}:\\d{2}(\\s*[ap]\\.?m\\.?)?\\b|\\b(gmt|utc|cet|est|edt|bst)\\b");
  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "^(?:(?:date|published|updated|posted)\\s*:?\\s*)?"
              + "(\\d{4}-\\d{2}-\\d{2}|\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4})"
              + "\\s*[-—–|,:]?\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPS_DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?\\p{Lu})"
              + "(?:,\\s*(\\p{Lu}[\\p{L}'’.\\- ]{1,40}?))?"
              + "\\s*(?:\\(([^)]{1,40})\\))?\\s*(?::|—|–|--|-)\\s+(?=\\S)");
  private static final Pattern TITLE_DATELINE =
      Pattern.compile(
          "^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,3})"
              + "(?:,\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3}))?"
              + "\\s*(?:\\(([^)]{1,40})\\))?\\s*(?:—|–|--)\\s+(?=\\S)");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…\"”’»)\\]]$");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]{3,}");
  private static final Set<String> STOP =
      Set.of(
          "that", "this", "with", "from", "have", "were", "been", "their", "they", "which", "would",
          "there", "about", "after", "said", "into", "than", "them", "will", "also", "other",
          "more", "some", "what", "when", "who", "should", "could", "over", "only", "most", "such",
          "these", "those", "being", "where", "while", "very", "part", "made", "make");

  private final ReportCleaner.Config config;
  private final List<Removal> removed = new ArrayList<>();
  private String title;
  private String byline;
  private String published;
  private String dateline;
  private String datelineCredit;
  private String url;

  BodyCleaner(ReportCleaner.Config config) {
    this.config = config;
  }

  Result clean(String content) {
    List<Block> blocks = blocks(normalise(content));
    int firstBody = firstBody(blocks);
    readHeader(blocks, firstBody);
    removeFurniture(blocks);
    markHeadings(blocks);
    readDateline(blocks);
    StringBuilder text = new StringBuilder();
    List<Span> headings = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kind == Kind.REMOVED) {
        removed.add(new Removal(b.text, b.reason));
        continue;
      }
      if (b.text.isBlank()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(b.text);
      if (b.kind == Kind.HEADING) {
        headings.add(new Span(start, text.length()));
      }
    }
    // Headings with no story after them are page furniture, not sub-headings.
    return new Result(
        text.toString(),
        headings,
        removed,
        title,
        byline,
        published,
        dateline,
        datelineCredit,
        url);
  }

  private static String normalise(String content) {
    return content
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u00A0', ' ')
        .replace('\u2028', '\n')
        .replace('\u2029', '\n')
        .replaceAll("[\u200B\u200C\u200D\u2060\uFEFF]", "")
        .replace('\t', ' ');
  }

  private static List<Block> blocks(String content) {
    boolean markdown =
        MD_LINK.matcher(content).find()
            || Pattern.compile("(?m)^#{1,6} \\S").matcher(content).find()
            || content.contains("**");
    List<Block> blocks = new ArrayList<>();
    StringBuilder pending = null;
    List<String> pendingLinks = new ArrayList<>();
    boolean pendingImage = false;
    boolean pendingEndsWithLink = false;
    for (String rawLine : content.split("\n", -1)) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        if (pending != null) {
          blocks.add(new Block(tidy(pending), 0, pendingImage, pendingEndsWithLink, pendingLinks));
          pending = null;
        }
        continue;
      }
      int level = 0;
      List<String> links = new ArrayList<>();
      boolean image = false;
      boolean endsWithLink = endsWithLink(line);
      if (markdown) {
        Matcher h = MD_HEADING.matcher(line);
        if (h.matches()) {
          level = h.group(1).length();
          line = h.group(2);
        }
        Matcher img = MD_IMAGE.matcher(line);
        if (img.find()) {
          image = true;
          line = img.replaceAll("$1");
        }
        Matcher link = MD_LINK.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (link.find()) {
          links.add(link.group(2));
          link.appendReplacement(sb, Matcher.quoteReplacement(link.group(1)));
        }
        link.appendTail(sb);
        line = sb.toString();
        line = AUTOLINK.matcher(line).replaceAll("$1");
        line = BOLD.matcher(line).replaceAll("$2");
        line = BOLD.matcher(line).replaceAll("$2");
        line = ESCAPE.matcher(line).replaceAll("$1").strip();
        endsWithLink |= endsWithLink(line);
      }
      if (line.isEmpty()) {
        continue;
      }
      if (level > 0) {
        if (pending != null) {
          blocks.add(new Block(tidy(pending), 0, pendingImage, pendingEndsWithLink, pendingLinks));
          pending = null;
        }
        blocks.add(new Block(line, level, false, false, links));
        continue;
      }
      if (pending != null && joinsPrevious(pending, line)) {
        pending.append(' ').append(line);
        pendingLinks.addAll(links);
        pendingImage |= image;
        pendingEndsWithLink = endsWithLink;
        continue;
      }
      if (pending != null) {
        blocks.add(new Block(tidy(pending), 0, pendingImage, pendingEndsWithLink, pendingLinks));
      }
      pending = new StringBuilder(line);
      pendingLinks = new ArrayList<>(links);
      pendingImage = image;
      pendingEndsWithLink = endsWithLink;
    }
    if (pending != null) {
      blocks.add(new Block(tidy(pending), 0, pendingImage, pendingEndsWithLink, pendingLinks));
    }
    return blocks;
  }

  /** A hard-wrapped line continues its sentence: no final punctuation, next starts lower case. */
  private static boolean joinsPrevious(StringBuilder previous, String line) {
    char last = previous.charAt(previous.length() - 1);
    char first = line.charAt(0);
    return (Character.isLowerCase(first) && ".!?:;\"”’»".indexOf(last) < 0)
        || last == '-' && Character.isLetter(previous.charAt(Math.max(0, previous.length() - 2)));
  }

  private static String tidy(CharSequence s) {
    return s.toString().replaceAll("[ ]{2,}", " ").strip();
  }

  private static boolean isBodyParagraph(Block b) {
    return !b.markdownHeading
        && b.words() >= 15
        && TERMINAL.matcher(b.text).find()
        && Furniture.reason(b.text).isEmpty();
  }

  private static int firstBody(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (isBodyParagraph(blocks.get(i))) {
        return i;
      }
    }
    return blocks.size();
  }

  private void readHeader(List<Block> blocks, int firstBody) {
    for (int i = 0; i < firstBody; i++) {
      Block b = blocks.get(i);
      String t = b.text;
      Matcher by = BYLINE.matcher(t);
      Optional<String> date = DateText.find(t);
      if (by.matches() && b.words() <= 15 && byline == null) {
        byline = stripTrailingDate(by.group(1));
        remove(b, "byline");
      } else if (date.isPresent() && isDateLine(t)) {
        if (published == null) {
          published = date.get();
        }
        remove(b, "date");
      } else if (Furniture.reason(t).isPresent()) {
        continue; // furniture is removed with the rest of the body
      } else if (b.image || (b.endsWithLink && b.words() <= 30)) {
        remove(b, "caption");
      } else if (title == null
          && (b.headingLevel == 1 || (!b.markdownHeading && looksLikeTitle(b)))) {
        title = t;
        remove(b, "title");
      }
    }
  }

  private static boolean looksLikeTitle(Block b) {
    return b.words() >= 3 && b.words() <= 30 && !b.text.endsWith(".") && !b.endsWithLink;
  }

  private static boolean isDateLine(String t) {
    String rest = DATE_WORDS.matcher(t).replaceAll(" ");
    rest = rest.replaceAll("[\\d,./:|\\-–—()]+", " ").strip();
    // What is left should be at most the month name.
    return Furniture.words(rest) <= 1;
  }

  private static String stripTrailingDate(String s) {
    String out = s.replaceAll("\\s*[|,–—-]\\s*$", "").strip();
    return out;
  }

  private void removeFurniture(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind == Kind.REMOVED) {
        continue;
      }
      Matcher urlOnly = URL_ONLY.matcher(b.text);
      if (urlOnly.matches()) {
        if (url == null) {
          url = urlOnly.group(1);
        }
        remove(b, "url");
        continue;
      }
      Optional<String> reason = Furniture.reason(b.text);
      if (reason.isEmpty()) {
        if (b.image || (b.endsWithLink && b.words() <= 30 && !isBodyParagraph(b))) {
          remove(b, "caption");
        }
        continue;
      }
      remove(b, reason.get());
      switch (reason.get()) {
        case "original-url" -> takeUrl(b, blocks, i);
        case "teaser-header" -> i = removeTeaser(blocks, i);
        default -> {}
      }
    }
  }

  private void takeUrl(Block b, List<Block> blocks, int i) {
    Matcher m = URL.matcher(b.text);
    if (m.find()) {
      url = url == null ? trimUrl(m.group()) : url;
      return;
    }
    if (!b.links.isEmpty() && b.links.get(0).startsWith("http")) {
      url = url == null ? b.links.get(0) : url;
      return;
    }
    if (i + 1 < blocks.size()) {
      Matcher next = URL_ONLY.matcher(blocks.get(i + 1).text);
      if (next.matches()) {
        url = url == null ? next.group(1) : url;
        remove(blocks.get(i + 1), "original-url");
      }
    }
  }

  private static String trimUrl(String u) {
    return u.replaceAll("[>)\\].,;]+$", "");
  }

  /**
   * Removes what a teaser header introduces: pairs of an unrelated headline (a short line without
   * final punctuation) and at most one unrelated blurb after it. Returns the last index taken.
   */
  private int removeTeaser(List<Block> blocks, int header) {
    int i = header + 1;
    int taken = 0;
    boolean afterHeadline = false;
    while (i < blocks.size() && taken < config.maxTeaserBlocks()) {
      Block b = blocks.get(i);
      if (b.kind == Kind.REMOVED) {
        i++;
        continue;
      }
      boolean headline = b.words() <= 20 && !TERMINAL.matcher(b.text).find();
      if (!(headline || afterHeadline) || relatedness(b, blocks) >= config.teaserRelatedness()) {
        break;
      }
      remove(b, "teaser");
      afterHeadline = headline;
      taken++;
      i++;
    }
    return i - 1;
  }

  /** The share of a block's content words found elsewhere in the report's kept text. */
  private static double relatedness(Block candidate, List<Block> blocks) {
    Set<String> elsewhere = new HashSet<>();
    for (Block b : blocks) {
      if (b != candidate && b.kind != Kind.REMOVED) {
        elsewhere.addAll(contentWords(b.text));
      }
    }
    Set<String> own = contentWords(candidate.text);
    if (own.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : own) {
      if (elsewhere.contains(w)) {
        shared++;
      }
    }
    return shared / (double) own.size();
  }

  private static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!STOP.contains(w)) {
        out.add(w.length() > 6 ? w.substring(0, 6) : w);
      }
    }
    return out;
  }

  private void markHeadings(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind != Kind.BODY) {
        continue;
      }
      Block next = nextKept(blocks, i);
      boolean storyFollows = next != null && next.kind == Kind.BODY && next.words() >= 8;
      if (b.markdownHeading) {
        if (storyFollows || next != null) {
          b.kind = Kind.HEADING;
        }
        continue;
      }
      if (storyFollows
          && b.words() <= 12
          && !b.text.matches(".*[.!?,;:]$")
          && Character.isUpperCase(b.text.codePointAt(0))
          && previousKept(blocks, i) != null) {
        b.kind = Kind.HEADING;
      }
    }
  }

  private static Block nextKept(List<Block> blocks, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (blocks.get(j).kind != Kind.REMOVED) {
        return blocks.get(j);
      }
    }
    return null;
  }

  private static Block previousKept(List<Block> blocks, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (blocks.get(j).kind != Kind.REMOVED) {
        return blocks.get(j);
      }
    }
    return null;
  }

  private void readDateline(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind != Kind.BODY) {
        continue;
      }
      String t = b.text;
      Matcher lead = LEADING_DATE.matcher(t);
      if (lead.find()) {
        Optional<String> d = DateText.find(lead.group(1));
        if (d.isPresent()) {
          if (published == null) {
            published = d.get();
          }
          removed.add(new Removal(lead.group().strip(), "date"));
          t = t.substring(lead.end());
        }
      }
      Matcher caps = CAPS_DATELINE.matcher(t);
      Matcher titled = TITLE_DATELINE.matcher(t);
      Matcher m =
          caps.find() && caps.group(1).replaceAll("[^\\p{L}]", "").length() >= 3
              ? caps
              : titled.find() ? titled : null;
      if (m != null) {
        String place = titleCase(m.group(1).strip());
        String country = m.group(2) == null ? null : m.group(2).strip();
        dateline = country == null ? place : place + ", " + country;
        datelineCredit = m.group(3);
        removed.add(new Removal(m.group().strip(), "dateline"));
        t = t.substring(m.end());
      }
      b.text = t;
      return; // only the first story paragraph carries a dateline
    }
  }

  private static String titleCase(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  private static void remove(Block b, String reason) {
    b.kind = Kind.REMOVED;
    b.reason = reason;
  }

  /**
   * Whether {@code line} ends with a link or handle ({@link #TRAILING_LINK}). Each of its branches
   * holds a slash, "www." or an at sign, so a line with none of them is not scanned.
   */
  static boolean endsWithLink(String line) {
    if (line.indexOf('/') < 0 && line.indexOf('@') < 0 && !line.contains("www.")) {
      return false;
    }
    return TRAILING_LINK.matcher(line).find();
  }
}
