package io.invito.cli;

import static io.invito.cli.DraftsPushIT.invito;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.invito.testing.ConfigFolder;
import io.invito.testing.TestMailbox;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XOAUTH2 as Gmail and Microsoft 365 want it, against a real Dovecot whose user {@code oauth} has
 * no password: the token a command prints is sent with SASL XOAUTH2, and Dovecot asks this test's
 * introspection endpoint whether it is good. Needs {@code INVITO_TEST_IMAP_*}.
 */
class DraftsOAuthIT {
  private static final String GOOD = "ya29.token-from-the-command";

  @TempDir Path dir;
  private HttpServer introspection;
  private final List<String> tokensAsked = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startIntrospection() throws IOException {
    TestMailbox.host();
    String port = System.getenv("INVITO_TEST_IMAP_OAUTH_PORT");
    assumeTrue(port != null, "INVITO_TEST_IMAP_OAUTH_PORT is not set (.ci/dovecot-start sets it)");
    introspection =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), 0);
    introspection.createContext(
        "/introspect",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String token = "";
          for (String pair : form.split("&")) {
            if (pair.startsWith("token=")) {
              token = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
          }
          tokensAsked.add(token);
          String answer =
              token.equals(GOOD)
                  ? "{\"active\": true, \"username\": \"oauth\"}"
                  : "{\"active\": false}";
          TestServer.send(exchange, 200, answer, "Content-Type", "application/json");
        });
    introspection.start();
  }

  @AfterEach
  void stopIntrospection() {
    if (introspection != null) {
      introspection.stop(0);
    }
  }

  @Test
  void theTokenACommandPrintsLogsInWithXoauth2() throws IOException {
    DraftsPushIT.Outcome push = invito("drafts", "push", "--config", config(GOOD));

    assertThat(push.code()).as(push.err()).isZero();
    assertThat(push.out()).contains("(Drafts)");
    assertThat(tokensAsked).contains(GOOD);
  }

  @Test
  void aTokenTheServerRefusesIsOneLineNamingTheServer() throws IOException {
    DraftsPushIT.Outcome push = invito("drafts", "push", "--config", config("ya29.expired"));

    assertThat(push.code()).isEqualTo(1);
    assertThat(push.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: imap " + TestMailbox.host() + ":" + TestMailbox.port() + ": ")
        .contains("login refused for oauth");
    assertThat(tokensAsked).contains("ya29.expired");
  }

  private String config(String token) throws IOException {
    String section =
        TestMailbox.section("oauth", "unused")
            .replace(
                "    passwordCommand: printf '%s\\n' 'unused'",
                "    tokenCommand: printf '%s\\n' '" + token + "'");
    return ConfigFolder.at(dir.resolve("config"))
        .contacts(ConfigFolder.ANNA)
        .section(section)
        .write()
        .toString();
  }
}
