package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mail.imap section of invito.yaml: checked at load, never holding a password. */
class MailConfigTest {
  private static final String OWNER =
      "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n";

  @TempDir Path dir;

  @BeforeEach
  void writeTheRest() throws IOException {
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("sources.yaml"), "sources: []\n");
    Files.copy(Path.of("src/test/resources/mail/self-signed.pem"), dir.resolve("server.pem"));
  }

  private Config load(String imap) throws IOException {
    Files.writeString(dir.resolve("invito.yaml"), OWNER + "mail:\n  imap:\n" + imap);
    return ConfigLoader.load(dir);
  }

  @Test
  void withoutAMailSectionThereIsNoMailbox() throws IOException {
    Files.writeString(dir.resolve("invito.yaml"), OWNER);

    assertThat(ConfigLoader.load(dir).mail()).isEmpty();
  }

  @Test
  void readsEveryKeyAndDefaultsToImplicitTlsOnPort993() throws IOException {
    MailSettings mail =
        load("""
                    host: imap.example.it
                    user: giulia@example.it
                    passwordCommand: pass show mail
                    trustedCertificate: server.pem
                    draftsFolder: Bozze
                    sentFolder: Posta inviata
                """)
            .mail()
            .orElseThrow();

    assertThat(mail.port()).isEqualTo(993);
    assertThat(mail.security()).isEqualTo(MailSettings.Security.SSL);
    assertThat(mail.secret().kind()).isEqualTo(MailSettings.Secret.Kind.PASSWORD_COMMAND);
    assertThat(mail.secret().value()).isEqualTo("pass show mail");
    assertThat(mail.trustedCertificate()).contains(dir.resolve("server.pem"));
    assertThat(mail.draftsFolder()).contains("Bozze");
    assertThat(mail.sentFolder()).contains("Posta inviata");
  }

  @Test
  void starttlsDefaultsToPort143() throws IOException {
    MailSettings mail =
        load("    host: h\n    security: STARTTLS\n    user: u\n    passwordEnv: IMAP_PW\n")
            .mail()
            .orElseThrow();

    assertThat(mail.port()).isEqualTo(143);
    assertThat(mail.security()).isEqualTo(MailSettings.Security.STARTTLS);
  }

  @Test
  void refusesAPasswordInTheFileNamingTheKeyAndTheWayOut() {
    assertThatThrownBy(() -> load("    host: h\n    user: u\n    password: hunter2\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("invito.yaml: mail.imap.password is refused")
        .hasMessageContaining("passwordEnv")
        .hasMessageNotContaining("hunter2");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "    security: none | invito.yaml: mail.imap.security 'none' is not ssl or starttls",
        "    port: 0 | invito.yaml: mail.imap.port '0' is not a port number (1 to 65535)",
        "    port: imap | invito.yaml: mail.imap.port 'imap' is not a port number (1 to 65535)",
        "    passwordEnv: 'my password' | invito.yaml: mail.imap.passwordEnv 'my password' is not"
            + " an environment variable's name",
        "    trustedCertificate: missing.pem | invito.yaml: mail.imap.trustedCertificate"
            + " 'missing.pem' cannot be read",
        "    trustedCertificate: contacts.csv | invito.yaml: mail.imap.trustedCertificate"
            + " 'contacts.csv' is not a PEM or DER certificate",
        "    trustAll: true | invito.yaml: mail.imap.trustAll is not a known key",
      })
  void refusesABadValueNamingTheKeyAndTheValue(String line, String message) {
    String passwordless = line.contains("password") ? "" : "    passwordEnv: IMAP_PW\n";
    assertThatThrownBy(
            () -> load("    host: h\n    user: u\n" + passwordless + "    " + line.strip() + "\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void refusesNoSecretAndTwoSecrets() {
    assertThatThrownBy(() -> load("    host: h\n    user: u\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("invito.yaml: mail.imap has no secret");
    assertThatThrownBy(
            () -> load("    host: h\n    user: u\n    passwordEnv: A\n    tokenCommand: t\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("invito.yaml: mail.imap has 2 secrets");
  }
}
