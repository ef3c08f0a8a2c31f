package dossier.claim;

import dossier.model.PlaceMention;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PlaceExtractor finds named places and geocodes them with the {@link Gazetteer}. A run of
 * capitalised words is a place when the gazetteer knows it or when the text puts it after a
 * locative word ("in", "near", "towards", "the town of") or before a place noun ("district"). A
 * place the gazetteer lacks is placed at the region the text states for it ("in the Kidal region",
 * "a crossroads in Kidal"), else at the country the report is mostly about, each with a coarser
 * precision and the basis said; it is never dropped. A dateline is marked as where the report was
 * filed.
 */
final class PlaceExtractor implements Extractor<PlaceMention> {

  private static final Set<String> LOCATIVES =
      Set.of("in", "near", "toward", "towards", "at", "from", "outside", "around", "to", "into");
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "town",
          "city",
          "village",
          "district",
          "region",
          "province",
          "commune",
          "area",
          "border",
          "camp",
          "base",
          "locality",
          "municipality",
          "county",
          "state",
          "crossroads",
          "crossing",
          "hub",
          "stronghold",
          "bastion",
          "oasis",
          "settlement",
          "outpost",
          "capital",
          "port",
          "valley",
          "enclave");
  private static final Set<String> NOT_PLACES =
      Set.of(
          "Islam",
          "Muslims",
          "God",
          "Allah",
          "Telegram",
          "Facebook",
          "Twitter",
          "X",
          "North",
          "South",
          "East",
          "West",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Central");

  /** Continents and macro-regions: named, but too large to place. */
  private static final Set<String> MACRO_REGIONS =
      Set.of(
          "africa",
          "europe",
          "asia",
          "america",
          "north america",
          "south america",
          "latin america",
          "middle east",
          "sahel",
          "sahara",
          "west africa",
          "east africa",
          "north africa",
          "sub-saharan africa",
          "horn of africa",
          "maghreb",
          "balkans",
          "caucasus",
          "oceania");

  private static final Pattern DATELINE =
      Pattern.compile(
          "\\A\\s*(?:date \\S+\\s+)?([A-Z][A-Za-z'’ .-]{1,40}?)(?:,\\s*([A-Z][A-Za-z'’ .-]{1,30}?))?\\s*(?:[:—–]|\\s-\\s|\\(\\w+\\))");

  private final Gazetteer gazetteer;

  PlaceExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private record Candidate(Sentence sentence, int from, int to, String text, boolean cued) {}

  @Override
  public List<PlaceMention> extract(Discourse d) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> placeKeys = new HashSet<>();
    for (Sentence s : d.doc.sentences) {
      Set<Integer> actorTokens = new HashSet<>();
      for (ActorFinder.Hit h : d.actorsOf(s)) {
        for (int k = h.from(); k < h.to(); k++) {
          actorTokens.add(k);
        }
      }
      int i = 0;
      while (i < s.size()) {
        if (!startsName(d, s, i) || actorTokens.contains(i)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < s.size() && continuesName(d, s, j) && !actorTokens.contains(j)) {
          j++;
        }
        String text = d.words(s, i, j);
        boolean headline = titleCase(d, s.get(i));
        boolean cued = cued(s, i, j) && !headline;
        if (MACRO_REGIONS.contains(Discourse.lower(text))) {
          if (cued || headline) {
            candidates.add(new Candidate(s, i, j, text, true));
            placeKeys.add(PlaceKey.of(text));
          }
          i = j;
          continue;
        }
        Candidate c = new Candidate(s, i, j, text, cued);
        if (known(d, text) || cued) {
          candidates.add(c);
          placeKeys.add(PlaceKey.of(text));
        } else {
          candidates.add(new Candidate(s, i, j, text, false));
        }
        i = j;
      }
    }
    Span dateline = dateline(d);
    Map<String, String[]> regionOf = new HashMap<>();
    List<PlaceMention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      String key = PlaceKey.of(c.text());
      if (!placeKeys.contains(key)) {
        continue;
      }
      if (!known(d, c.text())) {
        String[] region = statedRegion(d, c);
        if (region != null) {
          regionOf.putIfAbsent(key, region);
        }
      }
    }
    for (Candidate c : candidates) {
      String key = PlaceKey.of(c.text());
      if (!placeKeys.contains(key)) {
        continue;
      }
      Span span = d.span(c.sentence(), c.from(), c.to());
      boolean isDateline = dateline != null && dateline.contains(span);
      out.add(geocode(d, c, key, span, regionOf.get(key), isDateline));
    }
    if (dateline != null && out.stream().noneMatch(PlaceMention::dateline)) {
      String text = dateline.of(d.doc.text);
      Gazetteer.Entry e = gazetteer.place(text, d.countries);
      if (e != null) {
        out.add(0, mention(d, dateline, text, e, 1, "gazetteer", true));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  private boolean known(Discourse d, String text) {
    if (gazetteer.country(text) != null || gazetteer.place(text, d.countries) != null) {
      return true;
    }
    Gazetteer.Entry region = gazetteer.region(text, d.countries);
    return region != null && d.countries.contains(region.country());
  }

  private boolean startsName(Discourse d, Sentence s, int i) {
    Token t = s.get(i);
    if (!t.capitalised() || t.isPunct() || t.text().length() < 2) {
      return false;
    }
    if (NOT_PLACES.contains(t.text())
        || d.lexicon.demonym(t.text()) != null
        || Lexicon.MONTHS.contains(t.lower())
        || Lexicon.WEEKDAYS.contains(t.lower())
        || (Lexicon.isAcronym(t.text()) && gazetteer.country(t.text()) == null)) {
      return false;
    }
    if (i + 1 < s.size() && (s.get(i + 1).is("’s") || s.get(i + 1).is("'s"))) {
      return gazetteer.country(t.text()) != null || gazetteer.place(t.text(), d.countries) != null;
    }
    return t.tag().equals("PROPN") || (i > 0 && !s.get(i - 1).isQuoteMark());
  }

  /** A headline written in title case, where capitals say nothing about names. */
  private static boolean titleCase(Discourse d, Token token) {
    String work = d.doc.work;
    int from = work.lastIndexOf('\n', token.start()) + 1;
    int to = work.indexOf('\n', token.start());
    String line = work.substring(from, to < 0 ? work.length() : to);
    int words = 0;
    int capitals = 0;
    for (String w : line.split("[^\\p{L}]+")) {
      if (w.length() > 3) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitals++;
        }
      }
    }
    return words >= 3 && capitals * 5 >= words * 4;
  }

  private static boolean continuesName(Discourse d, Sentence s, int j) {
    Token t = s.get(j);
    Token before = s.get(j - 1);
    return d.doc.work.substring(before.end(), t.start()).equals(" ")
        && t.capitalised()
        && !t.isPunct()
        && t.tag().equals("PROPN")
        && !Lexicon.MONTHS.contains(t.lower())
        && !Lexicon.WEEKDAYS.contains(t.lower());
  }

  private static boolean cued(Sentence s, int from, int to) {
    if (from > 0 && LOCATIVES.contains(s.get(from - 1).lower())) {
      return true;
    }
    if (from > 2 && s.get(from - 1).is("of") && PLACE_NOUNS.contains(s.get(from - 2).lower())) {
      return true;
    }
    if (from > 1 && s.get(from - 1).is("of") && s.get(from - 2).lower().equals("battle")) {
      return true;
    }
    if (to < s.size()
        && PLACE_NOUNS.contains(s.get(to).lower())
        && !s.get(to).lower().equals("state")) {
      return true;
    }
    // An apposition that says what the place is: "In-Afarak, a commercial crossroads in Kidal".
    if (to + 2 < s.size() && s.get(to).is(",")) {
      int k = to + 1;
      if (s.get(k).is("a") || s.get(k).is("an") || s.get(k).is("the")) {
        k++;
      }
      for (int n = 0; n < 4 && k < s.size(); n++, k++) {
        if (PLACE_NOUNS.contains(s.get(k).lower()) && !s.get(k).is("state")) {
          return true;
        }
        if (s.get(k).isPunct()) {
          break;
        }
      }
    }
    return false;
  }

  /** A region the sentence states for an unknown place: "in the Kidal region", "in Kidal". */
  private String[] statedRegion(Discourse d, Candidate c) {
    Sentence s = c.sentence();
    for (int k = c.to(); k < s.size(); k++) {
      if (!s.get(k).is("in") && !s.get(k).is("of")) {
        continue;
      }
      int a = k + 1;
      if (a < s.size() && s.get(a).is("the")) {
        a++;
      }
      int b = a;
      while (b < s.size() && s.get(b).capitalised() && !s.get(b).isPunct()) {
        b++;
      }
      if (b == a) {
        continue;
      }
      String name = d.words(s, a, b);
      Gazetteer.Entry region = gazetteer.region(name, d.countries);
      if (region == null) {
        Gazetteer.Entry place = gazetteer.place(name, d.countries);
        if (place != null && place.region() != null) {
          region = gazetteer.region(place.region(), Set.of(place.country()));
        }
      }
      if (region != null) {
        return new String[] {region.id(), name};
      }
    }
    return null;
  }

  private PlaceMention geocode(
      Discourse d, Candidate c, String key, Span span, String[] region, boolean isDateline) {
    String text = c.text();
    if (MACRO_REGIONS.contains(Discourse.lower(text))) {
      return new PlaceMention(
          d.doc.id,
          span,
          text,
          key,
          text,
          null,
          null,
          null,
          null,
          null,
          0,
          "a continent or macro-region; not placed",
          isDateline);
    }
    Gazetteer.Entry country = gazetteer.country(text);
    if (country != null) {
      return mention(d, span, text, country, 6, "gazetteer country", isDateline);
    }
    boolean regionWord = c.to() < c.sentence().size() && c.sentence().get(c.to()).is("region");
    Gazetteer.Entry e = regionWord ? gazetteer.region(text, d.countries) : null;
    if (e != null) {
      return mention(d, span, text, e, 4, "gazetteer region", isDateline);
    }
    e = gazetteer.place(text, d.countries);
    if (e != null) {
      return mention(d, span, text, e, 1, "gazetteer", isDateline);
    }
    e = gazetteer.region(text, d.countries);
    if (e != null && d.countries.contains(e.country())) {
      return mention(d, span, text, e, 4, "gazetteer region", isDateline);
    }
    if (region != null) {
      Gazetteer.Entry r = gazetteer.regionByCode(region[0]);
      return new PlaceMention(
          d.doc.id,
          span,
          text,
          key,
          text,
          null,
          r.country(),
          r.name(),
          r.latitude(),
          r.longitude(),
          4,
          "not in gazetteer; placed at stated region " + region[1],
          isDateline);
    }
    String home = homeCode(d);
    Gazetteer.Entry hc = home == null ? null : gazetteer.countryByCode(home);
    if (hc != null) {
      return new PlaceMention(
          d.doc.id,
          span,
          text,
          key,
          text,
          null,
          hc.country(),
          null,
          hc.latitude(),
          hc.longitude(),
          6,
          "not in gazetteer and no region stated; placed at the report's country " + hc.name(),
          isDateline);
    }
    return new PlaceMention(
        d.doc.id,
        span,
        text,
        key,
        text,
        null,
        null,
        null,
        null,
        null,
        0,
        "not in gazetteer; not placed",
        isDateline);
  }

  private static String homeCode(Discourse d) {
    for (String cc : d.countries) {
      if (ActorFinder.countryName(cc).equals(d.home)) {
        return cc;
      }
    }
    return null;
  }

  private PlaceMention mention(
      Discourse d,
      Span span,
      String text,
      Gazetteer.Entry e,
      int precision,
      String basis,
      boolean isDateline) {
    String region = e.level().equals("region") ? e.name() : e.region();
    return new PlaceMention(
        d.doc.id,
        span,
        text,
        PlaceKey.of(text),
        e.name(),
        e.id(),
        e.country(),
        region,
        e.latitude(),
        e.longitude(),
        precision,
        basis,
        isDateline);
  }

  /** The dateline at the start of the text ("DAKAR:", "Dakar, Senegal —"), or null. */
  private Span dateline(Discourse d) {
    Matcher m = DATELINE.matcher(d.doc.work);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).trim();
    if (name.split("\\s+").length > 3 || !known(d, name)) {
      return null;
    }
    int start = m.start(1);
    int end = m.group(2) == null ? m.end(1) : m.end(2);
    while (end > start && Character.isWhitespace(d.doc.text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
