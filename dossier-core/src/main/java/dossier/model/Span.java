package dossier.model;

import java.io.Serializable;

/**
 * A Span is a half-open range {@code [start, end)} of character offsets into an article's clean
 * text; every claim and alignment points at its evidence with one.
 */
public record Span(int start, int end) implements Comparable<Span>, Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text of {@code text}; throws if the span lies outside it. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
