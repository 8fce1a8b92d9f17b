package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.model.Week;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationStoreTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T07:00:00Z");

  @TempDir Path folder;
  private Store store;
  private InvitationStore invitations;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:h2:file:" + folder.resolve("invito"));
    invitations = store.invitations();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void savesADraftOnceAndReportsTheSameDraftAsNothingNew() {
    Invitation draft = invitation("ev1", "marco-rossi", "h1", MONDAY);

    assertThat(invitations.save(draft)).isTrue();
    assertThat(invitations.save(draft)).isFalse();
    assertThat(invitations.all()).containsExactly(draft);
    assertThat(invitations.find(draft.id())).contains(draft);
    assertThat(invitations.findFor("ev1", "marco-rossi")).contains(draft);
  }

  @Test
  void tellsWhenADraftWasSentOnlyWhenTheOwnerGaveATime() {
    Invitation timed = invitation("ev1", "marco-rossi", "h1", MONDAY);
    Invitation untimed = invitation("ev2", "anna-smith", "h2", MONDAY);
    invitations.save(timed);
    invitations.save(untimed);

    invitations.markSent(timed.id(), MONDAY.plusSeconds(3600));
    invitations.markSent(untimed.id());

    assertThat(invitations.sentTimes())
        .containsExactly(java.util.Map.entry(timed.id() + "#1", MONDAY.plusSeconds(3600)));
  }

  @Test
  void replacesTheDraftWhenWhatWasWrittenChanged() {
    invitations.save(invitation("ev1", "marco-rossi", "h1", MONDAY));
    Invitation rewritten = invitation("ev1", "marco-rossi", "h2", MONDAY.plusSeconds(60));

    assertThat(invitations.save(rewritten)).isTrue();

    assertThat(invitations.all()).containsExactly(rewritten);
  }

  @Test
  void keepsOneDraftPerChannel() {
    Invitation email = invitation("ev1", "marco-rossi", "h1", MONDAY);
    Invitation linkedin =
        new Invitation(
            "ev1-marco-rossi-linkedin",
            "ev1",
            "marco-rossi",
            Channel.LINKEDIN,
            "2026-W49",
            Path.of("2026-W49/marco-rossi/ev1-linkedin.txt"),
            "h9",
            Invitation.Status.DRAFTED,
            MONDAY);

    assertThat(invitations.save(email)).isTrue();
    assertThat(invitations.save(linkedin)).isTrue();

    assertThat(invitations.all()).containsExactlyInAnyOrder(email, linkedin);
  }

  @Test
  void findsTheDraftsOfAWeek() {
    Invitation thisWeek = invitation("ev1", "marco-rossi", "h1", MONDAY);
    Invitation nextWeek =
        new Invitation(
            "ev2-anna-bianchi-email",
            "ev2",
            "anna-bianchi",
            Channel.EMAIL,
            "2026-W50",
            Path.of("2026-W50/anna-bianchi/ev2.eml"),
            "h2",
            Invitation.Status.DRAFTED,
            MONDAY.plusSeconds(7 * 86_400));
    invitations.save(thisWeek);
    invitations.save(nextWeek);

    assertThat(invitations.forWeek(Week.parse("2026-W49"))).containsExactly(thisWeek);
    assertThat(invitations.forWeek(Week.parse("2026-W50"))).containsExactly(nextWeek);
  }

  @Test
  void tellsWhenEachContactWasLastInvitedLeavingOutSkippedDrafts() {
    invitations.save(invitation("ev1", "marco-rossi", "h1", MONDAY));
    invitations.save(invitation("ev2", "marco-rossi", "h2", MONDAY.plusSeconds(3600)));
    invitations.save(invitation("ev3", "marco-rossi", "h3", MONDAY.plusSeconds(7200)));
    invitations.save(invitation("ev1", "anna-bianchi", "h4", MONDAY));
    invitations.skip("ev3-marco-rossi-email");
    invitations.markSent("ev1-marco-rossi-email");

    assertThat(invitations.lastInvitedByContact())
        .containsEntry("marco-rossi", MONDAY.plusSeconds(3600))
        .containsEntry("anna-bianchi", MONDAY)
        .hasSize(2);
  }

  @Test
  void marksADraftSentOrSkippedOnlyOnce() {
    invitations.save(invitation("ev1", "marco-rossi", "h1", MONDAY));
    invitations.save(invitation("ev2", "marco-rossi", "h2", MONDAY));

    assertThat(invitations.markSent("ev1-marco-rossi-email")).isTrue();
    assertThat(invitations.markSent("ev1-marco-rossi-email")).isFalse();
    assertThat(invitations.skip("ev1-marco-rossi-email")).isFalse();
    assertThat(invitations.skip("ev2-marco-rossi-email")).isTrue();
    assertThat(invitations.skip("missing")).isFalse();

    assertThat(invitations.find("ev1-marco-rossi-email").orElseThrow().status())
        .isEqualTo(Invitation.Status.SENT);
    assertThat(invitations.find("ev2-marco-rossi-email").orElseThrow().status())
        .isEqualTo(Invitation.Status.SKIPPED);
  }

  @Test
  void countsTheDraftsWaitingInEachWeekLeavingOutSentSkippedAndSuperseded() {
    invitations.save(invitation("ev1", "marco-rossi", "h1", MONDAY));
    invitations.save(invitation("ev2", "marco-rossi", "h1", MONDAY));
    invitations.save(invitation("ev3", "anna-smith", "h1", MONDAY));
    invitations.save(inWeek(invitation("ev4", "anna-smith", "h1", MONDAY), "2026-W50"));
    invitations.save(inWeek(invitation("ev5", "anna-smith", "h1", MONDAY), "2026-W51"));
    invitations.markSent("ev2-marco-rossi-email");
    invitations.skip("ev5-anna-smith-email");
    // Superseded by a new draft: only the new one waits.
    invitations.save(invitation("ev3", "anna-smith", "h2", MONDAY.plusSeconds(60)));

    assertThat(invitations.waitingByWeek())
        .containsOnly(java.util.Map.entry("2026-W49", 2L), java.util.Map.entry("2026-W50", 1L));
  }

  private static Invitation inWeek(Invitation draft, String week) {
    return new Invitation(
        draft.id(),
        draft.eventId(),
        draft.contactId(),
        draft.channel(),
        week,
        draft.path(),
        draft.contentHash(),
        draft.status(),
        draft.createdAt());
  }

  private static Invitation invitation(
      String eventId, String contactId, String hash, Instant createdAt) {
    return new Invitation(
        eventId + "-" + contactId + "-email",
        eventId,
        contactId,
        Channel.EMAIL,
        "2026-W49",
        Path.of("2026-W49", contactId, eventId + ".eml"),
        hash,
        Invitation.Status.DRAFTED,
        createdAt);
  }
}
