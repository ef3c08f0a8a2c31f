package dossier.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DateText reads the publication dates that news pages and feeds write, in ISO form, as RFC 1123,
 * or in words ("July 28, 2024", "28 juillet 2024", "28 de julio de 2024", "28. Juli 2024"), and
 * gives them back as ISO-8601 strings.
 */
final class DateText {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("janvier", 1),
          Map.entry("enero", 1),
          Map.entry("januar", 1),
          Map.entry("janeiro", 1),
          Map.entry("gennaio", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("février", 2),
          Map.entry("fevrier", 2),
          Map.entry("febrero", 2),
          Map.entry("februar", 2),
          Map.entry("fevereiro", 2),
          Map.entry("febbraio", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("mars", 3),
          Map.entry("marzo", 3),
          Map.entry("märz", 3),
          Map.entry("marz", 3),
          Map.entry("março", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("avril", 4),
          Map.entry("abril", 4),
          Map.entry("aprile", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("mayo", 5),
          Map.entry("maio", 5),
          Map.entry("maggio", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("juin", 6),
          Map.entry("junio", 6),
          Map.entry("juni", 6),
          Map.entry("junho", 6),
          Map.entry("giugno", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("juillet", 7),
          Map.entry("julio", 7),
          Map.entry("juli", 7),
          Map.entry("julho", 7),
          Map.entry("luglio", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("août", 8),
          Map.entry("aout", 8),
          Map.entry("agosto", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("septembre", 9),
          Map.entry("septiembre", 9),
          Map.entry("setembro", 9),
          Map.entry("settembre", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("octobre", 10),
          Map.entry("octubre", 10),
          Map.entry("oktober", 10),
          Map.entry("outubro", 10),
          Map.entry("ottobre", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("novembre", 11),
          Map.entry("noviembre", 11),
          Map.entry("novembro", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12),
          Map.entry("décembre", 12),
          Map.entry("decembre", 12),
          Map.entry("diciembre", 12),
          Map.entry("dezember", 12),
          Map.entry("dezembro", 12),
          Map.entry("dicembre", 12));

  private static final String MONTH = "([A-Za-zéûäç]{3,10})\\.?";
  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(\\S*))?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?"
              + MONTH
              + "\\s+(?:de\\s+)?(\\d{4})\\b");
  private static final Pattern SLASHED_YMD =
      Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern DOTTED_DMY =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  private DateText() {}

  /** The first date written in {@code text}, as an ISO date or date-time. */
  static Optional<String> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      Optional<String> iso = iso(m);
      if (iso.isPresent()) {
        return iso;
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      Optional<String> d = date(m.group(3), MONTHS.get(lower(m.group(1))), m.group(2));
      if (d.isPresent()) {
        return d;
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      Optional<String> d = date(m.group(3), MONTHS.get(lower(m.group(2))), m.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    m = SLASHED_YMD.matcher(text);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = DOTTED_DMY.matcher(text);
    if (m.find()) {
      return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    }
    return rfc1123(text.trim());
  }

  /** A date in the path of a URL ({@code /2024/07/28/}). */
  static Optional<String> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : Optional.empty();
  }

  private static Optional<String> iso(Matcher m) {
    Optional<String> day = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    if (day.isEmpty() || m.group(4) == null) {
      return day;
    }
    String time = m.group(4).length() == 5 ? m.group(4) + ":00" : m.group(4);
    String zone = m.group(5) == null ? "" : m.group(5);
    String candidate = day.get() + "T" + time + zone;
    try {
      return Optional.of(OffsetDateTime.parse(candidate).toString());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(day.get() + "T" + time).toString());
      } catch (DateTimeParseException e2) {
        return day;
      }
    }
  }

  private static Optional<String> rfc1123(String text) {
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
              .toOffsetDateTime()
              .toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> date(String year, Integer month, String day) {
    if (month == null) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)).toString());
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
