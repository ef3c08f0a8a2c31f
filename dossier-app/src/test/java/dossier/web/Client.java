package dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A loopback HTTP client for tests of the web app. */
final class Client {

  record Part(String name, String filename, byte[] content) {}

  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  Client(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    return JSON.readTree(get(path).body());
  }

  HttpResponse<String> post(String path, String type, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  HttpResponse<String> postMultipart(String path, List<Part> parts, Map<String, String> headers)
      throws IOException, InterruptedException {
    String boundary = "----dossier" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
      String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\"";
      if (p.filename() != null) {
        disposition +=
            "; filename=\"" + p.filename() + "\"\r\nContent-Type: application/octet-stream";
      }
      out.write((disposition + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(p.content());
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), headers);
  }
}
