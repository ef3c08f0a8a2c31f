package dossier.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** CommandOutput opens where a command writes: the {@code -o FILE} it was given, else stdout. */
final class CommandOutput {

  private CommandOutput() {}

  /**
   * A stream to {@code file}, or to standard output when it is null; closing it leaves stdout open.
   */
  static OutputStream open(Path file) throws IOException {
    if (file != null) {
      return Files.newOutputStream(file);
    }
    PrintStream stdout = System.out;
    return new FilterOutputStream(stdout) {
      @Override
      public void write(byte[] b, int off, int len) {
        stdout.write(b, off, len);
      }

      @Override
      public void close() {
        stdout.flush();
      }
    };
  }
}
