package org.worktime.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.tls.ThrowawayCertificate;

/**
 * A real {@code worktime serve} over HTTPS, for tests that drive it as clients do (the JDK's {@link
 * HttpClient}, Node.js SDKs, curl): a separate JVM ({@code org.worktime.app.Main} on the test class
 * path) on an embedded H2 store in the given directory, with a throwaway certificate for {@code
 * localhost}, {@code 127.0.0.1} and {@code ::1} that it writes there too.
 *
 * <pre>{@code
 * try (HttpsServe serve = HttpsServe.start(tempDir)) {
 *   serve.base();          // https://127.0.0.1:PORT
 *   serve.certificate();   // the PEM file to trust: NODE_EXTRA_CA_CERTS, curl --cacert
 *   serve.adminKey();      // the key the first start printed
 *   serve.client();        // a java.net.http.HttpClient that trusts the certificate
 * }
 * }</pre>
 *
 * Standard output is read line by line as it comes ({@link #output()}); standard error (the
 * server's log) goes to {@code serve.err} in the directory. {@link #close()} stops it as an
 * operator does, by SIGTERM.
 */
public final class HttpsServe implements AutoCloseable {

  private static final Pattern SERVING =
      Pattern.compile(" serving (https://127\\.0\\.0\\.1:(\\d+))");
  private static final Pattern TOKEN = Pattern.compile("^\\s+(wt_\\S+)$");

  /** The JIT's first tier only: a JVM that starts in about half the time on two busy cores. */
  private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

  private final Path dir;
  private final ThrowawayCertificate certificate;
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final String base;
  private final int port;
  private final String adminKey;

  private HttpsServe(
      Path dir,
      ThrowawayCertificate certificate,
      List<String> arguments,
      Map<String, String> environment,
      String knownKey)
      throws IOException, InterruptedException {
    this.dir = dir;
    this.certificate = certificate;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add(QUICK_START);
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.add("serve");
    command.add("--port");
    command.add("0");
    command.add("--data");
    command.add(dir.resolve("data").toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("serve.err").toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
    Thread reader = new Thread(this::readLines, "https-serve-stdout");
    reader.setDaemon(true);
    reader.start();
    Matcher serving = SERVING.matcher(next());
    while (!serving.find()) {
      serving = SERVING.matcher(next());
    }
    base = serving.group(1);
    port = Integer.parseInt(serving.group(2));
    String key = knownKey;
    while (key == null) {
      Matcher token = TOKEN.matcher(next());
      if (token.find()) {
        key = token.group(1);
      }
    }
    adminKey = key;
  }

  /**
   * Makes a certificate and its key in {@code dir} ({@code cert.pem}, PKCS#8 {@code key.pem}) and
   * starts serve on a new store there with {@code --tls-cert} and {@code --tls-key}; returns once
   * it serves and has printed its first admin key (a minute at most).
   */
  public static HttpsServe start(Path dir) throws IOException, InterruptedException {
    ThrowawayCertificate certificate = ThrowawayCertificate.ec();
    return new HttpsServe(dir, certificate, files(dir, certificate), Map.of(), null);
  }

  /**
   * As {@link #start(Path)}, with more {@code serve} arguments and environment variables; with
   * {@code tlsByEnvironment} the files are named by {@code WORKTIME_TLS_CERT} and {@code
   * WORKTIME_TLS_KEY} instead of options.
   */
  public static HttpsServe start(
      Path dir, List<String> arguments, Map<String, String> environment, boolean tlsByEnvironment)
      throws IOException, InterruptedException {
    ThrowawayCertificate certificate = ThrowawayCertificate.ec();
    List<String> files = files(dir, certificate);
    List<String> all = new ArrayList<>(arguments);
    Map<String, String> variables = new java.util.HashMap<>(environment);
    if (tlsByEnvironment) {
      variables.put("WORKTIME_TLS_CERT", files.get(1));
      variables.put("WORKTIME_TLS_KEY", files.get(3));
    } else {
      all.addAll(files);
    }
    return new HttpsServe(dir, certificate, all, variables, null);
  }

  private static List<String> files(Path dir, ThrowawayCertificate certificate) {
    return List.of(
        "--tls-cert",
        certificate.writeCertificate(dir.resolve("cert.pem")).toString(),
        "--tls-key",
        certificate.writePkcs8Key(dir.resolve("key.pem")).toString());
  }

  /** Stops this one and starts serve again on the same store and certificate (no new key). */
  public HttpsServe restart() throws IOException, InterruptedException {
    close();
    return new HttpsServe(dir, certificate, files(dir, certificate), Map.of(), adminKey);
  }

  /** {@code https://127.0.0.1:PORT}, as serve printed it. */
  public String base() {
    return base;
  }

  public int port() {
    return port;
  }

  /** The certificate as PEM: what a client is told to trust. */
  public Path certificate() {
    return dir.resolve("cert.pem");
  }

  /** The admin key the first start printed. */
  public String adminKey() {
    return adminKey;
  }

  /** A client that trusts the throwaway certificate (and nothing else). */
  public HttpClient client() {
    return HttpClient.newBuilder()
        .sslContext(certificate.trustingIt())
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * A request to a path of {@link #base()}, with the admin key as Bearer, through {@link
   * #client()}.
   */
  public HttpResponse<String> send(String path, String method, String jsonBody)
      throws IOException, InterruptedException {
    return client()
        .send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + adminKey)
                .header("Content-Type", "application/json")
                .method(
                    method,
                    jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Everything printed so far: standard output, then standard error. */
  public String output() {
    StringBuilder all = new StringBuilder();
    synchronized (lines) {
      lines.forEach(line -> all.append(line).append('\n'));
    }
    try {
      Path errors = dir.resolve("serve.err");
      if (Files.exists(errors)) {
        all.append(Files.readString(errors, StandardCharsets.UTF_8));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return all.toString();
  }

  private void readLines() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
        queue.add(line);
      }
    } catch (IOException ended) {
      // The process is gone; what it printed is kept.
    }
  }

  /** The next line printed; fails after a minute, or at once when serve has exited. */
  private String next() throws InterruptedException {
    for (int second = 0; second < 60; second++) {
      String line = queue.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        return line;
      }
      if (!process.isAlive() && queue.isEmpty()) {
        break;
      }
    }
    boolean alive = process.isAlive();
    process.destroyForcibly();
    throw new AssertionError("serve stopped printing; alive=" + alive + "\n" + output());
  }

  /** SIGTERM, then waits for it to stop (SIGKILL after 30 s). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
