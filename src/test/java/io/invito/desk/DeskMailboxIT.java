package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.cli.DemoData;
import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.testing.TestMailbox;
import io.invito.testing.TestMailbox.Mail;
import jakarta.mail.Flags;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The desk's "Put in the mailbox's Drafts", clicked in Chromium against the tests' Dovecot, on the
 * Italian demo whose mailbox names its drafts folder "Bozze": the draft goes in once and the page
 * says how many went in; after the owner edits the copy in their mail client and then the draft on
 * the desk, the next push leaves the owner's copy alone and the page says which draft and why; a
 * mailbox that does not answer is said on the draft's page, which stays usable. Needs {@code
 * INVITO_TEST_IMAP_*} (.ci/run starts the server).
 */
class DeskMailboxIT {
  private static final Instant TODAY = Instant.parse("2026-12-02T09:00:00Z");
  private static final String USER = "italiano";

  @RegisterExtension final DeskBrowser browser = new DeskBrowser();
  @TempDir Path temp;
  // The desk's clock: after the demo's run, as the owner's review always is, so that an edit on
  // the desk is later than the event's last change.
  private Clock anHourAfterTheRun;

  @Test
  void putsTheDraftInBozzeOnceAndLeavesTheCopyTheOwnerEdited() throws Exception {
    TestMailbox.host();
    try (TestMailbox mailbox = TestMailbox.open(USER)) {
      mailbox.empty("Bozze");
      Config config = demoWithMail(TestMailbox.section(USER, TestMailbox.PASSWORD));
      browser.start(config, anHourAfterTheRun);
      String id = openElenasEmail();
      String title = browser.find("section.draft h2 + p").getText();

      browser.submit("#push");

      assertThat(browser.find("#push-result").getText())
          .startsWith("Cartella delle bozze «Bozze»: ")
          .doesNotContain("Lasciate fuori");
      int pushed = mailbox.list("Bozze").size();
      assertThat(pushed).isPositive();
      Mail copy = only(mailbox.list("Bozze"), id);
      assertThat(copy.flags().contains(Flags.Flag.DRAFT)).isTrue();
      assertThat(copy.text()).contains("To: ").contains("e.conti@example.it");
      assertThat(browser.find("#state").getText()).isEqualTo("da inviare");
      browser.assertAccessible();

      // Pushed again: nothing new goes in.
      browser.submit("#push");
      assertThat(browser.find("#push-result").getText()).contains(" 0 inserite, 0 sostituite");
      assertThat(mailbox.list("Bozze")).hasSize(pushed);

      // The owner edits the copy in their mail client, then the draft on the desk.
      mailbox.remove("Bozze", "Message-ID: " + copy.header("Message-ID"));
      mailbox.append(
          "Bozze",
          copy.text()
              .replace("\r\nSubject: ", "\r\nSubject: [mia] ")
              .getBytes(StandardCharsets.ISO_8859_1),
          new Flags(Flags.Flag.DRAFT));
      String text = browser.find("#text").getAttribute("value");
      browser.find("#text").clear();
      browser.find("#text").sendKeys(text.stripTrailing() + "\n\nA presto!\n");
      browser.submit("#save");
      assertThat(browser.findAll("#rewrite")).isEmpty(); // the event did not change

      browser.submit("#push");

      // Named by person and event, linked to its page.
      assertThat(browser.findAll("#push-result ul.left li"))
          .singleElement()
          .satisfies(
              left -> {
                assertThat(left.getText())
                    .isEqualTo("Elena Conti — " + title + ": hai modificato la copia in «Bozze»");
                assertThat(left.findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("/drafts/" + id);
              });
      assertThat(only(mailbox.list("Bozze"), id).text()).contains("Subject: [mia] ");
      browser.shot("push");
      browser.assertAccessible();
    }
  }

  @Test
  void aMailboxThatDoesNotAnswerIsSaidOnTheDraftsPage() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort(); // nothing listens there once it is closed
    }
    String section =
        TestMailbox.section(USER, TestMailbox.PASSWORD)
            .replace("port: " + TestMailbox.port(), "port: " + closed);
    Config config = demoWithMail(section);
    browser.start(config, anHourAfterTheRun);
    openElenasEmail();

    browser.submit("#push");

    assertThat(browser.find("#push-result").getAttribute("role")).isEqualTo("alert");
    assertThat(browser.find("#push-result").getText())
        .startsWith("Non è stato possibile usare la casella: ")
        .contains(":" + closed)
        .endsWith("riprova quando la casella risponde.");
    browser.shot("push-failed");
    // Still the draft's page, every action there.
    assertThat(browser.find("#state").getText()).isEqualTo("da inviare");
    assertThat(browser.findAll("#mark-sent")).hasSize(1);
    browser.assertAccessible();
  }

  /** The Italian demo, its mailbox set by this {@code mail:} section. */
  private Config demoWithMail(String mailSection) throws Exception {
    DemoData.Made demo = DemoData.make(temp.resolve("demo"), "it", TODAY);
    anHourAfterTheRun = Clock.fixed(demo.runAt().plus(Duration.ofHours(1)), ZoneOffset.UTC);
    Path yaml = demo.config().directory().resolve(ConfigLoader.MAIN_FILE);
    Files.writeString(yaml, Files.readString(yaml) + "\n" + mailSection);
    Config loaded = ConfigLoader.load(demo.config().directory());
    return loaded.with(demo.config().storeUrl(), demo.config().outputDir(), loaded.fetch());
  }

  /** Opens Elena's e-mail draft from the week and returns its id. */
  private String openElenasEmail() {
    browser.submit("li.suggestion[data-contact=elena-conti] .drafts a");
    assertThat(browser.findAll("#push")).hasSize(1);
    return browser.driver().getCurrentUrl().replaceAll(".*/drafts/([0-9a-f]+).*", "$1");
  }

  private static Mail only(List<Mail> mails, String invitationId) {
    return mails.stream()
        .filter(mail -> invitationId.equals(mail.header("X-Invito-Id")))
        .reduce(
            (one, two) -> {
              throw new AssertionError("two copies of " + invitationId + " in Bozze");
            })
        .orElseThrow(() -> new AssertionError(invitationId + " is not in Bozze"));
  }
}
