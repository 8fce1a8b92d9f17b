package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.invito.config.ConfigLoader;
import io.invito.config.Source;
import io.invito.config.SourceType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** sources add against a real site on loopback: discovery, a page kept as itself, a bare feed. */
class SourcesAddCommandTest {
  private static final String PAGE =
      """
      <html><head><title>Eventi</title>
      <link rel="alternate" type="application/rss+xml" title="Eventi RSS" href="/feed.xml">
      <link rel="alternate" type="application/atom+xml" title="Eventi Atom" href="/atom.xml">
      </head><body><a href="/corsi.ics">Calendario corsi</a></body></html>
      """;

  @TempDir Path dir;
  private HttpServer server;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
    route("/events/", "text/html; charset=utf-8", PAGE);
    route("/about/", "text/html", "<html><body>No feeds here</body></html>");
    route("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"/>");
    server.start();
    Files.writeString(
        dir.resolve("invito.yaml"),
        "owner:\n  name: Giulia Bianchi\n"
            + "  email: giulia@example.it\nfetch:\n  allowedHosts: [127.0.0.1]\n");
    Files.writeString(
        dir.resolve("sources.yaml"),
        "# mine\nsources:\n  - id: old\n" + "    url: https://old.example.org/feed\n");
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void addsThePagesFirstFeedAndItsCalendarKeepingTheOldSources() {
    int code = run(url("/events/"));

    assertThat(code).isZero();
    List<Source> sources = ConfigLoader.load(dir).sources();
    assertThat(sources)
        .extracting(Source::id, Source::type, Source::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "old", SourceType.FEED, URI.create("https://old.example.org/feed")),
            org.assertj.core.groups.Tuple.tuple("eventi-rss", SourceType.FEED, url("/feed.xml")),
            org.assertj.core.groups.Tuple.tuple(
                "calendario-corsi", SourceType.ICS, url("/corsi.ics")));
    assertThat(out.toString()).contains("added feed eventi-rss " + url("/feed.xml"));
  }

  @Test
  void keepsAPageWithoutFeedsAsAPageSource() {
    run("--id", "about", url("/about/").toString());

    assertThat(ConfigLoader.load(dir).findSource("about"))
        .hasValueSatisfying(
            source -> {
              assertThat(source.type()).isEqualTo(SourceType.PAGE);
              assertThat(source.url()).isEqualTo(url("/about/"));
            });
  }

  @Test
  void addsAFeedUrlAsItIsAndNotTwice() {
    run(url("/feed.xml").toString());
    run(url("/feed.xml").toString());

    assertThat(ConfigLoader.load(dir).sources())
        .extracting(Source::url)
        .containsOnlyOnce(url("/feed.xml"));
    assertThat(out.toString()).contains("already a source: " + url("/feed.xml"));
  }

  @Test
  void changesNothingOnADryRun() throws IOException {
    String before = Files.readString(dir.resolve("sources.yaml"));

    run("--dry-run", url("/events/").toString());

    assertThat(Files.readString(dir.resolve("sources.yaml"))).isEqualTo(before);
    assertThat(out.toString()).contains("would add feed eventi-rss");
  }

  private int run(URI url) {
    return run(url.toString());
  }

  private int run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new CommandLine(new SourcesAddCommand()).setOut(new PrintWriter(out)).execute(all);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void route(String path, String type, String body) {
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream stream = exchange.getResponseBody()) {
              stream.write(bytes);
            }
          }
        });
  }
}
