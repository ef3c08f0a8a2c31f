package dossier.ingest;

import java.util.Objects;

/**
 * A RawReport is one report as read from its input, before cleaning: where it came from, whether
 * its content is plain text or HTML, the content itself, and any metadata fields the input gave
 * (each {@code null} when absent).
 */
public record RawReport(
    String source,
    Format format,
    String content,
    String id,
    String url,
    String outlet,
    String published,
    String title) {

  /** The kind of content. */
  public enum Format {
    TEXT,
    HTML
  }

  public RawReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  /** A report with content only. */
  public static RawReport of(String source, Format format, String content) {
    return new RawReport(source, format, content, null, null, null, null, null);
  }
}
