package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireAgenciesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AFP (2011-01-11) Four killed in clashes as tensions worsen | AFP",
        "AFP via Le Point (2011-01-11) Nouveaux affrontements | AFP",
        "Agence France Presse (2017-08-11) Anger erupts after poll result: AFP | AFP",
        "Associated Press Newswires (2008-01-02) Mob burns church | AP",
        "The Associated Press (2008-01-02) Mob burns church | AP",
        "Reuters News (2008-01-22) Africa highlights | Reuters",
        "Xinhua News Agency (2011-01-12) Six policemen killed | Xinhua",
        "APANEWS (2011-02-01) Clashes in the capital | APA News",
        "The Canadian Press - Broadcast wire (2008-01-03) Kenya | Canadian Press",
      })
  void namesTheAgencyTheOutletPartNames(String source, String agency) {
    assertThat(WireAgencies.of(source)).contains(agency);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dow Jones International News (2007-12-26) Mob kills two policemen -AFP",
        "Dow Jones International News (2007-12-31) 7 killed overnight in violence - AFP",
        "AFP (Dow Jones International News) (2007-12-29) Police say 3 dead",
        "Some Daily (2007-12-29) Police say 3 dead (AFP)",
      })
  void prefersTheAgencyTheStoryCreditsOverItsCarrier(String source) {
    assertThat(WireAgencies.of(source)).contains("AFP");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Guardian (2008-01-01) AFP photographer attacked in Nairobi",
        "Cape Times (2008-01-01) Kenya burns",
        "KNCHR (2008-08-15) On the brink of the precipice",
        "The Nation (All Africa) (2007-12-30) Reuters correspondent speaks",
        "Human Rights Watch (All Africa) (2011-03-01) Apartments burned",
      })
  void namesNoAgencyForOtherOutletsOrMentionsInsideAHeadline(String source) {
    assertThat(WireAgencies.of(source)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AP", "Reuters"})
  void readsSourcesWithoutDate(String source) {
    assertThat(WireAgencies.of(source).isPresent()).isEqualTo(!source.isEmpty());
  }
}
