package dossier.claim;

import dossier.model.DateMention;
import dossier.model.DateMention.Precision;
import dossier.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DateExtractor finds dates and resolves them against the report's publication date: a weekday is
 * the latest such day on or before it ("Saturday" in a report of 2024-07-28 is 2024-07-27),
 * "between Friday and Saturday" is a range, a day and month without a year takes the report's year
 * (the year before when that would put it more than a week after publication), and a year alone
 * keeps year precision.
 */
final class DateExtractor implements Extractor<DateMention> {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern WEEKDAY_RANGE =
      Pattern.compile("\\b(?:between|from) " + WEEKDAY + " (?:and|to|until) " + WEEKDAY + "\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "(?:,? (\\d{4}))?\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{4})\\b");
  private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b" + WEEKDAY + "\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(yesterday|today|last week|last month|last year|this year|last summer)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");

  @Override
  public List<DateMention> extract(Discourse d) {
    String text = d.doc.work;
    LocalDate pub = d.doc.published;
    List<DateMention> out = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      try {
        LocalDate day = LocalDate.parse(m.group());
        add(d, out, taken, m, day, day, Precision.DAY);
      } catch (java.time.DateTimeException e) {
        // not a date
      }
    }
    m = WEEKDAY_RANGE.matcher(text);
    while (m.find()) {
      LocalDate a = weekday(pub, m.group(1));
      LocalDate b = weekday(pub, m.group(2));
      if (a != null && b.isBefore(a)) {
        a = a.minusWeeks(1);
      }
      add(d, out, taken, m, a, b, a == null ? Precision.UNRESOLVED : Precision.DAYS);
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      LocalDate day = dayOf(pub, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3));
      add(d, out, taken, m, day, day, day == null ? Precision.UNRESOLVED : Precision.DAY);
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      LocalDate day = dayOf(pub, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
      add(d, out, taken, m, day, day, day == null ? Precision.UNRESOLVED : Precision.DAY);
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
      add(d, out, taken, m, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }
    m = WEEKDAY_ALONE.matcher(text);
    while (m.find()) {
      LocalDate day = weekday(pub, m.group(1));
      add(d, out, taken, m, day, day, day == null ? Precision.UNRESOLVED : Precision.DAY);
    }
    m = RELATIVE.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      relative(d, out, taken, m, pub);
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group());
      if (pub != null && y > pub.getYear() + 1) {
        continue;
      }
      add(d, out, taken, m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  private static void relative(
      Discourse d, List<DateMention> out, List<Span> taken, Matcher m, LocalDate pub) {
    if (pub == null) {
      add(d, out, taken, m, null, null, Precision.UNRESOLVED);
      return;
    }
    switch (m.group(1)) {
      case "yesterday" -> add(d, out, taken, m, pub.minusDays(1), pub.minusDays(1), Precision.DAY);
      case "today" -> add(d, out, taken, m, pub, pub, Precision.DAY);
      case "last week" -> {
        LocalDate monday = pub.minusWeeks(1).with(DayOfWeek.MONDAY);
        add(d, out, taken, m, monday, monday.plusDays(6), Precision.WEEK);
      }
      case "last month" -> {
        YearMonth ym = YearMonth.from(pub).minusMonths(1);
        add(d, out, taken, m, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
      }
      case "last summer" -> {
        int y = pub.getMonthValue() <= 8 ? pub.getYear() - 1 : pub.getYear();
        add(d, out, taken, m, LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31), Precision.YEAR);
      }
      case "last year" -> {
        int y = pub.getYear() - 1;
        add(d, out, taken, m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
      }
      default -> {
        int y = pub.getYear();
        add(d, out, taken, m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
      }
    }
  }

  private static void add(
      Discourse d,
      List<DateMention> out,
      List<Span> taken,
      Matcher m,
      LocalDate start,
      LocalDate end,
      Precision precision) {
    Span span = new Span(m.start(), m.end());
    for (Span t : taken) {
      if (t.overlaps(span)) {
        return;
      }
    }
    taken.add(span);
    out.add(new DateMention(d.doc.id, span, span.of(d.doc.text), start, end, precision));
  }

  private static LocalDate weekday(LocalDate pub, String name) {
    if (pub == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    return pub.with(TemporalAdjusters.previousOrSame(day));
  }

  private static int month(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    for (int i = 0; i < Lexicon.MONTHS.size(); i++) {
      if (Lexicon.MONTHS.get(i).startsWith(n.substring(0, 3))) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static LocalDate dayOf(LocalDate pub, int month, int day, String year) {
    try {
      if (year != null) {
        return LocalDate.of(Integer.parseInt(year), month, day);
      }
      if (pub == null) {
        return null;
      }
      LocalDate date = LocalDate.of(pub.getYear(), month, day);
      return date.isAfter(pub.plusDays(7)) ? date.minusYears(1) : date;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
