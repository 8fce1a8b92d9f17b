package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestFiles;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over HTTP on loopback, against a real H2 file store: good sources go through
 * to drafts and a digest while a 404, a timeout and garbage are reported and do not stop them.
 */
class PipelineIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");
  private static final Path SITE = Path.of("src/test/resources/site");

  @TempDir Path dir;
  private TestServer site;

  /** What the launch page says; a test changes it to reschedule the event. */
  private volatile String launchPage;

  @BeforeEach
  void startSite() throws IOException {
    launchPage = Files.readString(SITE.resolve("launch.html"));
    site =
        new TestServer()
            .file("/corsi.rss", SITE.resolve("corsi.rss"), "application/rss+xml")
            .route(
                "/launch.html",
                exchange ->
                    TestServer.send(
                        exchange, 200, launchPage, "Content-Type", "text/html; charset=utf-8"))
            .file("/garbage", SITE.resolve("garbage.bin"), "application/rss+xml")
            .route("/slow", exchange -> Thread.sleep(5_000));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private Config config() throws IOException {
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 1s", "hostSpacing: 0s")
        .sources(
            """
              - id: corsi
                url: %1$s/corsi.rss
                language: it
              - id: ledgerly
                url: %1$s/launch.html
                type: page
              - id: missing
                url: %1$s/not-there.xml
              - id: slow
                url: %1$s/slow
              - id: garbage
                url: %1$s/garbage
            """
                .formatted(site.origin()))
        .contacts(ConfigFolder.MARCO, ConfigFolder.ANNA)
        .load();
  }

  @Test
  void runsEveryStageAndReportsFailingSourcesWithoutStoppingTheOthers() throws IOException {
    Config config = config();
    RunSummary summary;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      summary = pipeline.runOnce(SUNDAY_EVENING);
    }

    assertThat(summary.sources())
        .extracting(SourceReport::sourceId)
        .containsExactlyInAnyOrder("corsi", "ledgerly", "missing", "slow", "garbage");
    assertThat(report(summary, "corsi").events()).isEqualTo(1);
    assertThat(report(summary, "corsi").rejected()).isEqualTo(1);
    assertThat(report(summary, "ledgerly").events()).isEqualTo(1);
    assertThat(report(summary, "missing").error())
        .hasValueSatisfying(e -> assertThat(e).contains("404"));
    assertThat(report(summary, "slow").error()).isPresent();
    assertThat(report(summary, "garbage").error()).isPresent();
    assertThat(summary.eventsCreated()).isEqualTo(2);

    Path digest = dir.resolve("out/digest/2026-W49.md");
    assertThat(summary.digestFiles())
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            "2026-W49.md",
            "2026-W49.html",
            "2026-W49.ics",
            "feed.xml",
            // The week's public post beside it: two public events of the week to share.
            "2026-W49.post.txt",
            "2026-W49.post.md");
    assertThat(digest).exists();
    assertThat(dir.resolve("out/digest/2026-W49.html")).exists();
    String markdown = Files.readString(digest);
    assertThat(markdown)
        .contains("sicurezza informatica per studi professionali")
        .contains("Ledgerly")
        .contains("Marco Rossi")
        .contains("missing")
        .contains("garbage");

    assertThat(summary.drafts()).isNotEmpty();
    List<Path> marcosDrafts = files(dir.resolve("out/invites/2026-W49/marco-rossi"));
    List<Path> annasDrafts = files(dir.resolve("out/invites/2026-W49/anna-smith"));
    assertThat(marcosDrafts).isNotEmpty();
    assertThat(annasDrafts).isNotEmpty();
    String marco = TestFiles.draftText(marcosDrafts.get(0));
    assertThat(marco).contains("Ciao Marco").contains("sicurezza informatica").contains("Giulia");
    String anna = TestFiles.draftText(annasDrafts.get(0));
    assertThat(anna).contains("Hi Anna").contains("Ledgerly");
  }

  @Test
  void aSecondPassOverTheSameSourcesChangesNothing() throws IOException {
    Config config = config();
    RunSummary first;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      first = pipeline.runOnce(SUNDAY_EVENING);
    }
    String digestBefore = Files.readString(dir.resolve("out/digest/2026-W49.md"));
    java.util.Map<Path, byte[]> draftsBefore = contents(dir.resolve("out/invites"));
    java.util.List<io.invito.model.Invitation> invitationsBefore;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      invitationsBefore = pipeline.store().invitations().all();
    }
    RunSummary second;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      second = pipeline.runOnce(SUNDAY_EVENING);
      // The same pass run again (as after a crash) decides the same: it neither invites anyone
      // twice nor drops what it drafted, and rewrites no file.
      assertThat(pipeline.store().invitations().all()).isEqualTo(invitationsBefore);
    }

    assertThat(second.eventsCreated()).isZero();
    assertThat(second.eventsUpdated()).isZero();
    assertThat(second.matches()).isEqualTo(first.matches());
    assertThat(second.drafts()).isEqualTo(first.drafts());
    assertThat(contents(dir.resolve("out/invites"))).containsOnlyKeys(draftsBefore.keySet());
    draftsBefore.forEach((file, bytes) -> assertThat(file).as("unchanged").hasBinaryContent(bytes));
    assertThat(Files.readString(dir.resolve("out/digest/2026-W49.md"))).isEqualTo(digestBefore);
  }

  private static java.util.Map<Path, byte[]> contents(Path folder) throws IOException {
    java.util.Map<Path, byte[]> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(file, Files.readAllBytes(file));
      }
    }
    return files;
  }

  @Test
  void aRescheduledEventGetsItsDraftRewrittenWithTheNewTime() throws IOException {
    Config config = config();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.runOnce(SUNDAY_EVENING);
    }
    Path annasDraft = files(dir.resolve("out/invites/2026-W49/anna-smith")).get(0);
    assertThat(TestFiles.draftText(annasDraft)).contains("Wednesday 2 December at 5:00 pm");

    launchPage =
        launchPage
            .replace("2026-12-02T17:00:00+00:00", "2026-12-03T17:00:00+00:00")
            .replace("2026-12-02T18:00:00+00:00", "2026-12-03T18:00:00+00:00");
    RunSummary second;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      second = pipeline.runOnce(SUNDAY_EVENING.plusSeconds(3600));
      assertThat(pipeline.store().invitations().all())
          .filteredOn(invitation -> invitation.contactId().equals("anna-smith"))
          .singleElement()
          .satisfies(
              invitation ->
                  assertThat(invitation.status())
                      .isEqualTo(io.invito.model.Invitation.Status.DRAFTED));
    }

    assertThat(second.eventsUpdated()).isEqualTo(1);
    assertThat(second.drafts()).singleElement().isEqualTo(annasDraft);
    assertThat(TestFiles.draftText(annasDraft)).contains("Thursday 3 December at 5:00 pm");
    assertThat(Files.readString(dir.resolve("out/invites/2026-W49/index.csv")))
        .contains("anna-smith")
        .contains("marco-rossi");
  }

  @Test
  void theOwnerMarksDraftsSentOrSkippedFromTheCommandLine() throws IOException {
    Config config = config();
    List<io.invito.model.Invitation> drafts;
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.runOnce(SUNDAY_EVENING);
      drafts = pipeline.store().invitations().all();
    }
    assertThat(drafts).hasSizeGreaterThanOrEqualTo(2);
    String sent = drafts.get(0).id();
    String skipped = drafts.get(1).id();
    String configDir = dir.toString();

    assertThat(io.invito.cli.Main.run("invites", "mark-sent", sent, "--config", configDir))
        .isZero();
    assertThat(io.invito.cli.Main.run("invites", "skip", skipped, "--config", configDir)).isZero();
    assertThat(io.invito.cli.Main.run("invites", "skip", sent, "--config", configDir)).isEqualTo(2);
    assertThat(io.invito.cli.Main.run("invites", "skip", "no-such-draft", "--config", configDir))
        .isEqualTo(2);
    assertThat(io.invito.cli.Main.run("match", "--week", "2026-W49", "--config", configDir))
        .isZero();

    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      assertThat(pipeline.store().invitations().find(sent))
          .hasValueSatisfying(
              invitation ->
                  assertThat(invitation.status())
                      .isEqualTo(io.invito.model.Invitation.Status.SENT));
      assertThat(pipeline.store().invitations().find(skipped))
          .hasValueSatisfying(
              invitation ->
                  assertThat(invitation.status())
                      .isEqualTo(io.invito.model.Invitation.Status.SKIPPED));
    }
  }

  private static SourceReport report(RunSummary summary, String id) {
    return summary.sources().stream()
        .filter(r -> r.sourceId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    }
  }
}
