package dossier.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportEvidenceTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void readsBackFromItsBytesWithEveryValueAndTheSameIterationOrder(long seed) {
    ReportEvidence evidence = random(new Random(seed));

    ReportEvidence read = ReportEvidence.fromBytes(evidence.toBytes());

    assertThat(read.ids()).isEqualTo(evidence.ids());
    assertThat(List.copyOf(read.terms().entrySet()))
        .isEqualTo(List.copyOf(evidence.terms().entrySet()));
    assertThat(List.copyOf(read.entities().entrySet()))
        .isEqualTo(List.copyOf(evidence.entities().entrySet()));
    assertThat(read.embedding()).containsExactly(evidence.embedding());
    assertThat(read.date()).isEqualTo(evidence.date());
  }

  @Test
  void isSmallerAsBytesThanJavaSerialization() throws Exception {
    ReportEvidence evidence = random(new Random(42));
    java.io.ByteArrayOutputStream java = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(java)) {
      out.writeObject(evidence);
    }

    assertThat(evidence.toBytes().length).isLessThan(java.size());
  }

  @Test
  void refusesBytesThatAreNotEvidenceSayingWhy() {
    byte[] bytes = random(new Random(7)).toBytes();

    assertThatThrownBy(() -> ReportEvidence.fromBytes(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut short");
    assertThatThrownBy(() -> ReportEvidence.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not report evidence");
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> ReportEvidence.fromBytes(longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 byte(s) after its end");
    byte[] otherFormat = bytes.clone();
    otherFormat[0] = 99;
    assertThatThrownBy(() -> ReportEvidence.fromBytes(otherFormat))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format 99");
  }

  /** Evidence with any of its parts empty or absent, and names in several scripts. */
  private static ReportEvidence random(Random random) {
    String[] words = {"mali", "kidal", "Tinzaouaten", "wagner", "Ké", "Киев", "北京", "a\u0000b", ""};
    List<String> ids = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      ids.add("r" + random.nextInt(1000) + words[random.nextInt(words.length)]);
    }
    Map<String, Double> terms = new LinkedHashMap<>();
    for (int i = 0, n = random.nextInt(200); i < n; i++) {
      terms.put(words[random.nextInt(words.length)] + random.nextInt(500), random.nextDouble() * 4);
    }
    Map<String, Double> entities = new LinkedHashMap<>();
    for (int i = 0, n = random.nextInt(6); i < n; i++) {
      entities.put(words[random.nextInt(words.length)] + " " + i, 1 + random.nextDouble());
    }
    float[] embedding = new float[random.nextBoolean() ? 0 : 384];
    for (int i = 0; i < embedding.length; i++) {
      embedding[i] = (float) random.nextGaussian();
    }
    LocalDate date =
        random.nextBoolean() ? null : LocalDate.ofEpochDay(19_000 + random.nextInt(900));
    return new ReportEvidence(ids, terms, entities, embedding, date);
  }
}
