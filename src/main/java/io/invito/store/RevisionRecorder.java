package io.invito.store;

import io.invito.model.Invitation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records a new draft as the latest revision of its event, contact and channel, within the caller's
 * transaction: the revision before it is marked superseded (keeping the status it had), and every
 * earlier revision whose file the new draft was written over is pointed at the copy the writer
 * kept.
 */
final class RevisionRecorder {
  private final Connection connection;

  RevisionRecorder(Connection connection) {
    this.connection = connection;
  }

  InvitationStore.Saved record(Invitation invitation, Function<Invitation, Path> keptAt)
      throws SQLException {
    // Every revision is locked, so two machines sharing PostgreSQL cannot both supersede the same
    // one; two first drafts collide on the key instead.
    List<DraftRevision> revisions =
        InvitationStore.select(
            connection,
            "SELECT "
                + InvitationStore.COLUMNS
                + " FROM invitations WHERE event_id = ? AND contact_id = ? AND channel = ?"
                + " ORDER BY revision DESC FOR UPDATE",
            invitation.eventId(),
            invitation.contactId(),
            invitation.channel().name());
    if (revisions.isEmpty()) {
      insert(invitation, 1);
      return new InvitationStore.Saved(true, Optional.empty());
    }
    DraftRevision latest = revisions.get(0);
    if (latest.invitation().contentHash().equals(invitation.contentHash())) {
      return new InvitationStore.Saved(false, Optional.empty());
    }
    for (DraftRevision earlier : revisions.subList(1, revisions.size())) {
      if (writtenOver(earlier.invitation(), invitation)) {
        setPath(earlier, keptAt.apply(earlier.invitation()));
      }
    }
    Invitation was = latest.invitation();
    Path path = writtenOver(was, invitation) ? keptAt.apply(was) : was.path();
    DraftRevision superseded = supersede(latest, path, invitation.createdAt());
    insert(invitation, latest.revision() + 1);
    return new InvitationStore.Saved(true, Optional.of(superseded));
  }

  /** Whether the new draft's file is where the earlier one's was, with other content. */
  private static boolean writtenOver(Invitation earlier, Invitation next) {
    return earlier.path().equals(next.path()) && !earlier.contentHash().equals(next.contentHash());
  }

  private DraftRevision supersede(DraftRevision latest, Path path, Instant at) throws SQLException {
    Invitation was = latest.invitation();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE invitations SET status = 'SUPERSEDED', superseded_status = ?,"
                + " superseded_at = ?, path = ? WHERE id = ? AND revision = ?")) {
      update.setString(1, was.status().name());
      update.setObject(2, Database.column(at));
      update.setString(3, path.toString());
      update.setString(4, was.id());
      update.setInt(5, latest.revision());
      update.executeUpdate();
    }
    return new DraftRevision(
        new Invitation(
            was.id(),
            was.eventId(),
            was.contactId(),
            was.channel(),
            was.week(),
            path,
            was.contentHash(),
            Invitation.Status.SUPERSEDED,
            was.createdAt()),
        latest.revision(),
        Optional.of(was.status()),
        Optional.of(Database.column(at).toInstant()));
  }

  private void setPath(DraftRevision earlier, Path path) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE invitations SET path = ? WHERE id = ? AND revision = ?")) {
      update.setString(1, path.toString());
      update.setString(2, earlier.invitation().id());
      update.setInt(3, earlier.revision());
      update.executeUpdate();
    }
  }

  private void insert(Invitation invitation, int revision) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO invitations (id, revision, event_id, contact_id, channel, iso_week, path,"
                + " content_hash, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, invitation.id());
      insert.setInt(2, revision);
      insert.setString(3, invitation.eventId());
      insert.setString(4, invitation.contactId());
      insert.setString(5, invitation.channel().name());
      insert.setString(6, invitation.week());
      insert.setString(7, invitation.path().toString());
      insert.setString(8, invitation.contentHash());
      insert.setString(9, invitation.status().name());
      insert.setObject(10, Database.column(invitation.createdAt()));
      insert.executeUpdate();
    }
  }
}
