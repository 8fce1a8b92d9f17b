package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invito invites mark-sent} and {@code skip} take ids as git takes commits. */
class InvitesCommandTest {
  private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

  @TempDir Path dir;

  @BeforeEach
  void storeThreeDrafts() throws IOException {
    ConfigFolder.at(dir).write();
    try (Store store = Store.open(ConfigLoader.load(dir).storeUrl())) {
      for (String id : new String[] {"26d9cd799698", "26d9aa000001", "7788ab12cdef"}) {
        store
            .invitations()
            .save(
                new Invitation(
                    id,
                    "ev-" + id,
                    "marco-rossi",
                    Channel.EMAIL,
                    "2026-W49",
                    Path.of("invites/2026-W49/marco-rossi/ev-" + id + ".eml"),
                    "hash-" + id,
                    Invitation.Status.DRAFTED,
                    NOW));
      }
    }
  }

  private Invitation.Status status(String id) {
    try (Store store = Store.open(ConfigLoader.load(dir).storeUrl())) {
      return store.invitations().find(id).orElseThrow().status();
    }
  }

  @Test
  void marksSeveralDraftsSentByUniquePrefixes() {
    CliRun result = invito("invites", "mark-sent", "26d9c", "7788", "--config", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("26d9cd799698: sent\n7788ab12cdef: sent\n");
    assertThat(status("26d9cd799698")).isEqualTo(Invitation.Status.SENT);
    assertThat(status("7788ab12cdef")).isEqualTo(Invitation.Status.SENT);
  }

  @Test
  void refusesAnAmbiguousPrefixWithExit2NamingTheCandidatesAndChangesNothing() {
    CliRun result = invito("invites", "skip", "7788", "26d9", "--config", dir.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("draft id '26d9' is ambiguous: 26d9aa000001, 26d9cd799698");
    assertThat(status("7788ab12cdef"))
        .as("resolved before any change")
        .isEqualTo(Invitation.Status.DRAFTED);
  }

  @Test
  void refusesAnUnknownOrTooShortIdWithExit2() {
    assertThat(invito("invites", "mark-sent", "ffff", "--config", dir.toString()).err())
        .contains("no draft with id 'ffff'");
    CliRun tooShort = invito("invites", "mark-sent", "26", "--config", dir.toString());
    assertThat(tooShort.code()).isEqualTo(2);
    assertThat(tooShort.err()).contains("draft id '26' is too short: give at least 4 characters");
  }

  @Test
  void listsTheDraftsUnderAHeaderWithTheLinkThatSendsEachOne() throws Exception {
    Files.writeString(
        dir.resolve("contacts.csv"),
        "id,first_name,last_name,email,phone,channel\n"
            + "marco-rossi,Marco,Rossi,marco@example.it,+393331234567,whatsapp\n");
    Config config = ConfigLoader.load(dir);
    Path note = Path.of("invites/2026-W49/marco-rossi/ev-wa.whatsapp.txt");
    String text = "Ciao Marco, giovedì c'è un webinar sull'export: ti va?\nGiulia";
    Files.createDirectories(config.outputDir().resolve(note).getParent());
    Files.writeString(config.outputDir().resolve(note), text);
    try (Store store = Store.open(config.storeUrl())) {
      store
          .invitations()
          .save(
              new Invitation(
                  "aa11bb22cc33",
                  "ev-wa",
                  "marco-rossi",
                  Channel.WHATSAPP,
                  "2026-W49",
                  note,
                  "hash-wa",
                  Invitation.Status.DRAFTED,
                  NOW));
    }

    CliRun listed = invito("invites", "list", "--all", "--config", dir.toString());
    CliRun json = invito("invites", "list", "--all", "--json", "--config", dir.toString());

    assertThat(listed.code()).as(listed.err()).isZero();
    assertThat(listed.out().lines().findFirst().orElseThrow())
        .matches("ID +WEEK +CONTACT +EVENT +CHANNEL +STATUS +FILE");
    assertThat(listed.out()).contains("    send: https://wa.me/393331234567?text=Ciao%20Marco");
    JsonNode drafts = new ObjectMapper().readTree(json.out());
    assertThat(drafts).hasSize(4);
    JsonNode whatsapp =
        java.util.stream.StreamSupport.stream(drafts.spliterator(), false)
            .filter(draft -> draft.get("id").asText().equals("aa11bb22cc33"))
            .findFirst()
            .orElseThrow();
    String link = whatsapp.get("link").asText();
    assertThat(link).startsWith("https://wa.me/393331234567?text=");
    assertThat(URLDecoder.decode(link.substring(link.indexOf("text=") + 5), StandardCharsets.UTF_8))
        .isEqualTo(text);
    // The e-mail drafts' files were never written: no link pretends to carry their text.
    assertThat(drafts.get(0).has("link")).isFalse();
  }
}
