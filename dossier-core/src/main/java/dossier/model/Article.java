package dossier.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An Article is one cleaned news report: its stable id, where it was read from, the metadata
 * inferred for it, and its clean body text with paragraphs separated by blank lines.
 *
 * <p>Optional metadata ({@code outlet}, {@code url}, {@code published}, {@code dateline}, {@code
 * byline}, {@code title}, {@code language}) is {@code null} when unknown. {@code headings} are
 * spans of {@code text} that are sub-headings, not sentences of the story. {@code removed} lists
 * every line or block that cleaning took out of the body.
 */
public record Article(
    String id,
    String source,
    String outlet,
    String url,
    Published published,
    String dateline,
    String byline,
    List<String> credits,
    String title,
    String text,
    List<Span> headings,
    List<Removal> removed,
    String language)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
    credits = List.copyOf(credits);
    headings = List.copyOf(headings);
    removed = List.copyOf(removed);
    for (Span h : headings) {
      if (h.end() > text.length()) {
        throw new IllegalArgumentException("heading span " + h + " outside text of " + id);
      }
    }
  }

  /** A minimal article with only an id and a body, for tests and programmatic use. */
  public static Article of(String id, String text) {
    return new Article(
        id, id, null, null, null, null, null, List.of(), null, text, List.of(), List.of(), null);
  }

  /** This article under another id. */
  public Article withId(String newId) {
    return new Article(
        newId, source, outlet, url, published, dateline, byline, credits, title, text, headings,
        removed, language);
  }

  /** This article with another clean body: its text, heading spans and removed blocks. */
  public Article withBody(String newText, List<Span> newHeadings, List<Removal> newRemoved) {
    return new Article(
        id,
        source,
        outlet,
        url,
        published,
        dateline,
        byline,
        credits,
        title,
        newText,
        newHeadings,
        newRemoved,
        language);
  }

  /** This article with another publication date (a copy inherits its family's date). */
  public Article withPublished(Published newPublished) {
    return new Article(
        id,
        source,
        outlet,
        url,
        newPublished,
        dateline,
        byline,
        credits,
        title,
        text,
        headings,
        removed,
        language);
  }

  /**
   * Java serialization (a Spark shuffle or serialized cache) writes an article as its {@link Form}:
   * its fields in a fixed order, strings as UTF-8, with none of the class descriptors and field
   * lookups a record and its nested lists and records cost the default form.
   */
  @Serial
  private Object writeReplace() {
    return new Form(this);
  }

  /** The serialized form of an {@link Article}; reading it gives the article back. */
  static final class Form implements Externalizable {
    @Serial private static final long serialVersionUID = 1L;

    private Article article;

    /** For deserialization. */
    public Form() {}

    Form(Article article) {
      this.article = article;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
      writeTo(article, out);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
      article = readFrom(in);
    }

    @Serial
    private Object readResolve() {
      return article;
    }

    /** Writes {@code a}'s fields in a fixed order, strings as UTF-8 (see {@link #readFrom}). */
    static void writeTo(Article a, DataOutput out) throws IOException {
      for (String s : new String[] {a.id, a.source, a.outlet, a.url, a.dateline, a.byline}) {
        write(out, s);
      }
      write(out, a.published == null ? null : a.published.value());
      write(out, a.published == null ? null : a.published.from());
      out.writeInt(a.credits.size());
      for (String c : a.credits) {
        write(out, c);
      }
      write(out, a.title);
      write(out, a.text);
      out.writeInt(a.headings.size());
      for (Span h : a.headings) {
        out.writeInt(h.start());
        out.writeInt(h.end());
      }
      out.writeInt(a.removed.size());
      for (Removal r : a.removed) {
        write(out, r.text());
        write(out, r.reason());
      }
      write(out, a.language);
    }

    /** The article {@link #writeTo} wrote. */
    static Article readFrom(DataInput in) throws IOException {
      String id = read(in);
      String source = read(in);
      String outlet = read(in);
      String url = read(in);
      String dateline = read(in);
      String byline = read(in);
      String value = read(in);
      String from = read(in);
      Published published = value == null ? null : new Published(value, from);
      List<String> credits = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        credits.add(read(in));
      }
      String title = read(in);
      String text = read(in);
      List<Span> headings = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        headings.add(new Span(in.readInt(), in.readInt()));
      }
      List<Removal> removed = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        removed.add(new Removal(read(in), read(in)));
      }
      String language = read(in);
      return new Article(
          id, source, outlet, url, published, dateline, byline, credits, title, text, headings,
          removed, language);
    }

    /**
     * A string as its UTF-8 length and bytes; {@code -1} for null; a string with a surrogate
     * character (which UTF-8 could not carry unpaired) as {@code -2 - length} and its UTF-16 units.
     */
    private static void write(DataOutput out, String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      for (int i = 0; i < s.length(); i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          out.writeInt(-2 - s.length());
          out.writeChars(s);
          return;
        }
      }
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    private static String read(DataInput in) throws IOException {
      int n = in.readInt();
      if (n == -1) {
        return null;
      }
      if (n < -1) {
        char[] chars = new char[-2 - n];
        for (int i = 0; i < chars.length; i++) {
          chars[i] = in.readChar();
        }
        return new String(chars);
      }
      byte[] bytes = new byte[n];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
