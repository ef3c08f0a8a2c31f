package dossier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.zip.GZIPOutputStream;

/**
 * A PageCache holds what the server derived from each event at one revision of it: the event page
 * ready to send (UTF-8 bytes and its Content-Security-Policy) and the evidence spans its record
 * cites in each report; and each report's page, made from the report's revision and its events'. An
 * entry is used only while those revisions in the store are the ones it was made from, so a page
 * whose sources change is rendered again on its next request and an unchanged one never is. Holds
 * at most {@code capacity} events of each kind and a budget of page bytes; when either is full it
 * starts afresh. Thread-safe: two requests for a stale entry may both render it, and either result
 * is right.
 */
final class PageCache {

  /**
   * An event page ready to send: its UTF-8 bytes, the same gzip-compressed (compressed once here
   * rather than on every request that accepts gzip) and its Content-Security-Policy.
   */
  record Page(byte[] html, byte[] gzip, String csp) {
    static Page of(String html, String csp) {
      byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
        zip.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // cannot happen in memory
      }
      return new Page(bytes, out.toByteArray(), csp);
    }
  }

  /**
   * Values keyed by id, each with the stamp of what it was made from (an event's revision; for a
   * report page, the report's and its events' revisions), within a size budget.
   */
  private static final class Held<T> {
    private record Entry<T>(Object stamp, T value, long size) {}

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final long budget;
    private final ToLongFunction<T> sizeOf;
    private long held;

    Held(int capacity, long budget, ToLongFunction<T> sizeOf) {
      this.capacity = capacity;
      this.budget = budget;
      this.sizeOf = sizeOf;
    }

    T get(String id, Object stamp) {
      Entry<T> e = entries.get(id);
      return e != null && e.stamp().equals(stamp) ? e.value() : null;
    }

    /** Puts are rare (one per revision), so they take a lock; gets never do. */
    synchronized void put(String id, Object stamp, T value) {
      long size = sizeOf.applyAsLong(value);
      if (size > budget) {
        return;
      }
      Entry<T> old = entries.remove(id);
      if (old != null) {
        held -= old.size();
      }
      if (entries.size() >= capacity || held + size > budget) {
        entries.clear();
        held = 0;
      }
      entries.put(id, new Entry<>(stamp, value, size));
      held += size;
    }
  }

  private final Held<Page> pages;
  private final Held<Page> reportPages;
  private final Held<Map<String, List<Html.Mark>>> evidence;

  /**
   * @param capacity most events held, for pages and for evidence each
   * @param maxPageBytes most bytes of pages held (plain and gzip together); a larger page is not
   *     held at all
   */
  PageCache(int capacity, long maxPageBytes) {
    if (capacity < 1 || maxPageBytes < 1) {
      throw new IllegalArgumentException("capacity and maxPageBytes must be >= 1");
    }
    this.pages = new Held<>(capacity, maxPageBytes, p -> p.html().length + p.gzip().length);
    this.reportPages = new Held<>(capacity, maxPageBytes, p -> p.html().length + p.gzip().length);
    this.evidence =
        new Held<>(
            capacity,
            Long.MAX_VALUE,
            byReport -> byReport.values().stream().mapToLong(List::size).sum());
  }

  /** The event's page made at {@code revision}, or {@code null} when none is held. */
  Page page(String eventId, long revision) {
    return pages.get(eventId, revision);
  }

  void putPage(String eventId, long revision, Page page) {
    pages.put(eventId, revision, page);
  }

  /**
   * The report's page made from the state {@code stamp} names (equal stamps, equal pages), or
   * {@code null}.
   */
  Page reportPage(String reportId, Object stamp) {
    return reportPages.get(reportId, stamp);
  }

  void putReportPage(String reportId, Object stamp, Page page) {
    reportPages.put(reportId, stamp, page);
  }

  /** The event's evidence spans by report id made at {@code revision}, or {@code null}. */
  Map<String, List<Html.Mark>> evidence(String eventId, long revision) {
    return evidence.get(eventId, revision);
  }

  void putEvidence(String eventId, long revision, Map<String, List<Html.Mark>> byReport) {
    evidence.put(eventId, revision, Map.copyOf(byReport));
  }
}
