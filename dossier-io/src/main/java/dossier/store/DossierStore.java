package dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dossier.model.Article;
import dossier.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * A DossierStore is the persistent record of a dossier in one SQLite file: every report with all
 * its revisions, a full-text index over the reports, one record per event as the analysis pipeline
 * produced it, and the background jobs that fed it. The schema is created and upgraded by Flyway
 * migrations ({@code db/migration}).
 *
 * <p>Each report is added in its own transaction, so after a crash every report is there exactly
 * once or not at all. Adding the same input again is a no-op (its content hash is known); a changed
 * input for a known URL (or a known explicit id) becomes a new revision of that report.
 *
 * <p>Thread-safe: writes are serialised on one connection; reads use a small pool of read-only
 * connections and run concurrently with writes (write-ahead log).
 */
public final class DossierStore implements AutoCloseable {

  /** What adding one report did. */
  public enum AddKind {
    ADDED,
    REVISED,
    DUPLICATE
  }

  /** The result of adding one report: its id in the store and its revision number. */
  public record AddOutcome(AddKind kind, String reportId, int revision) {
    public AddOutcome {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reportId, "reportId");
    }
  }

  /** A report as stored: the article of its current revision and when it was added and changed. */
  public record StoredReport(Article article, int revision, String addedAt, String updatedAt) {
    public StoredReport {
      Objects.requireNonNull(article, "article");
    }
  }

  /** One revision of a report. */
  public record Revision(int number, String contentHash, String addedAt, Article article) {}

  /** A report in a list: metadata without the body. */
  public record ReportSummary(
      String id,
      String title,
      String outlet,
      String url,
      String published,
      int revision,
      String addedAt,
      int chars) {}

  /**
   * A full-text search hit: the report and a snippet of its text with the matched terms at {@code
   * marks} (half-open character ranges into the snippet).
   */
  public record SearchHit(
      String id,
      String title,
      String outlet,
      String published,
      String snippet,
      List<int[]> marks,
      double rank) {
    public SearchHit {
      marks = List.copyOf(marks);
    }
  }

  /**
   * One event as the pipeline produced it: summary fields for the event list, the ids of its
   * reports, its full {@code record} (JSON text in the shape of dossier.json for this event) and,
   * when the pipeline renders one, its HTML {@code page} ({@code null} otherwise).
   */
  public record EventEntry(
      String id,
      String title,
      String place,
      List<String> actors,
      String firstDate,
      String lastDate,
      List<String> reportIds,
      int sourceCount,
      String record,
      String page) {
    public EventEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(record, "record");
      actors = List.copyOf(actors);
      reportIds = List.copyOf(reportIds);
      if (sourceCount < 0) {
        throw new IllegalArgumentException("negative source count for event " + id);
      }
    }
  }

  /** An event in a list, with when its record last changed. */
  public record EventSummary(
      String id,
      String title,
      String place,
      List<String> actors,
      String firstDate,
      String lastDate,
      int reportCount,
      int sourceCount,
      String updatedAt) {
    public EventSummary {
      actors = List.copyOf(actors);
    }
  }

  /**
   * Filters for the event list; each {@code null} or blank filter is ignored. Dates are ISO days:
   * an event matches when its date range meets [{@code from}, {@code to}].
   */
  public record EventQuery(
      String text, String place, String actor, String from, String to, int limit, int offset) {
    public EventQuery {
      if (limit < 1 || offset < 0) {
        throw new IllegalArgumentException("limit must be >= 1 and offset >= 0");
      }
    }

    public static EventQuery all() {
      return new EventQuery(null, null, null, null, null, 1000, 0);
    }
  }

  /** A background ingest job and its progress. */
  public record Job(
      String id,
      String label,
      String state,
      String phase,
      int total,
      int done,
      int added,
      int revised,
      int duplicates,
      int rejected,
      String message,
      List<Rejection> rejections,
      String createdAt,
      String updatedAt) {
    public Job {
      Objects.requireNonNull(id, "id");
      rejections = List.copyOf(rejections);
    }

    public boolean finished() {
      return state.equals("done") || state.equals("failed") || state.equals("interrupted");
    }

    /** This job with new progress figures and state. */
    public Job with(
        String newState,
        String newPhase,
        int newTotal,
        int newDone,
        int newAdded,
        int newRevised,
        int newDuplicates,
        List<Rejection> newRejections,
        String newMessage) {
      return new Job(
          id,
          label,
          newState,
          newPhase,
          newTotal,
          newDone,
          newAdded,
          newRevised,
          newDuplicates,
          newRejections.size(),
          newMessage,
          newRejections,
          createdAt,
          updatedAt);
    }
  }

  /** Counts of what the store holds. */
  public record Counts(int reports, int revisions, int events, int indexed) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_'-]*\\*?");
  private static final char MARK_START = '\u0002';
  private static final char MARK_END = '\u0003';
  private static final int READERS = 8;

  private final String url;
  private final Connection writer;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(READERS);
  private final List<Connection> readers = new CopyOnWriteArrayList<>();
  private final Object writeLock = new Object();
  private volatile boolean closed;

  private DossierStore(String url, Connection writer) {
    this.url = url;
    this.writer = writer;
  }

  /**
   * Opens (creating when missing) the store in {@code file}, brings its schema up to date and marks
   * jobs a crash left running as interrupted.
   */
  public static DossierStore open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      Connection writer = connect(url, false);
      DossierStore store = new DossierStore(url, writer);
      store.interruptRunningJobs();
      return store;
    } catch (SQLException | RuntimeException e) {
      throw new IOException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(String url, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    Connection c = DriverManager.getConnection(url, config.toProperties());
    if (readOnly) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA query_only = 1");
      }
    }
    return c;
  }

  // ---------------------------------------------------------------------------------- reports

  /**
   * Adds one cleaned report in one transaction. {@code contentHash} identifies the input it came
   * from; {@code idGiven} says the article's id was given by the input (then a changed input with
   * the same id is a revision) rather than derived from its text (then a clash gets a new id).
   */
  public AddOutcome add(Article article, String contentHash, boolean idGiven) throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contentHash, "contentHash");
    synchronized (writeLock) {
      try {
        writer.setAutoCommit(false);
        try {
          AddOutcome outcome = addInTransaction(article, contentHash, idGiven);
          writer.commit();
          return outcome;
        } catch (SQLException | RuntimeException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new IOException("cannot add report " + article.id() + ": " + e.getMessage(), e);
      }
    }
  }

  private AddOutcome addInTransaction(Article article, String hash, boolean idGiven)
      throws SQLException {
    try (PreparedStatement known =
        writer.prepareStatement("SELECT report_id, number FROM revision WHERE content_hash = ?")) {
      known.setString(1, hash);
      try (ResultSet rs = known.executeQuery()) {
        if (rs.next()) {
          return new AddOutcome(AddKind.DUPLICATE, rs.getString(1), rs.getInt(2));
        }
      }
    }
    String now = Instant.now().toString();
    String target = null;
    if (article.url() != null) {
      target = single("SELECT id FROM report WHERE url = ?", article.url());
    }
    if (target == null && idGiven) {
      target = single("SELECT id FROM report WHERE id = ?", article.id());
    }
    if (target != null) {
      int number =
          Integer.parseInt(
              single("SELECT max(number) + 1 FROM revision WHERE report_id = ?", target));
      Article revised = article.withId(target);
      String json = ArticleRows.write(revised);
      insertRevision(target, number, hash, now, json);
      try (PreparedStatement up =
          writer.prepareStatement(
              "UPDATE report SET url = ?, outlet = ?, title = ?, published = ?, language = ?,"
                  + " revision = ?, updated_at = ?, article = ? WHERE id = ?")) {
        up.setString(1, revised.url());
        up.setString(2, revised.outlet());
        up.setString(3, revised.title());
        up.setString(4, revised.published() == null ? null : revised.published().value());
        up.setString(5, revised.language());
        up.setInt(6, number);
        up.setString(7, now);
        up.setString(8, json);
        up.setString(9, target);
        up.executeUpdate();
      }
      index(revised);
      // The events showing this report (its title, its text) now show an older version.
      try (PreparedStatement bump =
          writer.prepareStatement(
              "UPDATE event SET revision = ? WHERE id IN"
                  + " (SELECT event_id FROM event_report WHERE report_id = ?)")) {
        bump.setLong(1, nextEventRevision());
        bump.setString(2, target);
        bump.executeUpdate();
      }
      return new AddOutcome(AddKind.REVISED, target, number);
    }
    String id = article.id();
    for (int n = 2; single("SELECT id FROM report WHERE id = ?", id) != null; n++) {
      id = article.id() + "-" + n;
    }
    Article stored = article.withId(id);
    String json = ArticleRows.write(stored);
    try (PreparedStatement ins =
        writer.prepareStatement(
            "INSERT INTO report (id, url, outlet, title, published, language, revision,"
                + " added_at, updated_at, article) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
      ins.setString(1, id);
      ins.setString(2, stored.url());
      ins.setString(3, stored.outlet());
      ins.setString(4, stored.title());
      ins.setString(5, stored.published() == null ? null : stored.published().value());
      ins.setString(6, stored.language());
      ins.setString(7, now);
      ins.setString(8, now);
      ins.setString(9, json);
      ins.executeUpdate();
    }
    insertRevision(id, 1, hash, now, json);
    index(stored);
    return new AddOutcome(AddKind.ADDED, id, 1);
  }

  private void insertRevision(String id, int number, String hash, String now, String json)
      throws SQLException {
    try (PreparedStatement ins =
        writer.prepareStatement(
            "INSERT INTO revision (report_id, number, content_hash, added_at, article)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ins.setString(1, id);
      ins.setInt(2, number);
      ins.setString(3, hash);
      ins.setString(4, now);
      ins.setString(5, json);
      ins.executeUpdate();
    }
  }

  private void index(Article a) throws SQLException {
    try (PreparedStatement del =
        writer.prepareStatement("DELETE FROM report_fts WHERE report_id = ?")) {
      del.setString(1, a.id());
      del.executeUpdate();
    }
    try (PreparedStatement ins =
        writer.prepareStatement(
            "INSERT INTO report_fts (report_id, title, outlet, text) VALUES (?, ?, ?, ?)")) {
      ins.setString(1, a.id());
      ins.setString(2, a.title());
      ins.setString(3, a.outlet());
      ins.setString(4, a.text());
      ins.executeUpdate();
    }
  }

  private String single(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The report and revision an input with this content hash became, if it was added before. */
  public Optional<AddOutcome> known(String contentHash) throws IOException {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT report_id, number FROM revision WHERE content_hash = ?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new AddOutcome(AddKind.DUPLICATE, rs.getString(1), rs.getInt(2)))
                  : Optional.empty();
            }
          }
        });
  }

  /** The number of the report's current revision, if the report exists. */
  public OptionalLong reportRevision(String id) throws IOException {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT revision FROM report WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
          }
        });
  }

  /** The report with this id, if any. */
  public Optional<StoredReport> report(String id) throws IOException {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT article, revision, added_at, updated_at FROM report WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredReport(
                      ArticleRows.read(rs.getString(1)),
                      rs.getInt(2),
                      rs.getString(3),
                      rs.getString(4)));
            }
          }
        });
  }

  /** The titles of these reports (the id when a report has none), in the order given. */
  public Map<String, String> titles(List<String> ids) throws IOException {
    return read(
        c -> {
          Map<String, String> out = new java.util.LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT coalesce(title, id) FROM report WHERE id = ?")) {
            for (String id : ids) {
              ps.setString(1, id);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  out.put(id, rs.getString(1));
                }
              }
            }
          }
          return out;
        });
  }

  /** Every revision of a report, oldest first. */
  public List<Revision> revisions(String id) throws IOException {
    return read(
        c -> {
          List<Revision> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT number, content_hash, added_at, article FROM revision"
                      + " WHERE report_id = ? ORDER BY number")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Revision(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        ArticleRows.read(rs.getString(4))));
              }
            }
          }
          return out;
        });
  }

  /** Reports, newest publication first (undated ones by when they were added), then by id. */
  public List<ReportSummary> reports(int limit, int offset) throws IOException {
    return read(
        c -> {
          List<ReportSummary> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, title, outlet, url, published, revision, added_at,"
                      + " length(json_extract(article, '$.text')) FROM report"
                      + " ORDER BY coalesce(published, added_at) DESC, id LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ReportSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getInt(8)));
              }
            }
          }
          return out;
        });
  }

  /** The current revision of every report, in the order they were first added. */
  public List<Article> articles() throws IOException {
    return read(
        c -> {
          List<Article> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT article FROM report ORDER BY added_at, id")) {
            while (rs.next()) {
              out.add(ArticleRows.read(rs.getString(1)));
            }
          }
          return out;
        });
  }

  /**
   * Full-text search over titles, outlets and texts. Every word of {@code query} must occur (a
   * trailing {@code *} matches a prefix); other characters are ignored, so no input is a syntax
   * error. Best matches first.
   */
  public List<SearchHit> search(String query, int limit) throws IOException {
    String match = ftsQuery(query);
    if (match.isEmpty()) {
      return List.of();
    }
    return read(
        c -> {
          List<SearchHit> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT f.report_id, r.title, r.outlet, r.published,"
                      + " snippet(report_fts, 3, char(2), char(3), '…', 24), bm25(report_fts)"
                      + " FROM report_fts f JOIN report r ON r.id = f.report_id"
                      + " WHERE report_fts MATCH ? ORDER BY bm25(report_fts) LIMIT ?")) {
            ps.setString(1, match);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                StringBuilder snippet = new StringBuilder();
                List<int[]> marks = new ArrayList<>();
                String raw = rs.getString(5) == null ? "" : rs.getString(5);
                int start = -1;
                for (int i = 0; i < raw.length(); i++) {
                  char ch = raw.charAt(i);
                  if (ch == MARK_START) {
                    start = snippet.length();
                  } else if (ch == MARK_END) {
                    if (start >= 0) {
                      marks.add(new int[] {start, snippet.length()});
                    }
                    start = -1;
                  } else {
                    snippet.append(ch);
                  }
                }
                out.add(
                    new SearchHit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        snippet.toString(),
                        marks,
                        -rs.getDouble(6)));
              }
            }
          }
          return out;
        });
  }

  /**
   * The ids of the reports that best match any of {@code words} (each taken as a plain word), best
   * first: the candidates a new report may share an event with.
   */
  public List<String> similar(List<String> words, int limit) throws IOException {
    List<String> terms = new ArrayList<>();
    for (String w : words) {
      String bare = w.replaceAll("[^\\p{L}\\p{N}]", "");
      if (!bare.isEmpty()) {
        terms.add("\"" + bare + "\"");
      }
    }
    if (terms.isEmpty()) {
      return List.of();
    }
    String match = String.join(" OR ", terms);
    return read(
        c ->
            strings(
                c,
                "SELECT report_id FROM report_fts WHERE report_fts MATCH ?"
                    + " ORDER BY bm25(report_fts) LIMIT ?",
                match,
                limit));
  }

  /** The ids of every event. */
  public Set<String> eventIds() throws IOException {
    return read(c -> new LinkedHashSet<>(strings(c, "SELECT id FROM event")));
  }

  /** The FTS5 query for free text: each word quoted, all required. */
  static String ftsQuery(String query) {
    if (query == null) {
      return "";
    }
    List<String> terms = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find() && terms.size() < 16) {
      String word = m.group();
      boolean prefix = word.endsWith("*");
      String bare = (prefix ? word.substring(0, word.length() - 1) : word).replace("\"", "");
      terms.add("\"" + bare + "\"" + (prefix ? "*" : ""));
    }
    return String.join(" ", terms);
  }

  // ----------------------------------------------------------------------------------- events

  /**
   * Replaces all events with {@code entries} in one transaction: an event whose record is unchanged
   * is left as it is (its {@code updated_at} too), changed and new ones are written, and events not
   * in {@code entries} are removed. Returns the ids of the events written or removed.
   */
  public Set<String> putEvents(List<EventEntry> entries) throws IOException {
    return updateEvents(entries, null);
  }

  /**
   * Updates some events in one transaction: {@code entries} are written when new or changed, the
   * events {@code remove} names are removed ({@code null}: every event not in {@code entries}), and
   * all others are left alone. Returns the ids of the events written or removed.
   */
  public Set<String> updateEvents(List<EventEntry> entries, Set<String> remove) throws IOException {
    synchronized (writeLock) {
      try {
        writer.setAutoCommit(false);
        try {
          Set<String> changed = putEventsInTransaction(entries, remove);
          writer.commit();
          return changed;
        } catch (SQLException | RuntimeException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new IOException("cannot store events: " + e.getMessage(), e);
      }
    }
  }

  private Set<String> putEventsInTransaction(List<EventEntry> entries, Set<String> remove)
      throws SQLException {
    Set<String> changed = new LinkedHashSet<>();
    String now = Instant.now().toString();
    Set<String> seen = new HashSet<>();
    for (EventEntry e : entries) {
      if (!seen.add(e.id())) {
        throw new IllegalArgumentException("event id twice: " + e.id());
      }
    }
    for (EventEntry e : entries) {
      // Only the events written are read back, so an update costs what it touches.
      boolean exists = false;
      try (PreparedStatement old =
          writer.prepareStatement("SELECT record, page FROM event WHERE id = ?")) {
        old.setString(1, e.id());
        try (ResultSet rs = old.executeQuery()) {
          if (rs.next()) {
            exists = true;
            if (e.record().equals(rs.getString(1)) && Objects.equals(e.page(), rs.getString(2))) {
              continue;
            }
          }
        }
      }
      changed.add(e.id());
      long revision = nextEventRevision();
      if (exists) {
        try (PreparedStatement up =
            writer.prepareStatement(
                "UPDATE event SET title = ?, place = ?, actors = ?, first_date = ?, last_date = ?,"
                    + " report_count = ?, source_count = ?, updated_at = ?, record = ?, page = ?,"
                    + " revision = ? WHERE id = ?")) {
          bindEvent(up, e, now, revision);
          up.setString(12, e.id());
          up.executeUpdate();
        }
        try (PreparedStatement del =
            writer.prepareStatement("DELETE FROM event_report WHERE event_id = ?")) {
          del.setString(1, e.id());
          del.executeUpdate();
        }
      } else {
        try (PreparedStatement ins =
            writer.prepareStatement(
                "INSERT INTO event (title, place, actors, first_date, last_date, report_count,"
                    + " source_count, updated_at, record, page, revision, id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          bindEvent(ins, e, now, revision);
          ins.setString(12, e.id());
          ins.executeUpdate();
        }
      }
      try (PreparedStatement ins =
          writer.prepareStatement(
              "INSERT OR IGNORE INTO event_report (event_id, report_id) VALUES (?, ?)")) {
        for (String r : e.reportIds()) {
          ins.setString(1, e.id());
          ins.setString(2, r);
          ins.addBatch();
        }
        ins.executeBatch();
      }
    }
    Set<String> gone = new LinkedHashSet<>();
    if (remove == null) {
      try (Statement s = writer.createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM event")) {
        while (rs.next()) {
          gone.add(rs.getString(1));
        }
      }
    } else {
      gone.addAll(remove);
    }
    gone.removeAll(seen);
    try (PreparedStatement del = writer.prepareStatement("DELETE FROM event WHERE id = ?")) {
      for (String id : gone) {
        del.setString(1, id);
        if (del.executeUpdate() > 0) {
          changed.add(id);
        }
      }
    }
    return changed;
  }

  private static void bindEvent(PreparedStatement ps, EventEntry e, String now, long revision)
      throws SQLException {
    ps.setString(1, e.title());
    ps.setString(2, e.place());
    ps.setString(3, jsonArray(e.actors()));
    ps.setString(4, e.firstDate());
    ps.setString(5, e.lastDate());
    ps.setInt(6, e.reportIds().size());
    ps.setInt(7, e.sourceCount());
    ps.setString(8, now);
    ps.setString(9, e.record());
    ps.setString(10, e.page());
    ps.setLong(11, revision);
  }

  /** The next number of the store-wide event revision sequence (inside a write transaction). */
  private long nextEventRevision() throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.executeUpdate("UPDATE sequence SET value = value + 1 WHERE name = 'event_revision'");
      try (ResultSet rs =
          s.executeQuery("SELECT value FROM sequence WHERE name = 'event_revision'")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The revision of the event's last change, if the event exists: a number never given to another
   * change of any event, so anything derived from the event at that revision is still right while
   * it is unchanged.
   */
  public OptionalLong eventRevision(String id) throws IOException {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT revision FROM event WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
          }
        });
  }

  /** Events matching {@code query}, latest first. */
  public List<EventSummary> events(EventQuery query) throws IOException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, title, place, actors, first_date, last_date, report_count, source_count,"
                + " updated_at FROM event WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (present(query.text())) {
      sql.append(" AND (title LIKE ? ESCAPE '\\' OR place LIKE ? ESCAPE '\\'")
          .append(" OR actors LIKE ? ESCAPE '\\' OR id IN (SELECT event_id FROM event_report")
          .append(
              " WHERE report_id IN (SELECT report_id FROM report_fts WHERE report_fts MATCH ?)))");
      String like = like(query.text());
      args.add(like);
      args.add(like);
      args.add(like);
      String match = ftsQuery(query.text());
      args.add(match.isEmpty() ? "\"\"" : match);
    }
    if (present(query.place())) {
      sql.append(" AND place LIKE ? ESCAPE '\\'");
      args.add(like(query.place()));
    }
    if (present(query.actor())) {
      sql.append(" AND actors LIKE ? ESCAPE '\\'");
      args.add(like(query.actor()));
    }
    if (present(query.from())) {
      sql.append(" AND coalesce(last_date, first_date) >= ?");
      args.add(query.from().strip());
    }
    if (present(query.to())) {
      sql.append(" AND coalesce(first_date, last_date) <= ?");
      args.add(query.to().strip());
    }
    sql.append(" ORDER BY coalesce(last_date, '') DESC, updated_at DESC, id LIMIT ? OFFSET ?");
    return read(
        c -> {
          List<EventSummary> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String a : args) {
              ps.setString(i++, a);
            }
            ps.setInt(i++, query.limit());
            ps.setInt(i, query.offset());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(eventSummary(rs));
              }
            }
          }
          return out;
        });
  }

  private static EventSummary eventSummary(ResultSet rs) throws SQLException {
    return new EventSummary(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        readArray(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        rs.getInt(8),
        rs.getString(9));
  }

  /** The event with this id: its summary and its full record. */
  public Optional<EventEntry> event(String id) throws IOException {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, title, place, actors, first_date, last_date, source_count, record,"
                      + " page FROM event WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              List<String> reports = new ArrayList<>();
              try (PreparedStatement r =
                  c.prepareStatement(
                      "SELECT report_id FROM event_report WHERE event_id = ? ORDER BY report_id")) {
                r.setString(1, id);
                try (ResultSet rr = r.executeQuery()) {
                  while (rr.next()) {
                    reports.add(rr.getString(1));
                  }
                }
              }
              return Optional.of(
                  new EventEntry(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      readArray(rs.getString(4)),
                      rs.getString(5),
                      rs.getString(6),
                      reports,
                      rs.getInt(7),
                      rs.getString(8),
                      rs.getString(9)));
            }
          }
        });
  }

  /** An event's rendered page and the titles of its reports, without its record. */
  public record EventPage(
      String id, String page, Map<String, String> reportTitles, long revision) {}

  /**
   * The event's page with its reports' titles and the event's revision, if the event exists (page
   * {@code null} if none). The revision is read with the page; the titles just after it.
   */
  public Optional<EventPage> eventPage(String id) throws IOException {
    return read(
        c -> {
          String page;
          long revision;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT page, revision FROM event WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              page = rs.getString(1);
              revision = rs.getLong(2);
            }
          }
          Map<String, String> titles = new java.util.LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT r.id, coalesce(r.title, r.id) FROM event_report e"
                      + " JOIN report r ON r.id = e.report_id WHERE e.event_id = ? ORDER BY r.id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                titles.put(rs.getString(1), rs.getString(2));
              }
            }
          }
          return Optional.of(new EventPage(id, page, titles, revision));
        });
  }

  /** The ids of an event's reports. */
  public List<String> reportsOf(String eventId) throws IOException {
    return read(
        c ->
            strings(
                c,
                "SELECT report_id FROM event_report WHERE event_id = ? ORDER BY report_id",
                eventId));
  }

  /** The ids of the events a report belongs to. */
  public List<String> eventsOf(String reportId) throws IOException {
    return read(
        c ->
            strings(
                c,
                "SELECT event_id FROM event_report WHERE report_id = ? ORDER BY event_id",
                reportId));
  }

  // ------------------------------------------------------------------------------------- jobs

  /** Records a new queued job. */
  public Job createJob(String label, int total) throws IOException {
    String now = Instant.now().toString();
    Job job =
        new Job(
            UUID.randomUUID().toString().substring(0, 12),
            label,
            "queued",
            "queued",
            total,
            0,
            0,
            0,
            0,
            0,
            null,
            List.of(),
            now,
            now);
    synchronized (writeLock) {
      try (PreparedStatement ins =
          writer.prepareStatement(
              "INSERT INTO job (id, label, state, phase, total, done, added, revised, duplicates,"
                  + " rejected, message, rejections, created_at, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        bindJob(ins, job);
        ins.executeUpdate();
      } catch (SQLException e) {
        throw new IOException("cannot record job: " + e.getMessage(), e);
      }
    }
    return job;
  }

  /** Saves a job's progress and state. */
  public void updateJob(Job job) throws IOException {
    synchronized (writeLock) {
      try (PreparedStatement up =
          writer.prepareStatement(
              "UPDATE job SET id = ?, label = ?, state = ?, phase = ?, total = ?, done = ?,"
                  + " added = ?, revised = ?, duplicates = ?, rejected = ?, message = ?,"
                  + " rejections = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
        bindJob(up, job);
        up.setString(15, job.id());
        up.executeUpdate();
      } catch (SQLException e) {
        throw new IOException("cannot update job " + job.id() + ": " + e.getMessage(), e);
      }
    }
  }

  private static void bindJob(PreparedStatement ps, Job j) throws SQLException {
    ps.setString(1, j.id());
    ps.setString(2, j.label());
    ps.setString(3, j.state());
    ps.setString(4, j.phase());
    ps.setInt(5, j.total());
    ps.setInt(6, j.done());
    ps.setInt(7, j.added());
    ps.setInt(8, j.revised());
    ps.setInt(9, j.duplicates());
    ps.setInt(10, j.rejected());
    ps.setString(11, j.message());
    ArrayNode rej = JSON.createArrayNode();
    for (Rejection r : j.rejections()) {
      rej.addObject().put("source", r.source()).put("reason", r.reason());
    }
    ps.setString(12, rej.toString());
    ps.setString(13, j.createdAt());
    ps.setString(14, Instant.now().toString());
  }

  /** The job with this id, if any. */
  public Optional<Job> job(String id) throws IOException {
    return read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT * FROM job WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
          }
        });
  }

  /** The most recent jobs, newest first. */
  public List<Job> jobs(int limit) throws IOException {
    return read(
        c -> {
          List<Job> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT * FROM job ORDER BY created_at DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(job(rs));
              }
            }
          }
          return out;
        });
  }

  private static Job job(ResultSet rs) throws SQLException {
    List<Rejection> rejections = new ArrayList<>();
    try {
      JSON.readTree(rs.getString("rejections"))
          .forEach(
              r ->
                  rejections.add(
                      new Rejection(r.path("source").asText(), r.path("reason").asText())));
    } catch (JsonProcessingException e) {
      throw new SQLException("corrupt job row: " + e.getOriginalMessage(), e);
    }
    return new Job(
        rs.getString("id"),
        rs.getString("label"),
        rs.getString("state"),
        rs.getString("phase"),
        rs.getInt("total"),
        rs.getInt("done"),
        rs.getInt("added"),
        rs.getInt("revised"),
        rs.getInt("duplicates"),
        rs.getInt("rejected"),
        rs.getString("message"),
        rejections,
        rs.getString("created_at"),
        rs.getString("updated_at"));
  }

  private void interruptRunningJobs() throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.executeUpdate(
          "UPDATE job SET state = 'interrupted', message = 'the server stopped during this job;"
              + " add the same input again to finish it (reports already added are kept once)'"
              + " WHERE state IN ('queued', 'running')");
    }
  }

  // ------------------------------------------------------------------------------ consistency

  /** How many reports the store holds (without counting the search index, as counts() does). */
  public int reportCount() throws IOException {
    return read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT count(*) FROM report")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  /** How many reports, revisions, events and indexed documents the store holds. */
  public Counts counts() throws IOException {
    return read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT (SELECT count(*) FROM report), (SELECT count(*) FROM revision),"
                          + " (SELECT count(*) FROM event), (SELECT count(*) FROM report_fts)")) {
            rs.next();
            return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
          }
        });
  }

  /**
   * Checks the store: SQLite's integrity check, foreign keys, and that every report has its current
   * revision and exactly one entry in the search index. Returns the problems found (none when
   * consistent). Runs on a fresh connection: SQLite's integrity check of an FTS5 table can report a
   * malformed index falsely on a connection that read the table before another wrote it.
   */
  public List<String> check() throws IOException {
    if (closed) {
      throw new IOException("store is closed");
    }
    try (Connection fresh = connect(url, true)) {
      return checkOn(fresh);
    } catch (SQLException e) {
      throw new IOException("store check failed: " + e.getMessage(), e);
    }
  }

  private static List<String> checkOn(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        while (rs.next()) {
          if (!rs.getString(1).equals("ok")) {
            problems.add("integrity: " + rs.getString(1));
          }
        }
      }
      try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
        while (rs.next()) {
          problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id FROM report r WHERE NOT EXISTS (SELECT 1 FROM revision v"
                  + " WHERE v.report_id = r.id AND v.number = r.revision)"
                  + " OR r.revision <> (SELECT max(number) FROM revision v"
                  + " WHERE v.report_id = r.id)")) {
        while (rs.next()) {
          problems.add("report without its current revision: " + rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT r.id, (SELECT count(*) FROM report_fts f WHERE f.report_id = r.id)"
                  + " AS n FROM report r WHERE n <> 1")) {
        while (rs.next()) {
          problems.add("report indexed " + rs.getInt(2) + " times for search: " + rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM report_fts f WHERE NOT EXISTS"
                  + " (SELECT 1 FROM report r WHERE r.id = f.report_id)")) {
        rs.next();
        if (rs.getInt(1) > 0) {
          problems.add(rs.getInt(1) + " search entries without a report");
        }
      }
    }
    return problems;
  }

  // ------------------------------------------------------------------------------- plumbing

  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  /** The first column of a query's rows, as strings; {@code params} fill its {@code ?} in order. */
  private static List<String> strings(Connection c, String sql, Object... params)
      throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private <T> T read(Query<T> query) throws IOException {
    if (closed) {
      throw new IOException("store is closed");
    }
    Connection c = idle.poll();
    try {
      if (c == null) {
        if (readers.size() < READERS) {
          c = connect(url, true);
          readers.add(c);
        } else {
          c = idle.take();
        }
      }
      return query.run(c);
    } catch (SQLException e) {
      throw new IOException("store read failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the store", e);
    } finally {
      if (c != null && !idle.offer(c)) {
        closeQuietly(c);
      }
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String like(String s) {
    return "%"
        + s.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }

  private static String jsonArray(List<String> values) {
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    return a.toString();
  }

  private static List<String> readArray(String json) throws SQLException {
    List<String> out = new ArrayList<>();
    try {
      JSON.readTree(json).forEach(n -> out.add(n.asText()));
    } catch (JsonProcessingException e) {
      throw new SQLException("corrupt JSON array: " + e.getOriginalMessage(), e);
    }
    return out;
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a read connection cannot lose data
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (writeLock) {
      for (Connection c : readers) {
        closeQuietly(c);
      }
      closeQuietly(writer);
    }
  }
}
