package dossier.app;

import dossier.event.EventClusterer;
import dossier.event.ReportEvidence;
import dossier.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of how event evidence crosses a shuffle: {@link ReportEvidence#toBytes} and
 * {@link ReportEvidence#fromBytes} against the JDK's object serialization of the same evidence
 * (what the Spark job used before), on the lexical evidence of {@value #REPORTS} reports of the
 * planted-copy corpus. Scores are reports per second. Run with {@code dossier bench jmh Evidence}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvidenceCodecBenchmark {

  static final int REPORTS = 2000;

  /** JSON of real article bodies, as for {@code bench reuse}. */
  @Param("../shared/data/extraction/aeb/ground-truth.json")
  public String data;

  private List<ReportEvidence> evidence;
  private byte[][] compact;
  private byte[][] java;

  @Setup
  public void setUp() throws IOException {
    List<String> bodies = GenCorpusCommand.bodies(Path.of(data));
    List<Article> articles = PlantedCorpus.generate(bodies, REPORTS, 0.25, 42).articles();
    evidence = new EventClusterer(EventClusterer.Config.lexical()).evidence(articles);
    compact = new byte[REPORTS][];
    java = new byte[REPORTS][];
    for (int i = 0; i < REPORTS; i++) {
      compact[i] = evidence.get(i).toBytes();
      java[i] = javaBytes(evidence.get(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void writeCompact(Blackhole out) {
    for (ReportEvidence e : evidence) {
      out.consume(e.toBytes());
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void writeJavaSerialization(Blackhole out) throws IOException {
    for (ReportEvidence e : evidence) {
      out.consume(javaBytes(e));
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void readCompact(Blackhole out) {
    for (byte[] b : compact) {
      out.consume(ReportEvidence.fromBytes(b));
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void readJavaSerialization(Blackhole out) throws IOException, ClassNotFoundException {
    for (byte[] b : java) {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
        out.consume(in.readObject());
      }
    }
  }

  private static byte[] javaBytes(ReportEvidence e) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    return bytes.toByteArray();
  }
}
