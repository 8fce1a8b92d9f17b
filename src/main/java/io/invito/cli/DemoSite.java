package io.invito.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's web site: bundled feeds, a calendar and event pages served on loopback, with their
 * dates placed in the demo week so the demo works on any day.
 *
 * <p>A file writes a date as {@code {{N@HH:mm|PATTERN}}} or {@code {{N@HH:mm|PATTERN|it}}}: N days
 * after the demo week's Monday, at HH:mm in the site's zone, formatted with a {@link
 * DateTimeFormatter} pattern in that language; {@code {{base}}} is the site's address.
 */
final class DemoSite implements AutoCloseable {
  private static final Pattern DATE =
      Pattern.compile("\\{\\{(-?\\d+)@(\\d{2}:\\d{2})\\|([^|}]+)(?:\\|(it|en))?}}");

  private final HttpServer server;
  private final Path root;
  private final LocalDate monday;
  private final ZoneId zone;

  private DemoSite(HttpServer server, Path root, LocalDate monday, ZoneId zone) {
    this.server = server;
    this.root = root;
    this.monday = monday;
    this.zone = zone;
  }

  /** Serves the files under {@code root} on 127.0.0.1, on a free port. */
  static DemoSite start(Path root, LocalDate monday, ZoneId zone) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      DemoSite site = new DemoSite(server, root, monday, zone);
      server.createContext("/", site::serve);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo web server on loopback", e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Replaces the placeholders of a bundled file's text. */
  String render(String text) {
    Matcher matcher = DATE.matcher(text.replace("{{base}}", base()));
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      var when =
          monday
              .plusDays(Long.parseLong(matcher.group(1)))
              .atTime(LocalTime.parse(matcher.group(2)))
              .atZone(zone);
      Locale locale =
          matcher.group(4) == null ? Locale.ROOT : Locale.forLanguageTag(matcher.group(4));
      String value = DateTimeFormatter.ofPattern(matcher.group(3), locale).format(when);
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(rendered);
    return rendered.toString();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = render(Files.readString(file)).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String contentType(String name) {
    if (name.endsWith(".rss")) {
      return "application/rss+xml; charset=utf-8";
    }
    if (name.endsWith(".atom")) {
      return "application/atom+xml; charset=utf-8";
    }
    if (name.endsWith(".ics")) {
      return "text/calendar; charset=utf-8";
    }
    return "text/html; charset=utf-8";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
