package dossier.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A DateMention is a date or date range named in a report ("Saturday", "on 25 July", "between
 * Friday and Saturday", "in 2023"), resolved against the report's publication date: {@code start}
 * and {@code end} (equal for one day; both {@code null} when it could not be resolved, e.g. a
 * weekday in a report without a date), and its {@code precision}.
 */
public record DateMention(
    String articleId, Span span, String text, LocalDate start, LocalDate end, Precision precision)
    implements Claim, Serializable {

  /** How precise a date is; {@code ucdp()} gives UCDP's {@code date_prec} code. */
  public enum Precision {
    DAY(1),
    /** A range of two to six days. */
    DAYS(2),
    WEEK(3),
    MONTH(4),
    YEAR(5),
    /** Named but not resolved (no publication date to count from). */
    UNRESOLVED(0);

    private final int ucdp;

    Precision(int ucdp) {
      this.ucdp = ucdp;
    }

    public int ucdp() {
      return ucdp;
    }
  }

  public DateMention {
    Claim.check(articleId, span);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(precision, "precision");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("date range with one end only");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("date range ends before it starts: " + text);
    }
  }
}
