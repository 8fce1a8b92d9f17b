package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.invito.config.Config;
import io.invito.contact.ContactsReader;
import io.invito.draft.InvitationWriter;
import io.invito.draft.TemplateSet;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.store.DraftRevision;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rescheduled event over HTTP on loopback, through the draft round into a real H2 store: its new
 * draft is written and the earlier one is kept, as a superseded row naming a file that still holds
 * what was drafted then; when the owner had sent the earlier draft, the round says so.
 */
class SupersededDraftIT {
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-11-29T17:00:00Z");
  private static final Instant AN_HOUR_LATER = SUNDAY_EVENING.plusSeconds(3600);
  private static final String FIRST_TIME = "Wednesday 2 December at 5:00 pm";

  @TempDir Path dir;
  private HttpServer server;

  /** What the launch page says; a test changes it to reschedule the event. */
  private volatile String launchPage;

  @BeforeEach
  void startSite() throws IOException {
    launchPage = Files.readString(Path.of("src/test/resources/site/launch.html"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/launch.html",
        exchange -> {
          byte[] body = launchPage.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stopSite() {
    server.stop(0);
  }

  @Test
  void anEventMovedToTheNextWeekKeepsItsEarlierDraftAsASupersededRowWithItsFile()
      throws IOException {
    Config config = config();
    run(config, SUNDAY_EVENING);
    reschedule("2026-12-09");

    RunSummary second = run(config, AN_HOUR_LATER);

    List<DraftRevision> history = annasHistory(config);
    assertThat(history).extracting(DraftRevision::revision).containsExactly(1, 2);
    Invitation earlier = history.get(0).invitation();
    Invitation current = history.get(1).invitation();
    assertThat(earlier.status()).isEqualTo(Invitation.Status.SUPERSEDED);
    assertThat(history.get(0).supersededStatus()).contains(Invitation.Status.DRAFTED);
    assertThat(earlier.week()).isEqualTo("2026-W49");
    assertThat(TestFiles.draftText(config.outputDir().resolve(earlier.path())))
        .contains(FIRST_TIME);
    assertThat(current.status()).isEqualTo(Invitation.Status.DRAFTED);
    assertThat(current.week()).isEqualTo("2026-W50");
    assertThat(second.drafts()).containsExactly(config.outputDir().resolve(current.path()));
    assertThat(TestFiles.draftText(config.outputDir().resolve(current.path())))
        .contains("Wednesday 9 December at 5:00 pm");
    assertThat(Files.readString(config.outputDir().resolve("invites/2026-W49/index.csv")))
        .as("the week the event left no longer offers its draft")
        .doesNotContain("anna-smith");
    assertThat(Files.readString(config.outputDir().resolve("invites/2026-W50/index.csv")))
        .contains("anna-smith");
  }

  @Test
  void aSentDraftThatARescheduleOutdatesIsKeptAndReportedAndACorrectionIsDrafted()
      throws IOException {
    Config config = config();
    run(config, SUNDAY_EVENING);
    String id = annasHistory(config).get(0).invitation().id();
    assertThat(io.invito.cli.Main.run("invites", "mark-sent", id, "--config", dir.toString()))
        .isZero();
    reschedule("2026-12-03");

    List<String> warnings = fetchAndRedraft(config, AN_HOUR_LATER);

    List<DraftRevision> history = annasHistory(config);
    assertThat(history).hasSize(2);
    DraftRevision sent = history.get(0);
    Invitation correction = history.get(1).invitation();
    assertThat(sent.sentThenSuperseded()).isTrue();
    assertThat(sent.invitation().path())
        .as("the new draft took the file's name; the sent one was kept beside it")
        .isNotEqualTo(correction.path())
        .hasParentRaw(correction.path().getParent());
    assertThat(TestFiles.draftText(config.outputDir().resolve(sent.invitation().path())))
        .contains(FIRST_TIME);
    assertThat(TestFiles.draftText(config.outputDir().resolve(correction.path())))
        .contains("Thursday 3 December at 5:00 pm");
    assertThat(correction.status()).isEqualTo(Invitation.Status.DRAFTED);
    assertThat(warnings)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("anna-smith was sent")
        .contains(config.outputDir().resolve(sent.invitation().path()).toString())
        .contains(config.outputDir().resolve(correction.path()).toString());
    try (Store store = Store.open(config.storeUrl())) {
      assertThat(store.invitations().find(id)).contains(correction);
      assertThat(store.invitations().lastInvitedByContact())
          .containsEntry("anna-smith", correction.createdAt());
    }
    java.io.StringWriter listed = new java.io.StringWriter();
    io.invito.cli.Main.run(
        new java.io.PrintWriter(listed),
        new java.io.PrintWriter(new java.io.StringWriter()),
        "invites",
        "list",
        "--history",
        "--config",
        dir.toString());
    assertThat(listed.toString())
        .as("invites list --history shows the sent draft as superseded, beside its correction")
        .containsPattern(
            java.util.regex.Pattern.quote(sent.invitation().path().getFileName().toString())
                + " +r1 superseded \\(was sent\\)")
        .containsPattern(
            java.util.regex.Pattern.quote(correction.path().getFileName().toString()) + " +r2");
  }

  @Test
  void aRunThatChangesNothingAddsNoRevision() throws IOException {
    Config config = config();
    run(config, SUNDAY_EVENING);

    run(config, AN_HOUR_LATER);

    assertThat(annasHistory(config)).singleElement().satisfies(DraftRevision::current);
  }

  private static RunSummary run(Config config, Instant asOf) {
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      return pipeline.runOnce(asOf);
    }
  }

  /**
   * What {@link Pipeline#runOnce} does up to the drafts, with the round at hand so its warnings can
   * be read (the pass does not carry them yet).
   */
  private static List<String> fetchAndRedraft(Config config, Instant asOf) {
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      pipeline.fetchSources(config.sources(), asOf);
      Map<String, Contact> contacts =
          ContactsReader.read(
                  config.contactsFile(), config.owner().language(), config.owner().zone())
              .contacts()
              .stream()
              .collect(Collectors.toMap(Contact::id, Function.identity()));
      List<KnownEvent> upcoming =
          pipeline.store().events().between(asOf, asOf.plus(config.matching().horizon()));
      InvitationWriter writer =
          new InvitationWriter(
              TemplateSet.load(config.templatesDir()),
              config.owner(),
              config.outputDir(),
              Clock.fixed(asOf, ZoneOffset.UTC));
      DraftRound round =
          new DraftRound(
              pipeline.store(),
              writer,
              contacts,
              upcoming,
              config.owner().zone(),
              config.outputDir());
      round.redraftChanged();
      round.writeIndexes();
      return round.warnings();
    }
  }

  private static List<DraftRevision> annasHistory(Config config) {
    try (Store store = Store.open(config.storeUrl())) {
      return store.invitations().history().stream()
          .filter(revision -> revision.invitation().contactId().equals("anna-smith"))
          .sorted(java.util.Comparator.comparingInt(DraftRevision::revision))
          .toList();
    }
  }

  private void reschedule(String day) {
    launchPage =
        launchPage
            .replace("2026-12-02T17:00:00+00:00", day + "T17:00:00+00:00")
            .replace("2026-12-02T18:00:00+00:00", day + "T18:00:00+00:00");
  }

  private Config config() throws IOException {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return ConfigFolder.at(dir)
        .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
        .sources(
            """
              - id: ledgerly
                url: %s/launch.html
                type: page
            """
                .formatted(base))
        .contacts(ConfigFolder.ANNA)
        .load();
  }
}
