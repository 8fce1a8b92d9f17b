package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestFiles;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 end to end: an association's feed on loopback carries a recorded course, an in-person
 * course and a board meeting. The digest lists the recording under "watch any time" and leaves it
 * out of its calendar; the in-person course is listed, but an online-only config leaves it out and
 * says by which rule; the board meeting is nowhere but among the rejected items, with its reason.
 */
class OpportunitiesIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");
  private static final String RECORDING = "Corso on demand: sicurezza informatica in ufficio";
  private static final String COURSE = "Corso di digital marketing per negozi in aula";
  private static final String MEETING = "Consiglio direttivo";

  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel>
        <title>Associazione Commercianti (demo)</title>
        <link>https://www.associazione.example/</link>
        <description>Corsi, avvisi e appuntamenti</description>
        <language>it-IT</language>
        <item>
          <title>%s</title>
          <link>https://www.associazione.example/corsi/sicurezza-on-demand</link>
          <guid isPermaLink="false">rec-1</guid>
          <pubDate>Mon, 23 Nov 2026 09:00:00 +0100</pubDate>
          <description>Dieci videolezioni sulla sicurezza informatica da guardare quando vuoi, con
          dispense e quiz. Accesso gratuito per i soci.</description>
        </item>
        <item>
          <title>%s</title>
          <link>https://www.associazione.example/corsi/digital-marketing-aula</link>
          <guid isPermaLink="false">course-1</guid>
          <pubDate>Fri, 20 Nov 2026 12:00:00 +0100</pubDate>
          <description>Giovedì 3 dicembre 2026 dalle 9:00 alle 13:00, in aula presso la nostra
          sede di via Larga 8, Milano: digital marketing per i negozi di quartiere. Quota: 60 € + IVA.
          </description>
        </item>
        <item>
          <title>%s</title>
          <link>https://www.associazione.example/avvisi/consiglio-direttivo-dicembre</link>
          <guid isPermaLink="false">board-1</guid>
          <pubDate>Mon, 23 Nov 2026 18:00:00 +0100</pubDate>
          <description>È convocato il Consiglio direttivo mercoledì 2 dicembre 2026 alle 21:00
          presso la sede. Ordine del giorno: bilancio preventivo, varie ed eventuali.</description>
        </item>
      </channel></rss>
      """
          .formatted(RECORDING, COURSE, MEETING);

  @TempDir Path dir;
  private TestServer site;

  @BeforeEach
  void startSite() throws IOException {
    site =
        new TestServer()
            .route(
                "/feed.xml",
                exchange ->
                    TestServer.send(
                        exchange, 200, FEED.strip(), "Content-Type", "application/rss+xml"));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void aRecordingIsWatchAnyTimeTheCourseIsInPersonAndTheBoardMeetingIsNoOpportunity()
      throws IOException {
    Config config = config(dir.resolve("all"), "");

    RunSummary first = run(config);

    String markdown = Files.readString(first.digestFiles().get(0));
    String calendar = Files.readString(first.digestFiles().get(2));
    assertThat(markdown).contains("### Da guardare quando vuoi").contains(COURSE);
    assertThat(markdown.substring(markdown.indexOf("### Da guardare quando vuoi")))
        .as("the recording is in the watch-any-time section, the dated course is not")
        .contains(RECORDING)
        .doesNotContain(COURSE);
    assertThat(markdown).doesNotContain(MEETING).doesNotContain("in diretta");
    assertThat(markdown).contains("60 € + IVA");
    assertThat(calendar).contains("Corso di digital marketing").doesNotContain("on demand");
    assertThat(first.drafts())
        .as("Marco, who cares for security, gets the recording, filed under the digest's week")
        .singleElement()
        .satisfies(path -> assertThat(path.toString()).contains("2026-W49/marco-rossi"));
    Path draft = first.drafts().get(0);
    assertThat(TestFiles.draftText(draft)).contains("puoi guardarlo quando ti fa comodo");
    assertThat(Files.readString(draft))
        .as("a recording has no time for a calendar: no .ics attached")
        .doesNotContain("text/calendar");
    assertThat(events(config, "--rejected")).contains(MEETING).contains("internal meeting");

    // A week later (a rerun at the same moment repeats its own pass, by design of issue 20).
    RunSummary again = run(config, SUNDAY_EVENING.plus(java.time.Duration.ofDays(7)));
    assertThat(again.drafts()).as("a recording is offered to a contact once").isEmpty();
  }

  @Test
  void anOnlineOnlyConfigLeavesTheInPersonCourseOutAndSaysWhichRuleDid() throws IOException {
    Config config = config(dir.resolve("online"), "keep:\n  attendance: [online, hybrid]\n");

    RunSummary summary = run(config);

    String markdown = Files.readString(summary.digestFiles().get(0));
    assertThat(markdown).contains(RECORDING).doesNotContain(COURSE).doesNotContain(MEETING);
    assertThat(events(config))
        .as("the course stays in the store, listed with the rule that leaves it out")
        .contains(COURSE)
        .contains("left out by keep.attendance [hybrid, online]: it is in-person");
  }

  private Config config(Path folder, String keep) throws IOException {
    String base = site.origin();
    ConfigFolder config =
        ConfigFolder.at(folder)
            .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
            .sources(
                """
                  - id: associazione
                    url: %s/feed.xml
                    type: feed
                """
                    .formatted(base))
            .contacts(ConfigFolder.MARCO, ConfigFolder.ANNA);
    if (!keep.isEmpty()) {
      config.section(keep);
    }
    return config.load();
  }

  private static RunSummary run(Config config) {
    return run(config, SUNDAY_EVENING);
  }

  private static RunSummary run(Config config, Instant asOf) {
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      return pipeline.runOnce(asOf);
    }
  }

  private static String events(Config config, String... options) {
    StringWriter out = new StringWriter();
    String[] arguments = new String[options.length + 4];
    arguments[0] = "events";
    arguments[1] = "list";
    System.arraycopy(options, 0, arguments, 2, options.length);
    arguments[options.length + 2] = "--config";
    arguments[options.length + 3] = config.directory().toString();
    io.invito.cli.Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), arguments);
    return out.toString();
  }
}
