package io.invito.cli;

import static io.invito.cli.DraftsPushIT.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.ConfigFolder;
import io.invito.testing.TestMailbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong with a mailbox, against a real Dovecot: each failure is one line naming the
 * server and the cause, exit 1; the status keeps the last success; a run with a mailbox it cannot
 * use still drafts and writes its digest. Needs {@code INVITO_TEST_IMAP_*} (.ci/run starts the
 * server).
 */
class DraftsFaultsIT {
  @TempDir Path dir;

  @Test
  void aWrongPasswordIsOneLineNamingTheServerAndTheLoginRefused() throws IOException {
    DraftsPushIT.Outcome push =
        invito("drafts", "push", "--config", config(TestMailbox.section("speciale", "wrong")));

    assertThat(push.code()).isEqualTo(1);
    assertThat(push.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: imap " + TestMailbox.host() + ":" + TestMailbox.port() + ": ")
        .contains("login refused for speciale (wrong user or password?)");
  }

  @Test
  void aServerThatIsDownIsOneLineSayingItCannotConnect() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String section =
        TestMailbox.section("speciale", TestMailbox.PASSWORD)
            .replace("port: " + TestMailbox.port(), "port: " + closed);

    DraftsPushIT.Outcome sync = invito("drafts", "sync", "--config", config(section));

    assertThat(sync.code()).isEqualTo(1);
    assertThat(sync.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: imap " + TestMailbox.host() + ":" + closed + ": cannot connect");
  }

  @Test
  void aServerWhoseCertificateIsNotTrustedIsRefused() throws IOException {
    String section =
        TestMailbox.section("speciale", TestMailbox.PASSWORD)
            .replace("    trustedCertificate: " + TestMailbox.certificate() + "\n", "");

    DraftsPushIT.Outcome push = invito("drafts", "push", "--config", config(section));

    assertThat(push.code()).isEqualTo(1);
    assertThat(push.err().lines()).singleElement().asString().contains("TLS failed");
  }

  @Test
  void aConfiguredFolderThatDoesNotExistIsNamed() throws IOException {
    String section =
        TestMailbox.section("speciale", TestMailbox.PASSWORD, "    draftsFolder: Nowhere");

    DraftsPushIT.Outcome push = invito("drafts", "push", "--config", config(section));

    assertThat(push.code()).isEqualTo(1);
    assertThat(push.err().lines())
        .singleElement()
        .asString()
        .contains("the Drafts folder 'Nowhere' (mail.imap.draftsFolder) does not exist");
  }

  @Test
  void starttlsOnThePlainPortWorksAndTheStatusKeepsTheLastSuccessAfterAFailure()
      throws IOException {
    String starttls =
        TestMailbox.section("speciale", TestMailbox.PASSWORD, "    security: starttls")
            .replace("port: " + TestMailbox.port(), "port: " + TestMailbox.starttlsPort());
    String config = config(starttls);
    DraftsPushIT.Outcome push = invito("drafts", "push", "--config", config);
    assertThat(push.code()).as(push.err()).isZero();
    assertThat(push.out()).contains("(Drafts)");

    config(starttls.replace(TestMailbox.PASSWORD, "wrong"));
    assertThat(invito("drafts", "push", "--config", config).code()).isEqualTo(1);

    String status = invito("status", "--config", config).out();
    assertThat(status)
        .containsPattern(
            "mailbox push last failed \\S+ \\S+ [+-]\\d\\d:\\d\\d, last done \\d{4}-\\d\\d-\\d\\d")
        .contains("login refused for speciale");
  }

  @Test
  void aRunWhoseMailboxRefusesStillDraftsAndWarnsInOneLine() throws IOException {
    String config = config(TestMailbox.section("speciale", "wrong"));

    DraftsPushIT.Outcome run =
        invito("run", "--as-of", DraftsPushIT.SUNDAY_EVENING, "--config", config);

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Digest:")
        .containsPattern("warning: mailbox: imap \\S+: login refused for speciale");
  }

  private String config(String mailSection) throws IOException {
    return ConfigFolder.at(dir.resolve("config"))
        .contacts(ConfigFolder.ANNA)
        .section(mailSection)
        .write()
        .toString();
  }
}
