package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.ConfigFolder;
import io.invito.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that is read but gives no event is never silently fine (issue 13, "never silent"): the
 * run says why beside the source, `sources status` keeps saying it until events come back.
 */
class NoEventSaysWhyTest {
  @TempDir Path dir;

  @Test
  void aSourceWithNoEventSaysWhyInTheRunAndInItsStatusUntilEventsComeBack() throws Exception {
    String[] page = {
      "<html lang=\"it\"><body><h1>Chi siamo</h1><p>Un'associazione di professionisti.</p>"
          + "</body></html>"
    };
    try (TestServer site = new TestServer()) {
      site.route(
          "/chi-siamo",
          exchange -> TestServer.send(exchange, 200, page[0], "Content-Type", "text/html"));
      site.route(
          "/blog.xml",
          exchange ->
              TestServer.send(
                  exchange,
                  200,
                  "<rss version=\"2.0\"><channel><title>Blog</title><link>"
                      + site.origin()
                      + "/</link><item><title>Micronaut 4.10 rilasciato</title><link>"
                      + site.origin()
                      + "/4-10</link><pubDate>Mon, 16 Nov 2026 08:00:00 +0000</pubDate>"
                      + "<description>Note di rilascio.</description></item></channel></rss>",
                  "Content-Type",
                  "application/rss+xml"));
      ConfigFolder.at(dir)
          .fetchFromLoopback("hostSpacing: 0s")
          .sources(
              "  - id: chi-siamo\n    url: "
                  + site.uri("/chi-siamo")
                  + "\n  - id: blog\n    url: "
                  + site.uri("/blog.xml")
                  + "\n")
          .write();

      CliRun run = invito("run", "--config", dir.toString(), "--as-of", "2026-11-20T09:00:00Z");

      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out())
          .containsPattern(
              "chi-siamo .*0 events .*why: no markup and no date in the page's text; try selectors")
          .containsPattern("blog .*0 events .*why: 1 item, not an event: ");
      CliRun status = invito("sources", "status", "--config", dir.toString());
      assertThat(status.out())
          .contains("no event last time: no markup and no date in the page's text; try selectors");

      // The page now announces a webinar: its status no longer carries the old reason.
      page[0] =
          "<html lang=\"it\"><body><h1>Webinar: bilanci di sostenibilità</h1>"
              + "<p>Giovedì 14 gennaio 2027, ore 15.00 – 17.00, webinar su piattaforma Zoom</p>"
              + "</body></html>";
      CliRun again = invito("run", "--config", dir.toString(), "--as-of", "2026-11-27T09:00:00Z");
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(invito("sources", "status", "--config", dir.toString()).out())
          .doesNotContain("no markup and no date");
    }
  }
}
