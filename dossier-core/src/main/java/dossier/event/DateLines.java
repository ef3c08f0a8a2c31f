package dossier.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DateLines reads the date a news text gives near its top ("May 03, 2013", "7 July 2012", "Tuesday,
 * December 16 2008", "2024-07-28"), for reports whose publication date is unknown. Only full dates
 * with a year count; numeric forms other than ISO are skipped as ambiguous. Stateless.
 */
final class DateLines {

  /** How far into the text a date line may sit. */
  static final int WINDOW = 400;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";

  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b" + MONTH + "\\s*" + DAY + "\\s*,?\\s*" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\s*,?\\s*" + YEAR + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO =
      Pattern.compile("\\b((?:19|20)\\d\\d)-([01]\\d)-([0-3]\\d)\\b");

  private DateLines() {}

  /** The first full date in the opening of {@code text}, or {@code null}. */
  static LocalDate find(String text) {
    String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
    LocalDate best = null;
    int at = Integer.MAX_VALUE;
    Matcher m = MONTH_FIRST.matcher(head);
    if (m.find()) {
      LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
      if (d != null) {
        best = d;
        at = m.start();
      }
    }
    m = DAY_FIRST.matcher(head);
    if (m.find() && m.start() < at) {
      LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) {
        best = d;
        at = m.start();
      }
    }
    m = ISO.matcher(head);
    if (m.find() && m.start() < at) {
      LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d != null) {
        best = d;
      }
    }
    return best;
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
