package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.model.Week;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft that a changed event supersedes is kept as an earlier revision, with its file, hash,
 * creation time and the status it had; every read of "the current draft" leaves it out.
 */
class InvitationHistoryTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T07:00:00Z");
  private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
  private static final Instant WEDNESDAY = TUESDAY.plusSeconds(86_400);
  private static final String ID = "ev1-marco-rossi-email";

  @TempDir Path folder;
  private Store store;
  private InvitationStore invitations;

  @BeforeEach
  void open() {
    store = Store.open(url());
    invitations = store.invitations();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private String url() {
    return "jdbc:h2:file:" + folder.resolve("invito");
  }

  @Test
  void keepsTheSupersededDraftWithItsFileHashAndTimeBesideTheNewOne() {
    Invitation first = draft("2026-W49", "h1", MONDAY);
    Invitation second = draft("2026-W50", "h2", TUESDAY);
    invitations.save(first);

    InvitationStore.Saved saved = invitations.saveRevision(second, Invitation::path);

    assertThat(saved.changed()).isTrue();
    DraftRevision kept = saved.superseded().orElseThrow();
    assertThat(kept.invitation()).isEqualTo(superseded(first, first.path()));
    assertThat(kept.revision()).isEqualTo(1);
    assertThat(kept.supersededStatus()).contains(Invitation.Status.DRAFTED);
    assertThat(kept.supersededAt()).contains(TUESDAY);
    assertThat(invitations.historyOf(ID))
        .containsExactly(kept, new DraftRevision(second, 2, Optional.empty(), Optional.empty()));
  }

  @Test
  void readsOfTheCurrentDraftLeaveTheSupersededOneOut() {
    Invitation first = draft("2026-W49", "h1", MONDAY);
    Invitation second = draft("2026-W50", "h2", TUESDAY);
    invitations.save(first);
    invitations.save(second);

    assertThat(invitations.all()).containsExactly(second);
    assertThat(invitations.find(ID)).contains(second);
    assertThat(invitations.findFor("ev1", "marco-rossi")).contains(second);
    assertThat(invitations.forWeek(Week.parse("2026-W49"))).isEmpty();
    assertThat(invitations.forWeek(Week.parse("2026-W50"))).containsExactly(second);
    assertThat(invitations.history()).hasSize(2);
  }

  @Test
  void saysThatASupersededDraftHadBeenSent() {
    invitations.save(draft("2026-W49", "h1", MONDAY));
    invitations.markSent(ID);

    DraftRevision kept =
        invitations
            .saveRevision(draft("2026-W49", "h2", TUESDAY), Invitation::path)
            .superseded()
            .orElseThrow();

    assertThat(kept.sentThenSuperseded()).isTrue();
    assertThat(invitations.history())
        .filteredOn(DraftRevision::sentThenSuperseded)
        .singleElement()
        .satisfies(revision -> assertThat(revision.invitation().contentHash()).isEqualTo("h1"));
    assertThat(invitations.find(ID).orElseThrow().status()).isEqualTo(Invitation.Status.DRAFTED);
  }

  @Test
  void recordsWhereTheWriterKeptADraftItWroteTheNewOneOver() {
    Invitation first = draft("2026-W49", "h1", MONDAY);
    invitations.save(first);
    Path keptAs = Path.of("invites/2026-W49/marco-rossi/ev1.superseded-h1.eml");

    DraftRevision kept =
        invitations
            .saveRevision(draft("2026-W49", "h2", TUESDAY), earlier -> keptAs)
            .superseded()
            .orElseThrow();

    assertThat(kept.invitation().path()).isEqualTo(keptAs);
    assertThat(invitations.historyOf(ID).get(0).invitation().path()).isEqualTo(keptAs);
  }

  @Test
  void pointsAnOlderRevisionAtItsKeptCopyWhenAnEventMovedBackWritesOverItsFile() {
    Invitation first = draft("2026-W49", "h1", MONDAY);
    Invitation moved = draft("2026-W50", "h2", TUESDAY);
    Invitation movedBack = draft("2026-W49", "h3", WEDNESDAY);
    invitations.save(first);
    invitations.save(moved);

    invitations.saveRevision(
        movedBack, earlier -> Path.of(earlier.path() + ".kept-" + earlier.contentHash()));

    assertThat(invitations.historyOf(ID))
        .extracting(revision -> revision.invitation().path())
        .containsExactly(Path.of(first.path() + ".kept-h1"), moved.path(), movedBack.path());
  }

  @Test
  void numbersEachRevisionAndMarksOnlyTheCurrentOneSentOrSkipped() {
    invitations.save(draft("2026-W49", "h1", MONDAY));
    invitations.markSent(ID);
    invitations.save(draft("2026-W49", "h2", TUESDAY));
    invitations.skip(ID);
    invitations.save(draft("2026-W49", "h3", WEDNESDAY));

    assertThat(invitations.historyOf(ID))
        .extracting(
            DraftRevision::revision,
            revision -> revision.invitation().status(),
            DraftRevision::supersededStatus)
        .containsExactly(
            tuple(1, Invitation.Status.SUPERSEDED, Optional.of(Invitation.Status.SENT)),
            tuple(2, Invitation.Status.SUPERSEDED, Optional.of(Invitation.Status.SKIPPED)),
            tuple(3, Invitation.Status.DRAFTED, Optional.empty()));
    assertThat(invitations.markSent(ID)).isTrue();
    assertThat(invitations.historyOf(ID))
        .extracting(revision -> revision.invitation().status())
        .containsExactly(
            Invitation.Status.SUPERSEDED, Invitation.Status.SUPERSEDED, Invitation.Status.SENT);
  }

  @Test
  void savingTheSameDraftAgainAddsNoRevision() {
    invitations.save(draft("2026-W49", "h1", MONDAY));
    invitations.save(draft("2026-W49", "h2", TUESDAY));

    InvitationStore.Saved again =
        invitations.saveRevision(draft("2026-W49", "h2", WEDNESDAY), Invitation::path);

    assertThat(again).isEqualTo(new InvitationStore.Saved(false, Optional.empty()));
    assertThat(invitations.historyOf(ID)).hasSize(2);
  }

  @Test
  void aContactWhoWasSentADraftSinceSupersededAndSkippedStillCountsAsInvitedThen() {
    invitations.save(draft("2026-W49", "h1", MONDAY));
    invitations.markSent(ID);
    invitations.save(draft("2026-W49", "h2", TUESDAY));
    invitations.skip(ID);

    assertThat(invitations.lastInvitedByContact())
        .containsExactlyEntriesOf(Map.of("marco-rossi", MONDAY));
  }

  @Test
  void aSupersededDraftThatWasNeverSentDoesNotCountAsAnInvitation() {
    invitations.save(draft("2026-W49", "h1", MONDAY));
    invitations.save(draft("2026-W49", "h2", TUESDAY));
    invitations.skip(ID);

    assertThat(invitations.lastInvitedByContact()).isEmpty();
  }

  @Test
  void refusesANewDraftMarkedSuperseded() {
    Invitation first = draft("2026-W49", "h1", MONDAY);

    assertThatThrownBy(() -> invitations.save(superseded(first, first.path())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ID);
  }

  @Test
  void keepsTheDraftsOfAStoreMadeBeforeRevisionsAsTheirFirstRevision() throws SQLException {
    store.close();
    store = null;
    Path older = folder.resolve("older");
    String olderUrl = "jdbc:h2:file:" + older.resolve("invito");
    Flyway.configure()
        .dataSource(olderUrl, "", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target("4")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(olderUrl);
        Statement insert = connection.createStatement()) {
      insert.execute(
          "INSERT INTO invitations (id, event_id, contact_id, channel, iso_week, path,"
              + " content_hash, status, created_at) VALUES ('"
              + ID
              + "', 'ev1', 'marco-rossi', 'EMAIL', '2026-W49', 'invites/2026-W49/marco-rossi/ev1.eml',"
              + " 'h1', 'SENT', TIMESTAMP WITH TIME ZONE '2026-11-30 07:00:00+00')");
    }

    store = Store.open(olderUrl);
    invitations = store.invitations();
    invitations.save(draft("2026-W49", "h2", TUESDAY));

    assertThat(invitations.historyOf(ID))
        .extracting(DraftRevision::revision, DraftRevision::sentThenSuperseded)
        .containsExactly(tuple(1, true), tuple(2, false));
  }

  private static Invitation draft(String week, String hash, Instant createdAt) {
    return new Invitation(
        ID,
        "ev1",
        "marco-rossi",
        Channel.EMAIL,
        week,
        Path.of("invites", week, "marco-rossi", "ev1.eml"),
        hash,
        Invitation.Status.DRAFTED,
        createdAt);
  }

  private static Invitation superseded(Invitation invitation, Path path) {
    return new Invitation(
        invitation.id(),
        invitation.eventId(),
        invitation.contactId(),
        invitation.channel(),
        invitation.week(),
        path,
        invitation.contentHash(),
        Invitation.Status.SUPERSEDED,
        invitation.createdAt());
  }
}
