package dossier.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NamedSources knows the news agencies a report may credit ({@code agencies.tsv}) and the outlets a
 * URL, handle or copyright line may name ({@code outlets.tsv}).
 */
final class NamedSources {

  /**
   * One agency: its canonical name, the literal names it goes by, and its patterns. Every branch of
   * {@code credit} and {@code bare} contains one of the names verbatim (the match is
   * case-sensitive), so a text holding none of them cannot match, and the scan with the pattern's
   * many branches is skipped.
   */
  private record Agency(String canonical, List<String> names, Pattern credit, Pattern bare) {
    boolean mayAppearIn(String text) {
      for (String name : names) {
        if (text.contains(name)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Agency> AGENCIES = loadAgencies();
  private static final Map<String, String> OUTLETS = loadOutlets();
  private static final Pattern HANDLE = Pattern.compile("@([A-Za-z0-9_.]{2,40})");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "\\b((?:[a-z0-9-]+\\.)+(?:com|net|org|fr|uk|de|es|it|ru|ua|info|news|io|africa|ca|au|in|co))\\b",
          Pattern.CASE_INSENSITIVE);

  private NamedSources() {}

  /** Agencies that {@code text} credits: "By AFP", "told AFP", "(Reuters)", "according to AP". */
  static List<String> credits(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Agency agency : AGENCIES) {
      if (agency.mayAppearIn(text) && agency.credit().matcher(text).find()) {
        out.add(agency.canonical());
      }
    }
    return List.copyOf(out);
  }

  /** The agencies a byline names ("AFP", "Agence France-Presse"). */
  static List<String> agenciesNamed(String byline) {
    Set<String> out = new LinkedHashSet<>();
    for (Agency agency : AGENCIES) {
      if (agency.mayAppearIn(byline) && agency.bare().matcher(byline).find()) {
        out.add(agency.canonical());
      }
    }
    return List.copyOf(out);
  }

  /** The outlet a URL belongs to: its name when known, otherwise its host without "www.". */
  static Optional<String> outletOfUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = new URI(url.strip()).getHost();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    String h = host;
    while (h.contains(".")) {
      String name = OUTLETS.get(h);
      if (name != null) {
        return Optional.of(name);
      }
      h = h.substring(h.indexOf('.') + 1);
    }
    return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
  }

  /** The outlet named by a site's own promo or copyright line, by its handle or domain. */
  static Optional<String> outletNamedIn(String line) {
    Matcher m = HANDLE.matcher(line);
    while (m.find()) {
      Optional<String> name = outletOfHandle(m.group(1));
      if (name.isPresent()) {
        return name;
      }
    }
    m = DOMAIN.matcher(line);
    while (m.find()) {
      Optional<String> name = outletOfUrl("https://" + m.group(1));
      if (name.isPresent() && OUTLETS.containsValue(name.get())) {
        return name;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> outletOfHandle(String handle) {
    String key = handle.toLowerCase(Locale.ROOT).replaceAll("[.]+$", "");
    for (String candidate :
        List.of(key, key.replaceAll("_?(official|news|online|english|en|tv)$", ""))) {
      String name = OUTLETS.get(candidate);
      if (name != null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static List<Agency> loadAgencies() {
    List<Agency> out = new ArrayList<>();
    for (String[] row : rows("agencies.tsv")) {
      List<String> literals = List.of(row[1].split("\\|"));
      for (String literal : literals) {
        if (literal.matches(".*[\\\\\\[\\](){}.*+?^$|].*")) {
          throw new IllegalStateException("agencies.tsv: a name must be literal text: " + literal);
        }
      }
      String names = "(?:" + row[1] + ")";
      String bare = "(?<![\\w-])" + names + "(?![\\w-])";
      String credit =
          "(?:\\b(?:told|to|according to|quoted by|cited by|reported by|via|with|by|By|from|for)"
              + "\\s+(?:the\\s+)?"
              + bare
              + "|\\(\\s*"
              + names
              + "\\s*\\)"
              + "|"
              + bare
              + "\\s+(?:reported|said|reports|says|learned|learnt|contributed|news agency|correspondents?|journalists?|reporters?)\\b"
              + "|[—–-]\\s*"
              + bare
              + "\\s*$"
              + "|^\\s*"
              + bare
              + "\\s*$"
              + "|"
              + bare
              + "\\s*/\\s*\\p{Lu})";
      out.add(
          new Agency(
              row[0], literals, Pattern.compile(credit, Pattern.MULTILINE), Pattern.compile(bare)));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> loadOutlets() {
    Map<String, String> out = new HashMap<>();
    for (String[] row : rows("outlets.tsv")) {
      for (String key : row[1].split("\\|")) {
        out.putIfAbsent(key.toLowerCase(Locale.ROOT), row[0]);
      }
    }
    return Map.copyOf(out);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = NamedSources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
