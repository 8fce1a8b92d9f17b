package io.invito.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.FetchSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real JDK HTTP server on 127.0.0.1, port 0, with one small handler per path, counting the
 * requests each path received. Handlers run on a pool large enough that the server never limits
 * concurrency itself. A path without a route answers 404.
 */
public final class TestServer implements AutoCloseable {
  public static final String AGENT = "invito-test/1.0 (+https://example.org/invito-test)";

  /** What a test's handler does with one request. */
  public interface Route {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicInteger hangUps = new AtomicInteger();

  public TestServer() throws IOException {
    this("127.0.0.1");
  }

  /** A server on another loopback address (Linux routes all of 127.0.0.0/8 to lo). */
  public TestServer(String address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
    server.setExecutor(pool);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /**
   * Settings for the tests: 127.0.0.1 allowed, short timeouts, a 1 MiB cap, two requests per host
   * and no spacing (the spacing test sets its own).
   */
  public static FetchSettings settings(Duration requestTimeout, List<String> allowedHosts) {
    return new FetchSettings(
        AGENT,
        Duration.ofSeconds(2),
        requestTimeout,
        1024 * 1024,
        5,
        8,
        2,
        Duration.ZERO,
        allowedHosts);
  }

  public static FetchSettings settings() {
    return settings(Duration.ofSeconds(5), List.of("127.0.0.1"));
  }

  public TestServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** Serves {@code file} at {@code path} with a 200 and this content type, read at each request. */
  public TestServer file(String path, Path file, String contentType) {
    return route(
        path,
        exchange -> send(exchange, 200, Files.readAllBytes(file), "Content-Type", contentType));
  }

  /** Serves {@code body} at {@code path} with a 200 and this content type. */
  public TestServer text(String path, String contentType, String body) {
    return route(path, exchange -> send(exchange, 200, body, "Content-Type", contentType));
  }

  /** Answers {@code path} with {@code status} and a Location header, and no body. */
  public TestServer redirect(String path, int status, String location) {
    return route(path, exchange -> send(exchange, status, new byte[0], "Location", location));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Scheme, address and port, with no slash after: {@code http://127.0.0.1:41234}. */
  public String origin() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  public URI uri(String path) {
    return URI.create(origin() + path);
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  public int totalHits() {
    return total.get();
  }

  /** How many responses the client hung up on before they were sent in full. */
  public int hangUps() {
    return hangUps.get();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    total.incrementAndGet();
    hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
    Route route = routes.get(path);
    try (exchange) {
      if (route == null) {
        send(exchange, 404, "no route for " + path);
      } else {
        route.handle(exchange);
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt(); // the test is over and close() stopped the pool
    } catch (IOException clientWentAway) {
      // The fetcher hung up on purpose (cap, deadline): expected in those tests, whose
      // assertions are on the fetcher's side; counted for a reader debugging one.
      hangUps.incrementAndGet();
    }
  }

  public static void send(HttpExchange exchange, int status, String body, String... headers)
      throws IOException {
    send(exchange, status, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** Sends a whole response; headers come as name, value pairs. */
  public static void send(HttpExchange exchange, int status, byte[] body, String... headers)
      throws IOException {
    for (int i = 0; i < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    boolean bodyless = status == 304 || status == 204 || body.length == 0;
    exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
    if (!bodyless) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow(); // wakes handlers still sleeping in slow-server tests
  }
}
