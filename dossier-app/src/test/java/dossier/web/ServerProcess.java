package dossier.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code dossier serve} running in its own JVM on a free loopback port, for crash and load tests.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

  final Process process;
  public final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static ServerProcess start(Path db, String... extra)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dossier.app.Main");
    command.add("serve");
    command.add("--db");
    command.add(db.toString());
    command.add("--port");
    command.add("0");
    command.addAll(List.of(extra));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = out.readLine()) != null) {
                  Matcher m = SERVING.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
              port.complete(-1);
            },
            "server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      int bound = port.get(60, TimeUnit.SECONDS);
      if (bound < 0) {
        throw new IOException("server exited with status " + p.waitFor());
      }
      return new ServerProcess(p, bound);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("server did not start", e);
    }
  }

  /** Kills the server with SIGKILL (no shutdown hooks run) and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
