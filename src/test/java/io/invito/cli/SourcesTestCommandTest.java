package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.invito.config.ConfigLoader;
import io.invito.pipeline.Pipeline;
import io.invito.testing.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sources test against a real feed on loopback: the table, a URL not configured, a failure. */
class SourcesTestCommandTest {
  @TempDir Path dir;
  private HttpServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
    byte[] feed = Files.readAllBytes(Path.of("src/test/resources/feeds/formazione-it.rss"));
    serve("/feed.xml", "application/rss+xml", feed);
    byte[] agenda =
        ("<html lang=\"it\"><body><h1>Agenda</h1><ul class=\"agenda\">"
                + "<li class=\"voce\"><span class=\"quando\">14 gennaio 2027</span>"
                + " <a href=\"/e/1\">AI</a></li>"
                + "<li class=\"voce\"><span class=\"quando\">21 gennaio 2027</span>"
                + " <a href=\"/e/2\">UX</a></li>"
                + "<li class=\"voce\"><span class=\"quando\">28 gennaio 2027</span>"
                + " <a href=\"/e/3\">Go</a></li></ul></body></html>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    serve("/agenda", "text/html; charset=utf-8", agenda);
    server.start();
    Files.writeString(
        dir.resolve("invito.yaml"),
        "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n  timeZone: Europe/Rome\n"
            + "store:\n  path: data/invito\nfetch:\n  allowedHosts: [127.0.0.1]\n");
    Files.writeString(
        dir.resolve("sources.yaml"),
        "sources:\n  - id: formazione\n    url: "
            + url("/feed.xml")
            + "\n    timeZone: Europe/Rome\n  - id: sparito\n    url: "
            + url("/gone.xml")
            + "\n");
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    TestFiles.copyTree(Path.of("config/templates"), dir.resolve("templates"));
  }

  private void serve(String path, String contentType, byte[] bytes) {
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
          }
        });
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void showsEachItemOfAConfiguredSourceAsATableWithTheExtractorOfEachField() {
    int code = run("formazione");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("source    formazione (configured)")
        .contains("fetched   HTTP 200")
        .contains("read as rss")
        .containsPattern("items     4: 3 events, 1 rejected")
        .contains("1. event: ")
        .containsPattern("title +Webinar: Excel avanzato per il controllo di gestione +rss")
        .containsPattern("start +2026-12-10T17:30:00 +text \\(zone floating\\)")
        .containsPattern("timeZone +Europe/Rome +source")
        .containsPattern("url +http://127.0.0.1:\\d+/corsi/excel-avanzato-controllo-gestione +rss")
        .containsPattern("\\n4\\. not an event: ");
  }

  @Test
  void storesNothingAndLeavesTheSourcesHealthAlone() {
    run("formazione");

    try (Pipeline pipeline = Pipeline.open(ConfigLoader.load(dir), Clock.systemUTC())) {
      assertThat(pipeline.store().sources().find("formazione")).isEmpty();
      assertThat(pipeline.store().events().all()).isEmpty();
      assertThat(pipeline.store().events().rejections()).isEmpty();
    }
  }

  @Test
  void readsAUrlThatIsNoConfiguredSource() {
    int code = run(url("/feed.xml"));

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("(not in sources.yaml, read with defaults)")
        .contains("Webinar: Excel avanzato");
  }

  @Test
  void namesTheFeedAndCalendarAPageAnnounces() {
    byte[] page =
        ("<html><head><title>Eventi</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Corsi RSS\""
                + " href=\"/feed.xml\">"
                + "<link rel=\"alternate\" type=\"text/calendar\" href=\"webcal://127.0.0.1/cal.ics\">"
                + "</head><body><p>I nostri corsi</p></body></html>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    serve("/eventi", "text/html; charset=utf-8", page);

    int code = run(url("/eventi"));

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("announces feed " + url("/feed.xml") + " (Corsi RSS)")
        .contains("announces ics https://127.0.0.1/cal.ics");
    out.getBuffer().setLength(0);
    assertThat(run(url("/feed.xml"))).as("a feed announces nothing").isZero();
    assertThat(out.toString()).contains("read as rss").doesNotContain("announces");
  }

  @Test
  void saysWhyASourceCannotBeReadAndExitsWithOne() {
    int code = run("sparito");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("HTTP 404").contains("error     ").contains("items     0");
  }

  @Test
  void proposesSelectorsThatReadAPageItCannotReadByItself() {
    int code = run(url("/agenda"), "--suggest");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("items     0")
        .contains("these selectors read 3 dated events")
        .contains("selectors:\n  item: 'html > body > ul.agenda > li.voce'\n")
        .contains("  title: 'a'\n")
        .contains("  date: 'span.quando'\n");
  }

  @Test
  void pointsToSuggestWhenAPageGivesNoEvent() {
    run(url("/agenda"));

    assertThat(out.toString()).contains("--suggest` proposes selectors");
  }

  @Test
  void refusesSomethingThatIsNeitherASourceIdNorAUrl() {
    int code = run("nessuna-fonte");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("'nessuna-fonte' is neither a source id in")
        .contains("sources.yaml nor an http(s) URL");
  }

  private int run(String target, String... options) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of("sources", "test", "--config", dir.toString(), target));
    args.addAll(java.util.List.of(options));
    return Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }
}
