package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invito status} in text and, for scripts, as one JSON object saying the same. */
class StatusCommandTest {
  @TempDir Path dir;

  @Test
  void theJsonStatusSaysWhatTheTextSaysJobsSourcesAndTheFailingOneWithItsError() throws Exception {
    try (TestServer site = new TestServer()) {
      site.text(
          "/feed.xml",
          "application/rss+xml",
          "<rss version=\"2.0\"><channel><title>Blog</title><link>"
              + site.origin()
              + "/</link></channel></rss>");
      site.route("/gone.xml", exchange -> TestServer.send(exchange, 404, "no", "X-Any", "1"));
      String sources =
          "  - id: blog\n    url: "
              + site.uri("/feed.xml")
              + "\n  - id: gone\n    url: "
              + site.uri("/gone.xml")
              + "\n";
      ConfigFolder.at(dir).fetchFromLoopback("hostSpacing: 0s").sources(sources).write();
      CliRun run = invito("run", "--config", dir.toString(), "--as-of", "2026-11-20T09:00:00Z");
      assertThat(run.code()).as(run.err()).isZero();
      // Added after the run: configured, never fetched.
      ConfigFolder.at(dir)
          .fetchFromLoopback("hostSpacing: 0s")
          .sources(sources + "  - id: later\n    url: " + site.uri("/later.xml") + "\n")
          .write();
    }

    CliRun text = invito("status", "--config", dir.toString());
    CliRun json = invito("status", "--json", "--config", dir.toString());

    assertThat(text.code()).as(text.err()).isZero();
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(text.out()).containsPattern("\\n  gone +\\w+ +.*404");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.path("jobs").size()).isPositive();
    assertThat(report.path("jobs").get(0).path("job").asText()).isNotBlank();
    JsonNode sources = report.path("sources");
    assertThat(sources.path("configured").asInt()).isEqualTo(3);
    assertThat(sources.path("ok").asInt()).isEqualTo(1);
    assertThat(sources.path("never_fetched").asInt()).isEqualTo(1);
    assertThat(sources.path("needing_attention")).hasSize(1);
    JsonNode gone = sources.path("needing_attention").get(0);
    assertThat(gone.path("source").asText()).isEqualTo("gone");
    assertThat(text.out()).contains("  gone", gone.path("state").asText());
    assertThat(gone.path("last_error").asText()).contains("404");
    assertThat(report.has("mailbox")).as("no mailbox configured").isFalse();
  }
}
