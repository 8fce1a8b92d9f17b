package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.model.MailboxPosition;
import io.invito.model.PushedDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mailbox's records in a real H2 store (and, through {@link #checks}, in PostgreSQL): what was
 * pushed, the passes with the Sent folder's position, and an invitation sent at a given time.
 */
class MailboxStoreTest {
  private static final Instant DRAFTED = Instant.parse("2026-11-29T17:00:00Z");
  private static final Instant SENT = Instant.parse("2026-12-05T10:00:00Z");

  @TempDir Path folder;

  @Test
  void keepsWhatWasPushedThePassesAndWhenAnInvitationWasSent() {
    try (Store store = Store.open("jdbc:h2:file:" + folder.resolve("invito"))) {
      checks(store);
    }
  }

  static void checks(Store store) {
    Invitation draft =
        new Invitation(
            "0fc39f539736",
            "ev1",
            "anna-smith",
            Channel.EMAIL,
            "2026-W49",
            Path.of("invites/2026-W49/anna-smith/ev1.eml"),
            "h1",
            Invitation.Status.DRAFTED,
            DRAFTED);
    store.invitations().save(draft);
    assertThat(store.invitations().markSent(draft.id(), SENT)).isTrue();
    assertThat(store.invitations().markSent(draft.id(), SENT.plusSeconds(60)))
        .as("a second sighting changes nothing")
        .isFalse();
    assertThat(store.invitations().lastInvitedByContact()).containsEntry("anna-smith", SENT);

    PushedDraft pushed =
        new PushedDraft(
            draft.id(), "<invito.a@example.it>", "hash1", PushedDraft.State.PUSHED, DRAFTED);
    store.mailbox().record(pushed);
    PushedDraft left =
        new PushedDraft(draft.id(), "<invito.b@example.it>", "hash2", PushedDraft.State.LEFT, SENT);
    store.mailbox().record(left);
    assertThat(store.mailbox().pushed()).containsOnlyKeys(draft.id()).containsValue(left);

    MailboxPosition position = new MailboxPosition("Posta inviata", 1_700_000_000L, 42);
    store.mailbox().succeeded(MailboxStore.SYNC, DRAFTED, "1 marked sent", Optional.of(position));
    store.mailbox().failed(MailboxStore.SYNC, SENT, "imap h:993: cannot connect");
    MailboxStore.Pass sync = store.mailbox().pass(MailboxStore.SYNC).orElseThrow();
    assertThat(sync.attemptedAt()).isEqualTo(SENT);
    assertThat(sync.succeededAt()).contains(DRAFTED);
    assertThat(sync.outcome()).isEqualTo("imap h:993: cannot connect");
    assertThat(sync.position()).as("a failed sync keeps the position").contains(position);
    assertThat(store.mailbox().pass(MailboxStore.PUSH)).isEmpty();
  }
}
