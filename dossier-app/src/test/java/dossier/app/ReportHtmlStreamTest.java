package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.io.ReportHtml;
import dossier.model.Dossier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportHtmlStreamTest {

  @Test
  void writesThePageOneEventAtATimeAsTheWholePageReads() throws IOException {
    Dossier dossier = SeedDossier.dossier();
    List<String> writes = new ArrayList<>();
    StringBuilder streamed = new StringBuilder();
    ReportHtml.write(
        dossier,
        "Tinzaouaten",
        new Appendable() {
          @Override
          public Appendable append(CharSequence text) {
            writes.add(text.toString());
            streamed.append(text);
            return this;
          }

          @Override
          public Appendable append(CharSequence text, int start, int end) {
            return append(text.subSequence(start, end));
          }

          @Override
          public Appendable append(char c) {
            return append(String.valueOf(c));
          }
        });

    assertThat(streamed.toString()).isEqualTo(ReportHtml.write(dossier, "Tinzaouaten"));
    assertThat(writes).hasSize(dossier.records().size() + 1);
    assertThat(writes.get(0)).startsWith("<!DOCTYPE html>").contains("<section class=\"event\"");
    assertThat(writes.get(writes.size() - 1)).isEqualTo("</main></body></html>\n");
  }
}
