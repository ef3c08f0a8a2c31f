package dossier.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Gazetteer looks up place names, by {@link PlaceKey}, among populated places, first-level
 * regions and countries, from GeoNames data (CC BY 4.0) shipped as {@code places.tsv} and {@code
 * admin1.tsv}; country names come from the JDK's locale data, placed at their capitals. Immutable
 * and thread-safe once loaded.
 */
final class Gazetteer {

  /** One gazetteer entry; {@code level} is "place", "region" or "country". */
  record Entry(
      String id,
      String name,
      String level,
      String feature,
      String country,
      String region,
      double latitude,
      double longitude,
      long population) {}

  private final Map<String, List<Entry>> places = new HashMap<>();
  private final Map<String, List<Entry>> regions = new HashMap<>();
  private final Map<String, Entry> regionsByCode = new HashMap<>();
  private final Map<String, Entry> countries = new HashMap<>();
  private final Map<String, Entry> countriesByCode = new HashMap<>();

  private static final class Shared {
    static final Gazetteer INSTANCE = new Gazetteer();
  }

  static Gazetteer shared() {
    return Shared.INSTANCE;
  }

  private Gazetteer() {
    Map<String, Entry> capitals = new HashMap<>();
    Map<String, String> regionNames = new HashMap<>();
    for (String[] r : read("admin1.tsv")) {
      regionNames.put(r[0], r[1]);
    }
    for (String[] r : read("places.tsv")) {
      String code = r[6] + "." + r[7];
      Entry e =
          new Entry(
              r[0],
              r[1],
              "place",
              r[5],
              r[6],
              regionNames.get(code),
              Double.parseDouble(r[3]),
              Double.parseDouble(r[4]),
              Long.parseLong(r[8]));
      add(places, r[1], e);
      if (!r[2].isEmpty()) {
        for (String v : r[2].split("\\|")) {
          add(places, v, e);
        }
      }
      if (r[5].equals("PPLC")) {
        capitals.merge(r[6], e, (a, b) -> a.population() >= b.population() ? a : b);
      }
    }
    for (String[] r : read("admin1.tsv")) {
      if (r.length < 4 || r[2].isEmpty()) {
        continue;
      }
      String cc = r[0].substring(0, 2);
      Entry e =
          new Entry(
              r[0],
              r[1],
              "region",
              "ADM1",
              cc,
              r[1],
              Double.parseDouble(r[2]),
              Double.parseDouble(r[3]),
              0);
      add(regions, r[1], e);
      regionsByCode.put(r[0], e);
    }
    for (String cc : Locale.getISOCountries()) {
      Entry capital = capitals.get(cc);
      if (capital == null) {
        continue;
      }
      String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      Entry e =
          new Entry(
              cc, name, "country", "PCLI", cc, null, capital.latitude(), capital.longitude(), 0);
      countries.put(PlaceKey.of(name), e);
      countriesByCode.put(cc, e);
    }
    for (Map.Entry<String, String> alias :
        Map.of(
                "US", "United States of America",
                "GB", "Britain",
                "CD", "Democratic Republic of Congo",
                "CI", "Ivory Coast",
                "MM", "Burma",
                "CZ", "Czech Republic",
                "AE", "UAE")
            .entrySet()) {
      Entry e = countriesByCode.get(alias.getKey());
      if (e != null) {
        countries.putIfAbsent(PlaceKey.of(alias.getValue()), e);
      }
    }
    for (String[] alias : new String[][] {{"US", "US"}, {"US", "USA"}, {"GB", "UK"}}) {
      Entry e = countriesByCode.get(alias[0]);
      if (e != null) {
        countries.putIfAbsent(PlaceKey.of(alias[1]), e);
      }
    }
    places.values().forEach(l -> l.sort(Comparator.comparingLong(Entry::population).reversed()));
  }

  private static void add(Map<String, List<Entry>> map, String name, Entry e) {
    List<Entry> list = map.computeIfAbsent(PlaceKey.of(name), k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  private volatile Set<String> nameWords;

  /**
   * Lower-cased one-word names of countries, first-level regions, seats of government and places
   * over 100,000 people: the words to capitalise again in text written in capitals.
   */
  Set<String> nameWords() {
    Set<String> words = nameWords;
    if (words == null) {
      Set<String> all = new java.util.HashSet<>();
      for (Entry e : countries.values()) {
        all.add(Discourse.lower(e.name()));
      }
      for (List<Entry> list : regions.values()) {
        for (Entry e : list) {
          all.add(Discourse.lower(e.name()));
        }
      }
      for (List<Entry> list : places.values()) {
        for (Entry e : list) {
          if (e.population() >= 100_000
              || e.feature().startsWith("PPLA")
              || e.feature().equals("PPLC")) {
            all.add(Discourse.lower(e.name()));
          }
        }
      }
      Set<String> folded = new java.util.HashSet<>();
      for (String w : all) {
        folded.add(
            java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", ""));
      }
      all.addAll(folded);
      all.removeIf(w -> w.length() < 4 || w.contains(" "));
      nameWords = words = Set.copyOf(all);
    }
    return words;
  }

  /** Whether {@code name} names a country, including the short forms "US", "UK", "U.S.". */
  boolean knowsCountry(String name) {
    return country(name) != null;
  }

  /** The country named {@code name}, or null. */
  Entry country(String name) {
    return countries.get(PlaceKey.of(name));
  }

  Entry countryByCode(String cc) {
    return countriesByCode.get(cc);
  }

  Entry regionByCode(String code) {
    return regionsByCode.get(code);
  }

  /** The first-level region named {@code name}, preferring one in {@code countries}, or null. */
  Entry region(String name, Set<String> inCountries) {
    List<Entry> list = regions.getOrDefault(PlaceKey.of(name), List.of());
    for (Entry e : list) {
      if (inCountries.contains(e.country())) {
        return e;
      }
    }
    return list.size() == 1 ? list.get(0) : null;
  }

  /**
   * The populated place named {@code name}: the most populous one in {@code inCountries}, else a
   * well-known one (a capital or over 100,000 people) anywhere; null when the name is unknown or
   * too ambiguous to place without guessing.
   */
  Entry place(String name, Set<String> inCountries) {
    List<Entry> list = places.getOrDefault(PlaceKey.of(name), List.of());
    for (Entry e : list) {
      if (inCountries.contains(e.country())) {
        return e;
      }
    }
    for (Entry e : list) {
      if (e.feature().equals("PPLC") || e.population() >= 100_000) {
        return e;
      }
    }
    return null;
  }

  /** Whether any entry has this name. */
  boolean knows(String name) {
    String key = PlaceKey.of(name);
    return places.containsKey(key) || regions.containsKey(key) || countries.containsKey(key);
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream("/dossier/claim/" + name)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer file " + name + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + name, e);
    }
    return rows;
  }
}
