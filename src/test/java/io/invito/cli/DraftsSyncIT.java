package io.invito.cli;

import static io.invito.cli.DraftsPushIT.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.ConfigLoader;
import io.invito.model.Invitation;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestMailbox;
import io.invito.testing.TestMailbox.Mail;
import io.invito.testing.TestServer;
import jakarta.mail.Flags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invito drafts sync} on a real Dovecot, for a user whose folders have Italian names and no
 * special-use flags (Bozze, Posta inviata): a draft the owner sends from their client is marked
 * sent with the time it was sent, by our header or, when the client dropped it, by recipient and
 * subject; the per-contact pause then counts from that time. Needs {@code INVITO_TEST_IMAP_*}.
 */
class DraftsSyncIT {
  private static final String USER = "italiano";
  private static final String DRAFTS = "Bozze";
  private static final String SENT = "Posta inviata";
  private static final String SENT_TIME = "Sat, 5 Dec 2026 10:00:00 +0000";
  private static final String[] HTML = {"Content-Type", "text/html; charset=utf-8"};

  @TempDir Path dir;
  private TestServer site;
  private volatile boolean secondEventOnline;

  @BeforeEach
  void startSite() throws IOException {
    TestMailbox.host();
    String launch = Files.readString(Path.of("src/test/resources/site/launch.html"));
    // A second event a week later, for the same contacts; it appears only when a test says.
    String second =
        launch
            .replace("Live product demo: Ledgerly", "Ledgerly reporting workshop")
            .replace("2026-12-02T", "2026-12-10T")
            .replace("events/demo", "events/reporting");
    site =
        new TestServer()
            .route("/launch.html", exchange -> TestServer.send(exchange, 200, launch, HTML))
            .route(
                "/second.html",
                exchange -> {
                  if (secondEventOnline) {
                    TestServer.send(exchange, 200, second, HTML);
                  } else {
                    TestServer.send(exchange, 404, "");
                  }
                });
  }

  @AfterEach
  void stopSite() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void aDraftSentFromTheMailboxIsMarkedSentWithItsTimeAndThePauseCountsFromThen() throws Exception {
    try (TestMailbox mailbox = TestMailbox.open(USER)) {
      mailbox.empty(DRAFTS);
      mailbox.empty(SENT);
      Path config = config();
      assertThat(
              invito("run", "--as-of", DraftsPushIT.SUNDAY_EVENING, "--config", config.toString())
                  .code())
          .isZero();
      Map<String, Mail> drafts =
          mailbox.list(DRAFTS).stream()
              .collect(Collectors.toMap(mail -> mail.header("To"), Function.identity()));
      assertThat(drafts).hasSize(4);

      // Anna's goes out as a client sends a draft: our header kept, dated when sent.
      send(mailbox, drafts.get("Anna Smith <anna@example.co.uk>"), false);
      // Ben's client drops headers it does not know: recipient and subject must do.
      send(mailbox, drafts.get("Ben Jones <ben@example.co.uk>"), true);
      // Dan's draft is deleted unsent; Carla's stays in Bozze.
      mailbox.remove(DRAFTS, "dan@example.co.uk");

      DraftsPushIT.Outcome synced =
          invito("drafts", "sync", "--deleted-means-skip", "--config", config.toString());

      assertThat(synced.code()).as(synced.err()).isZero();
      assertThat(synced.out()).contains("2 new in Sent, 2 marked sent, 1 marked skipped");
      Map<String, Invitation> byContact = invitations(config);
      assertThat(byContact.get("anna-smith").status()).isEqualTo(Invitation.Status.SENT);
      assertThat(byContact.get("ben-jones").status()).isEqualTo(Invitation.Status.SENT);
      assertThat(byContact.get("dan-brown").status()).isEqualTo(Invitation.Status.SKIPPED);
      assertThat(byContact.get("carla-white").status()).isEqualTo(Invitation.Status.DRAFTED);
      try (Store store = Store.open(ConfigLoader.load(config).storeUrl())) {
        assertThat(store.invitations().lastInvitedByContact())
            .containsEntry("anna-smith", Instant.parse("2026-12-05T10:00:00Z"));
      }
      assertThat(invito("drafts", "sync", "--config", config.toString()).out())
          .as("only mail newer than the last sync is read")
          .contains("0 new in Sent, 0 marked sent");

      // Eight days after the drafts, two after Anna's was sent: with a pause of a week, Carla
      // (drafted, never sent) is invited to the next event and Anna, who just got one, is not.
      secondEventOnline = true;
      assertThat(
              invito("run", "--as-of", "2026-12-07T18:00+01:00", "--config", config.toString())
                  .code())
          .isZero();
      try (Store store = Store.open(ConfigLoader.load(config).storeUrl())) {
        assertThat(
                store.invitations().all().stream()
                    .filter(invitation -> invitation.week().equals("2026-W50"))
                    .map(Invitation::contactId))
            .contains("carla-white")
            .doesNotContain("anna-smith");
      }
      assertThat(invito("status", "--config", config.toString()).out())
          .containsPattern("mailbox push last done .*appended")
          .containsPattern("mailbox sync last done .*new in Sent");
    }
  }

  /** As a mail client sends a draft: out of Drafts, into Sent, X-Unsent gone, dated now. */
  private static void send(TestMailbox mailbox, Mail draft, boolean dropOurHeader)
      throws Exception {
    String text =
        draft
            .text()
            .replaceFirst("(?m)^X-Unsent: 1\r\n", "")
            .replaceFirst("(?m)^Date: [^\r\n]*", "Date: " + SENT_TIME);
    if (dropOurHeader) {
      text = text.replaceFirst("(?m)^X-Invito-Id: [^\r\n]*\r\n", "");
    }
    mailbox.append(SENT, text.getBytes(StandardCharsets.ISO_8859_1), new Flags(Flags.Flag.SEEN));
    mailbox.remove(DRAFTS, "Message-ID: " + draft.header("Message-ID"));
  }

  private static Map<String, Invitation> invitations(Path config) {
    try (Store store = Store.open(ConfigLoader.load(config).storeUrl())) {
      return store.invitations().all().stream()
          .collect(Collectors.toMap(Invitation::contactId, Function.identity()));
    }
  }

  private Path config() throws IOException {
    String base = site.origin();
    return ConfigFolder.at(dir.resolve("config"))
        .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
        .sources(
            """
              - id: ledgerly
                url: %s/launch.html
                type: page
              - id: ledgerly-reporting
                url: %s/second.html
                type: page
            """
                .formatted(base, base))
        .contacts(
            ConfigFolder.ANNA,
            "ben-jones,Ben,Jones,ben@example.co.uk,digital marketing,en,Europe/London,informal,email",
            "carla-white,Carla,White,carla@example.co.uk,digital marketing,en,Europe/London,informal,email",
            "dan-brown,Dan,Brown,dan@example.co.uk,digital marketing,en,Europe/London,informal,email")
        .section(TestMailbox.section(USER, TestMailbox.PASSWORD))
        .write();
  }
}
