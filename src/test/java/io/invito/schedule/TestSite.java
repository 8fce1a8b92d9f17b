package io.invito.schedule;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A web site on loopback for the scheduler tests: fixture files with ETags (a conditional GET gets
 * 304, as from a real server), a feed dated from today, and a page that stalls on demand.
 */
final class TestSite implements AutoCloseable {
  private final HttpServer server;

  /** Each response waits this long first, so a run takes long enough to be killed mid-way. */
  volatile long delayMillis;

  /** While positive, {@code /stall} holds each request this long before answering. */
  volatile long stallMillis;

  final AtomicInteger stallRequests = new AtomicInteger();
  final AtomicInteger stallConcurrent = new AtomicInteger();
  final AtomicInteger stallMaxConcurrent = new AtomicInteger();
  volatile CountDownLatch stallEntered = new CountDownLatch(1);

  private TestSite(HttpServer server) {
    this.server = server;
  }

  static TestSite start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    TestSite site = new TestSite(server);
    site.text("/corsi.rss", "application/rss+xml", () -> read("corsi.rss"));
    site.text("/launch.html", "text/html", () -> read("launch.html"));
    site.text("/upcoming.rss", "application/rss+xml", TestSite::upcomingFeed);
    server.createContext("/stall", site::stall);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return site;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void text(String path, String type, Supplier<String> body) {
    server.createContext(
        path,
        exchange -> {
          pause(delayMillis);
          byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
          String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
          exchange.getResponseHeaders().set("ETag", etag);
          if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
          }
          send(exchange, type, bytes);
        });
  }

  private void stall(HttpExchange exchange) throws IOException {
    stallRequests.incrementAndGet();
    int now = stallConcurrent.incrementAndGet();
    stallMaxConcurrent.accumulateAndGet(now, Math::max);
    stallEntered.countDown();
    try {
      pause(stallMillis);
      send(exchange, "application/rss+xml", upcomingFeed().getBytes(StandardCharsets.UTF_8));
    } finally {
      stallConcurrent.decrementAndGet();
    }
  }

  /** An Italian webinar four days from today, so a live scheduler finds something to draft. */
  static String upcomingFeed() {
    LocalDate day = LocalDate.now().plusDays(4);
    String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ITALIAN).format(day);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Corsi</title><link>https://formazione.example.it/</link>
        <description>Webinar per PMI</description>
        <item>
          <title>Webinar: sicurezza informatica per studi professionali</title>
          <link>https://formazione.example.it/webinar/sicurezza-%1$s</link>
          <guid isPermaLink="false">sicurezza-%1$s</guid>
          <description>Webinar gratuito %2$s ore 18:00 su Zoom, con domande dal pubblico.</description>
        </item>
        </channel></rss>
        """
        .formatted(day, when);
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of("src/test/resources/site", file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientGone) {
      // The fetcher was interrupted or killed while we stalled: that is what the test is about.
    } finally {
      exchange.close();
    }
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
