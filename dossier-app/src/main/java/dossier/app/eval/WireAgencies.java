package dossier.app.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WireAgencies names the news agency whose story a source reference carries, for source references
 * of the form "outlet (YYYY-MM-DD) headline": the agency credited at the end of the headline ("...
 * violence - AFP", "...: AFP"), else the first agency the outlet part names ("AFP via Le Point",
 * "AFP (Dow Jones International News)", "Associated Press Newswires"). Names match as whole words,
 * case-sensitively, so "AP" does not match "APANEWS" or "Cape". Stateless and thread-safe.
 */
public final class WireAgencies {

  private record Agency(String name, Pattern bare, Pattern credit) {}

  /** Agency, then the names it goes by (a regular-expression alternation). */
  private static final List<String[]> NAMES =
      List.of(
          new String[] {"AFP", "AFP|Agence France[- ]Press(?:e)?"},
          new String[] {"AP", "AP|Associated Press"},
          new String[] {"Reuters", "Reuters|REUTERS"},
          new String[] {"Xinhua", "Xinhua"},
          new String[] {"dpa", "dpa|DPA|Deutsche Presse-Agentur"},
          new String[] {"EFE", "EFE|Agencia EFE"},
          new String[] {"ANSA", "ANSA"},
          new String[] {"UPI", "UPI|United Press International"},
          new String[] {"Kyodo", "Kyodo"},
          new String[] {"TASS", "TASS|ITAR-TASS"},
          new String[] {"Anadolu", "Anadolu Agency|Anadolu"},
          new String[] {"PTI", "PTI|Press Trust of India"},
          new String[] {"APA News", "APANEWS|APAnews|APA News|Agence de Presse Africaine"},
          new String[] {"PANA", "PANA|Panapress|Pan African News Agency"},
          new String[] {"IPS", "IPS|Inter Press Service"},
          new String[] {"Canadian Press", "The Canadian Press|Canadian Press"},
          new String[] {"AAP", "AAP|Australian Associated Press"},
          new String[] {"Bloomberg", "Bloomberg"},
          new String[] {"Dow Jones", "Dow Jones Newswires|Dow Jones International News"},
          new String[] {"KNA", "Kenya News Agency|KNA"},
          new String[] {"AIP", "Agence Ivoirienne de Presse"});

  private static final List<Agency> AGENCIES =
      NAMES.stream()
          .map(
              n -> {
                String bare = "(?<![\\w-])(?:" + n[1] + ")(?![\\w-])";
                String credit = "(?:[-–—:]\\s*|\\(\\s*)(?:" + n[1] + ")(?![\\w-])\\s*\\)?\\s*$";
                return new Agency(n[0], Pattern.compile(bare), Pattern.compile(credit));
              })
          .toList();

  private static final Pattern DATE = Pattern.compile("\\(\\d{4}-\\d{2}-\\d{2}\\)");

  private WireAgencies() {}

  /** The agency whose story {@code source} carries, if it names one. */
  public static Optional<String> of(String source) {
    Matcher date = DATE.matcher(source);
    String outlet = source;
    String headline = "";
    if (date.find()) {
      outlet = source.substring(0, date.start());
      headline = source.substring(date.end());
    }
    for (Agency a : AGENCIES) {
      if (a.credit().matcher(headline).find()) {
        return Optional.of(a.name());
      }
    }
    String first = null;
    int at = Integer.MAX_VALUE;
    for (Agency a : AGENCIES) {
      Matcher m = a.bare().matcher(outlet);
      if (m.find() && m.start() < at) {
        at = m.start();
        first = a.name();
      }
    }
    return Optional.ofNullable(first);
  }
}
