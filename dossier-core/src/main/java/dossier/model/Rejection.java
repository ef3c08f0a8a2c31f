package dossier.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Rejection is an input that could not become an article: the source it came from (a path, a path
 * with a line number, or "-" for stdin) and why, in words a user can act on.
 */
public record Rejection(String source, String reason) implements Serializable {
  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line for a terminal: {@code source: reason}. */
  public String message() {
    return source + ": " + reason;
  }
}
