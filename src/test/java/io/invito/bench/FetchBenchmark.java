package io.invito.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.FetchSettings;
import io.invito.fetch.Fetcher;
import io.invito.model.FetchResult;
import io.invito.model.Validators;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Fetches and parses 1,000 feeds of 40 items on 50 loopback hosts in one pass with spacing 0, then
 * again with validators (every server answers 304), and prints wall time, process CPU time and peak
 * heap for each pass. Not a test: run it with {@code mvn -o -q -Pbench test-compile}, which starts
 * it with {@code -Xmx256m}; figures are in docs/benchmarks.md.
 *
 * <p>Servers and client share the process, so CPU time and heap include both sides.
 */
public final class FetchBenchmark {
  private static final int HOSTS = 50;
  private static final int SOURCES = 1_000;
  private static final int ITEMS = 40;

  private FetchBenchmark() {}

  public static void main(String[] args) throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    FetchSettings settings =
        FetchSettings.defaults()
            .withPoliteness(FetchSettings.DEFAULT_PER_HOST_CONCURRENCY, Duration.ZERO)
            .withAllowedHosts(List.of("127.0.0.0/8"));
    ExecutorService serverPool = Executors.newFixedThreadPool(16);
    List<HttpServer> servers = new ArrayList<>();
    List<URI> sources = new ArrayList<>();
    AtomicLong notModified = new AtomicLong();
    try (Fetcher fetcher = new Fetcher(settings, Clock.systemUTC())) {
      for (int host = 1; host <= HOSTS; host++) {
        servers.add(server("127.0.0." + host, serverPool, notModified));
      }
      for (int i = 0; i < SOURCES; i++) {
        // Neighbours in the list are on different hosts, as a sorted sources.yaml would not be.
        HttpServer server = servers.get(i % HOSTS);
        sources.add(
            URI.create(
                "http://"
                    + server.getAddress().getAddress().getHostAddress()
                    + ":"
                    + server.getAddress().getPort()
                    + "/feed/"
                    + i));
      }
      System.out.printf(
          Locale.ROOT,
          "%d sources on %d loopback hosts, %d items each, "
              + "%d fetch threads, %d per host, spacing 0, max heap %d MiB%n",
          SOURCES,
          HOSTS,
          ITEMS,
          settings.concurrency(),
          settings.perHostConcurrency(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      List<Validators> validators = new ArrayList<>();
      for (int i = 0; i < SOURCES; i++) {
        validators.add(Validators.NONE);
      }
      pass("first pass (200, parsed)", fetcher, settings.concurrency(), sources, validators);
      pass("second pass (validators)", fetcher, settings.concurrency(), sources, validators);
      // The first pass ran on a cold JVM, compiling as it went; this one shows the steady state.
      validators.replaceAll(stored -> Validators.NONE);
      pass("first pass again (warm)", fetcher, settings.concurrency(), sources, validators);
      System.out.printf(
          Locale.ROOT,
          "servers answered 304 to %d requests; system load average "
              + "%.1f on %d cores (other work on the machine slows every figure)%n",
          notModified.get(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    } finally {
      servers.forEach(server -> server.stop(0));
      serverPool.shutdownNow();
    }
  }

  /** Fetches and parses every source once; replaces each entry of validators with the new one. */
  private static void pass(
      String name, Fetcher fetcher, int threads, List<URI> sources, List<Validators> validators)
      throws Exception {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    AtomicLong parseCpu = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> items = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      int index = i;
      items.add(
          workers.submit(
              () -> {
                FetchResult result = fetcher.fetch(sources.get(index), validators.get(index));
                validators.set(index, result.validators());
                return switch (result.outcome()) {
                  case OK -> parse(result, parseCpu);
                  case NOT_MODIFIED -> 0;
                  case FAILED ->
                      throw new IllegalStateException(result.url() + ": " + result.error());
                };
              }));
    }
    long entries = 0;
    for (Future<Integer> count : items) {
      entries += count.get();
    }
    workers.shutdown();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed(); // pools peak at different moments: an upper bound
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-26s wall %6.2f s   cpu %6.2f s (parsing %5.2f s)   "
            + "peak heap %5.1f MiB   %d entries parsed%n",
        name,
        wall,
        cpu,
        parseCpu.get() / 1e9,
        peak / (1024.0 * 1024),
        entries);
  }

  private static int parse(FetchResult result, AtomicLong cpu) throws IOException, FeedException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadCpuTime();
    SyndFeedInput input = new SyndFeedInput();
    try (XmlReader reader =
        new XmlReader(result.openBody(), true, result.contentType().orElse(null))) {
      SyndFeed feed = input.build(reader);
      return feed.getEntries().size();
    } finally {
      cpu.addAndGet(threads.getCurrentThreadCpuTime() - before);
    }
  }

  private static HttpServer server(String address, ExecutorService pool, AtomicLong notModified)
      throws IOException {
    byte[] feed = feed(address);
    String etag = "\"" + address + "-v1\"";
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 100);
    server.setExecutor(pool);
    server.createContext("/", exchange -> answer(exchange, feed, etag, notModified));
    server.start();
    return server;
  }

  private static void answer(
      HttpExchange exchange, byte[] feed, String etag, AtomicLong notModified) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, feed.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(feed);
      }
    }
  }

  /** An RSS 2.0 feed of 40 event announcements, about 20 KiB, like a busy events page's. */
  private static byte[] feed(String host) {
    StringBuilder xml =
        new StringBuilder(24 * 1024)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
            .append("<title>Events at ")
            .append(host)
            .append("</title>")
            .append("<link>http://")
            .append(host)
            .append("/</link>")
            .append("<description>Webinars, workshops and courses</description>");
    for (int item = 0; item < ITEMS; item++) {
      xml.append("<item><title>Webinar ")
          .append(item)
          .append(": cloud cost control</title>")
          .append("<link>http://")
          .append(host)
          .append("/events/")
          .append(item)
          .append("</link>")
          .append("<guid>http://")
          .append(host)
          .append("/events/")
          .append(item)
          .append("</guid>")
          .append("<pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>")
          .append("<description>Online seminar on 3 December 2026 at 15:00 CET. Learn how to ")
          .append("measure, forecast and cut what your teams spend on cloud services, with ")
          .append("live examples and time for questions. Free, registration required.")
          .append("</description><category>webinar</category></item>");
    }
    return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }
}
