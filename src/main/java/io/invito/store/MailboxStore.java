package io.invito.store;

import io.invito.model.MailboxPosition;
import io.invito.model.PushedDraft;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What invito did in the owner's mailbox: each draft pushed (so a push never appends one twice and
 * replaces only copies nobody touched), how far the Sent folder was read, and how the last push and
 * sync went.
 */
public final class MailboxStore {
  /** The two passes, as {@code invito status} names them. */
  public static final String PUSH = "push";

  public static final String SYNC = "sync";

  private final Database database;

  MailboxStore(Database database) {
    this.database = database;
  }

  /**
   * How the last pass of a kind went.
   *
   * @param succeededAt when a pass of this kind last went through, if ever
   * @param outcome what the last attempt did, or why it failed, in one line
   */
  public record Pass(
      String kind,
      Instant attemptedAt,
      Optional<Instant> succeededAt,
      String outcome,
      Optional<MailboxPosition> position) {}

  /** Every draft pushed, by invitation id. */
  public Map<String, PushedDraft> pushed() {
    return database.transact(
        "read the drafts pushed to the mailbox",
        connection -> {
          Map<String, PushedDraft> pushed = new LinkedHashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT invitation_id, message_id, content_hash, state, pushed_at"
                          + " FROM pushed_drafts ORDER BY invitation_id");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              pushed.put(
                  row.getString("invitation_id"),
                  new PushedDraft(
                      row.getString("invitation_id"),
                      row.getString("message_id"),
                      row.getString("content_hash"),
                      PushedDraft.State.valueOf(row.getString("state")),
                      Database.requireInstant(row, "pushed_at")));
            }
          }
          return pushed;
        });
  }

  /** Records what is now in the mailbox for the draft, in place of what was there before. */
  public void record(PushedDraft draft) {
    database.transact(
        "record draft " + draft.invitationId() + " as pushed",
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM pushed_drafts WHERE invitation_id = ?")) {
            delete.setString(1, draft.invitationId());
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO pushed_drafts (invitation_id, message_id, content_hash, state,"
                      + " pushed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, draft.invitationId());
            insert.setString(2, draft.messageId());
            insert.setString(3, draft.contentHash());
            insert.setString(4, draft.state().name());
            insert.setObject(5, Database.column(draft.at()));
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** The last push or sync, if any. */
  public Optional<Pass> pass(String kind) {
    return database.transact(
        "read the last mailbox " + kind,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT kind, attempted_at, succeeded_at, outcome, folder, uid_validity,"
                      + " last_uid FROM mailbox_passes WHERE kind = ?")) {
            select.setString(1, kind);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              String folder = row.getString("folder");
              long validity = row.getLong("uid_validity");
              long lastUid = row.getLong("last_uid");
              return Optional.of(
                  new Pass(
                      kind,
                      Database.requireInstant(row, "attempted_at"),
                      Database.instant(row, "succeeded_at"),
                      row.getString("outcome"),
                      folder == null
                          ? Optional.empty()
                          : Optional.of(new MailboxPosition(folder, validity, lastUid))));
            }
          }
        });
  }

  /** Both passes, push first, those that ran. */
  public List<Pass> passes() {
    return List.of(PUSH, SYNC).stream().flatMap(kind -> pass(kind).stream()).toList();
  }

  /**
   * Records a pass that went through; a sync gives the position its marks were stored up to, so the
   * position is saved only after them (a sync killed in between reads those messages again).
   */
  public void succeeded(
      String kind, Instant at, String outcome, Optional<MailboxPosition> position) {
    Optional<MailboxPosition> kept =
        position.isPresent() ? position : pass(kind).flatMap(Pass::position);
    save(new Pass(kind, at, Optional.of(at), outcome, kept));
  }

  /** Records a pass that failed; the last success and the position stay. */
  public void failed(String kind, Instant at, String cause) {
    Optional<Pass> before = pass(kind);
    save(
        new Pass(
            kind, at, before.flatMap(Pass::succeededAt), cause, before.flatMap(Pass::position)));
  }

  private void save(Pass pass) {
    database.transact(
        "record the mailbox " + pass.kind(),
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM mailbox_passes WHERE kind = ?")) {
            delete.setString(1, pass.kind());
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO mailbox_passes (kind, attempted_at, succeeded_at, outcome, folder,"
                      + " uid_validity, last_uid) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, pass.kind());
            insert.setObject(2, Database.column(pass.attemptedAt()));
            Database.setInstant(insert, 3, pass.succeededAt());
            insert.setString(4, pass.outcome());
            Database.setText(insert, 5, pass.position().map(MailboxPosition::folder));
            if (pass.position().isPresent()) {
              insert.setLong(6, pass.position().get().uidValidity());
              insert.setLong(7, pass.position().get().lastUid());
            } else {
              insert.setNull(6, Types.BIGINT);
              insert.setNull(7, Types.BIGINT);
            }
            insert.executeUpdate();
          }
          return null;
        });
  }
}
