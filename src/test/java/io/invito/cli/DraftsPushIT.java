package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.ConfigFolder;
import io.invito.testing.TestMailbox;
import io.invito.testing.TestMailbox.Mail;
import io.invito.testing.TestServer;
import jakarta.mail.Flags;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invito drafts push} on a real Dovecot: 200 drafts go in once, however often pushed; a
 * rescheduled event's drafts replace their untouched copies and leave the one the owner edited,
 * saying so; a push killed after an append and before its record leaves, once rerun, every draft
 * there exactly once. Needs {@code INVITO_TEST_IMAP_*} (.ci/run starts the server).
 */
class DraftsPushIT {
  static final String SUNDAY_EVENING = "2026-11-29T18:00+01:00";
  static final String AN_HOUR_LATER = "2026-11-29T19:00+01:00";
  private static final int CONTACTS = 200;

  @TempDir Path dir;
  private TestServer site;
  private volatile String launchPage;

  @BeforeEach
  void startSite() throws IOException {
    TestMailbox.host();
    launchPage = Files.readString(Path.of("src/test/resources/site/launch.html"));
    site =
        new TestServer()
            .route(
                "/launch.html",
                exchange ->
                    TestServer.send(
                        exchange, 200, launchPage, "Content-Type", "text/html; charset=utf-8"));
  }

  @AfterEach
  void stopSite() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void pushesTwoHundredDraftsOnceAndReplacesOnlyTheCopiesNobodyTouched() throws Exception {
    try (TestMailbox mailbox = TestMailbox.open("speciale")) {
      mailbox.empty("Drafts");
      Path config = config("speciale", true);

      assertThat(invito("run", "--as-of", SUNDAY_EVENING, "--config", config.toString()).code())
          .isZero();
      List<Mail> first = mailbox.list("Drafts");
      assertThat(first).hasSize(CONTACTS);
      assertThat(first)
          .allSatisfy(
              mail -> {
                assertThat(mail.flags().contains(Flags.Flag.DRAFT)).isTrue();
                assertThat(mail.flags().contains(Flags.Flag.SEEN)).isTrue();
                assertThat(mail.header("X-Invito-Id")).hasSize(12);
                assertThat(mail.text()).contains("Wednesday 2 December at 5:00 pm");
              });
      assertThat(first.stream().map(mail -> mail.header("X-Invito-Id")).distinct())
          .hasSize(CONTACTS);

      Outcome again = invito("drafts", "push", "--config", config.toString());
      assertThat(again.code()).isZero();
      assertThat(again.out()).contains("0 appended, 0 replaced, 200 unchanged");
      assertThat(mailbox.list("Drafts")).hasSize(CONTACTS);

      // The owner edits one draft in their client, which keeps its Message-ID and our header.
      Mail edited = first.get(7);
      mailbox.remove("Drafts", "Message-ID: " + edited.header("Message-ID"));
      mailbox.append(
          "Drafts",
          edited
              .text()
              .replace("\r\nSubject: ", "\r\nSubject: [edited] ")
              .getBytes(StandardCharsets.ISO_8859_1),
          new Flags(Flags.Flag.DRAFT));
      reschedule("2026-12-09");

      Outcome rescheduled = invito("run", "--as-of", AN_HOUR_LATER, "--config", config.toString());

      assertThat(rescheduled.code()).isZero();
      assertThat(rescheduled.out())
          .contains(
              "draft "
                  + edited.header("X-Invito-Id")
                  + " was revised but not pushed: the copy in Drafts was edited");
      List<Mail> after = mailbox.list("Drafts");
      assertThat(after).hasSize(CONTACTS);
      List<Mail> kept =
          after.stream()
              .filter(mail -> mail.header("X-Invito-Id").equals(edited.header("X-Invito-Id")))
              .toList();
      assertThat(kept)
          .singleElement()
          .satisfies(mail -> assertThat(mail.text()).contains("Subject: [edited] "));
      assertThat(after.stream().filter(mail -> !kept.contains(mail)))
          .hasSize(CONTACTS - 1)
          .allSatisfy(mail -> assertThat(mail.text()).contains("Wednesday 9 December at 5:00 pm"));
      assertThat(invito("drafts", "push", "--config", config.toString()).out())
          .as("the revision left alone is reported once, then counts as done")
          .contains("0 appended, 0 replaced, 200 unchanged, 0 left");
    }
  }

  @Test
  void aPushKilledAfterAnAppendAndBeforeItsRecordLeavesEveryDraftOnceWhenRunAgain()
      throws Exception {
    try (TestMailbox mailbox = TestMailbox.open("gmail")) {
      mailbox.empty("[Gmail]/Drafts");
      Path config = config("gmail", false);
      assertThat(invito("run", "--as-of", SUNDAY_EVENING, "--config", config.toString()).code())
          .isZero();
      Files.writeString(
          config.resolve("invito.yaml"),
          TestMailbox.section("gmail", TestMailbox.PASSWORD),
          java.nio.file.StandardOpenOption.APPEND);

      Process killed =
          new ProcessBuilder(
                  javaCommand("-Dinvito.kill=mail.appended@100", "drafts", "push", config))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("killed.log").toFile())
              .start();
      assertThat(killed.waitFor()).isEqualTo(io.invito.output.KillPoint.HALTED);
      assertThat(mailbox.list("[Gmail]/Drafts")).hasSize(100);

      Outcome rerun = invito("drafts", "push", "--config", config.toString());

      assertThat(rerun.code()).as(rerun.err()).isZero();
      assertThat(rerun.out())
          .as("the 100th was appended and not recorded: found there, not appended again")
          .contains("101 appended, 0 replaced, 99 unchanged")
          .contains("([Gmail]/Drafts)");
      List<Mail> drafts = mailbox.list("[Gmail]/Drafts");
      Set<String> ids =
          drafts.stream().map(mail -> mail.header("X-Invito-Id")).collect(Collectors.toSet());
      assertThat(drafts).hasSize(CONTACTS);
      assertThat(ids).hasSize(CONTACTS);
      try (io.invito.store.Store store =
          io.invito.store.Store.open(io.invito.config.ConfigLoader.load(config).storeUrl())) {
        assertThat(ids)
            .isEqualTo(
                store.invitations().all().stream()
                    .map(io.invito.model.Invitation::id)
                    .collect(Collectors.toSet()));
      }
    }
  }

  @Test
  void aPushThatOverflowsTheQuotaStopsInOneLineAndTheNextPushAppendsOnlyWhatDidNotGoIn()
      throws Exception {
    try (TestMailbox mailbox = TestMailbox.open("piena")) {
      mailbox.empty("Drafts");
      Path config = config("piena", false);
      assertThat(invito("run", "--as-of", SUNDAY_EVENING, "--config", config.toString()).code())
          .isZero();
      Files.writeString(
          config.resolve("invito.yaml"),
          TestMailbox.section("piena", TestMailbox.PASSWORD),
          java.nio.file.StandardOpenOption.APPEND);

      Outcome full = invito("drafts", "push", "--config", config.toString());

      assertThat(full.code()).isEqualTo(1);
      assertThat(full.err().lines())
          .singleElement()
          .asString()
          .startsWith("error: imap " + TestMailbox.host() + ":" + TestMailbox.port() + ": ")
          .contains("the mailbox is full");
      assertThat(mailbox.list("Drafts")).hasSize(150);

      // The owner makes room by deleting 60 drafts: those stay deleted, the 50 that never went
      // in are appended by the next push, and none twice.
      Set<String> deleted =
          mailbox.removeFirst("Drafts", 60).stream()
              .map(mail -> mail.header("X-Invito-Id"))
              .collect(Collectors.toSet());
      Outcome next = invito("drafts", "push", "--config", config.toString());

      assertThat(next.code()).as(next.err()).isZero();
      assertThat(next.out()).contains("50 appended, 0 replaced, 150 unchanged");
      List<String> ids =
          mailbox.list("Drafts").stream().map(mail -> mail.header("X-Invito-Id")).toList();
      assertThat(ids).hasSize(140).doesNotHaveDuplicates().doesNotContainAnyElementsOf(deleted);
      assertThat(invito("status", "--config", config.toString()).out())
          .containsPattern("mailbox push last done .*50 appended");
    }
  }

  private List<String> javaCommand(String property, String group, String command, Path config) {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ArrayList<>(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath,
            property,
            Main.class.getName(),
            group,
            command,
            "--config",
            config.toString()));
  }

  private Path config(String user, boolean withMail) throws IOException {
    String base = site.origin();
    String[] contacts =
        IntStream.rangeClosed(1, CONTACTS)
            .mapToObj(
                at ->
                    "contact-%03d,Person,Number%03d,person%03d@example.co.uk,digital marketing,en,Europe/London,informal,email"
                        .formatted(at, at, at))
            .toArray(String[]::new);
    ConfigFolder folder =
        ConfigFolder.at(dir.resolve("config"))
            .fetchFromLoopback("requestTimeout: 5s", "hostSpacing: 0s")
            .section("matching:\n  perEventTop: 500\n")
            .sources(
                """
                  - id: ledgerly
                    url: %s/launch.html
                    type: page
                """
                    .formatted(base))
            .contacts(contacts);
    if (withMail) {
      folder.section(TestMailbox.section(user, TestMailbox.PASSWORD));
    }
    return folder.write();
  }

  private void reschedule(String day) {
    launchPage =
        launchPage
            .replace("2026-12-02T17:00:00+00:00", day + "T17:00:00+00:00")
            .replace("2026-12-02T18:00:00+00:00", day + "T18:00:00+00:00");
  }

  static Outcome invito(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** What a command printed and returned. */
  record Outcome(int code, String out, String err) {}
}
