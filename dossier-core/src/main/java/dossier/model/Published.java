package dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A Published is an article's publication time as an ISO-8601 date ({@code 2024-07-28}) or
 * date-time ({@code 2024-07-28T10:15:00Z}), with where it was found ({@code from}: "field",
 * "json-ld", "meta", "text", "url", ...).
 */
public record Published(String value, String from) implements Serializable {
  public Published {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
    parseDate(value); // validates
  }

  /** The calendar date of publication. */
  public LocalDate date() {
    return parseDate(value);
  }

  private static LocalDate parseDate(String value) {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
      if (value.length() > 10 && value.charAt(10) == 'T') {
        try {
          return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
          return java.time.LocalDateTime.parse(value).toLocalDate();
        }
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date or date-time: " + value, e);
    }
    throw new IllegalArgumentException("not an ISO date or date-time: " + value);
  }
}
