package dossier.app;

import dossier.store.DossierStore;
import dossier.web.DossierServer;
import dossier.web.ReportIntake;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier serve}: the web app over a dossier store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the dossier web app: events, reports, search, adding reports, and a JSON API.",
      "Binds 127.0.0.1 unless --host says otherwise. With a token (--token or the"
          + " DOSSIER_TOKEN environment variable) every write request must carry it."
    })
public final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (0 picks a free one; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Token every write request must carry (default: $DOSSIER_TOKEN, else none).")
  String token;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "64",
      description = "Largest request body in MB (default: ${DEFAULT-VALUE}).")
  long maxUploadMb;

  @Option(
      names = "--max-files",
      defaultValue = "5000",
      description = "Most files or reports in one request (default: ${DEFAULT-VALUE}).")
  int maxFiles;

  @Option(
      names = "--max-line-chars",
      defaultValue = "4194304",
      description = "Longest JSON line in characters (default: ${DEFAULT-VALUE}).")
  int maxLineChars;

  @Option(
      names = "--max-json-depth",
      defaultValue = "32",
      description = "Deepest JSON nesting (default: ${DEFAULT-VALUE}).")
  int maxJsonDepth;

  @Override
  public Integer call() throws IOException, InterruptedException {
    String tok = token != null ? token : System.getenv("DOSSIER_TOKEN");
    DossierServer.Limits defaults = DossierServer.Limits.defaults();
    DossierServer.Limits limits =
        new DossierServer.Limits(
            maxUploadMb << 20,
            maxFiles,
            maxLineChars,
            maxJsonDepth,
            defaults.maxReportBytes(),
            defaults.maxUnzippedBytes());
    DossierStore store = DossierStore.open(storeOptions.db);
    DossierServer server =
        new DossierServer(
            new DossierServer.Config(host, port, tok, limits),
            store,
            new ReportIntake(store, Analyses.of(storeOptions.analysis)));
    int bound;
    try {
      bound = server.start();
    } catch (RuntimeException e) {
      store.close();
      throw new IOException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                }));
    System.out.println(
        "dossier: serving http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + bound
            + "/ from "
            + storeOptions.db
            + (tok == null ? "" : " (writes need the token)"));
    System.out.flush();
    stopped.await();
    return Main.OK;
  }
}
