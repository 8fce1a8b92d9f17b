package io.invito.store;

import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.model.Week;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The invitation drafts written, one current draft per event, contact and channel, so that a job
 * that runs twice (or on two machines) drafts nothing twice, and the owner's "sent" and "skipped"
 * are remembered. A draft that a changed event supersedes is kept as an earlier revision ({@link
 * DraftRevision}); every read but {@link #history()} and {@link #historyOf} sees current drafts
 * only.
 */
public final class InvitationStore {
  static final String COLUMNS =
      "id, event_id, contact_id, channel, iso_week, path, content_hash, status, created_at,"
          + " revision, superseded_status, superseded_at";
  private static final String CURRENT = " status <> 'SUPERSEDED'";
  // Later than any invitation, and still a timestamp both databases keep.
  private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

  private final Database database;

  InvitationStore(Database database) {
    this.database = database;
  }

  /**
   * What saving a draft did.
   *
   * @param changed false when the same draft (same content hash) was already the current one
   * @param superseded the earlier revision this draft superseded, as now stored
   */
  public record Saved(boolean changed, Optional<DraftRevision> superseded) {}

  /**
   * Records the draft. Returns false when the same draft (same content hash) is already the current
   * one for its event, contact and channel; a different draft there supersedes it, which is kept
   * with its path.
   */
  public boolean save(Invitation invitation) {
    return saveRevision(invitation, Invitation::path).changed();
  }

  /**
   * Records the draft as the current one of its event, contact and channel. A different current
   * draft there is kept as an earlier revision: status {@code SUPERSEDED}, the status it had, its
   * path, hash and creation time. An earlier revision whose file the new draft was written over
   * (same path, other content) gets the path {@code keptAt} gives for it.
   *
   * @param keptAt where the writer kept an earlier draft's file before writing the new draft in its
   *     place, given the earlier draft's row
   * @throws IllegalArgumentException when the invitation is itself marked superseded
   */
  public Saved saveRevision(Invitation invitation, Function<Invitation, Path> keptAt) {
    if (invitation.status() == Invitation.Status.SUPERSEDED) {
      throw new IllegalArgumentException(
          "invitation " + invitation.id() + " is new and cannot be saved as superseded");
    }
    return database.transact(
        "store invitation " + invitation.id(),
        connection -> new RevisionRecorder(connection).record(invitation, keptAt));
  }

  /** The current draft with this id. */
  public Optional<Invitation> find(String id) {
    return database.transact(
        "read invitation " + id,
        connection ->
            current(
                    connection,
                    "SELECT " + COLUMNS + " FROM invitations WHERE id = ? AND" + CURRENT,
                    id)
                .stream()
                .findFirst());
  }

  /** The current invitation of the contact to the event, on whichever channel was drafted first. */
  public Optional<Invitation> findFor(String eventId, String contactId) {
    return allFor(eventId, contactId).stream().findFirst();
  }

  /** The current invitations of the contact to the event, one per channel, first drafted first. */
  public List<Invitation> allFor(String eventId, String contactId) {
    return database.transact(
        "read invitations of " + contactId + " to " + eventId,
        connection ->
            current(
                connection,
                "SELECT "
                    + COLUMNS
                    + " FROM invitations WHERE event_id = ? AND contact_id = ? AND"
                    + CURRENT
                    + " ORDER BY created_at, id",
                eventId,
                contactId));
  }

  /** The current drafts of a week. */
  public List<Invitation> forWeek(Week week) {
    return database.transact(
        "read invitations of " + week,
        connection ->
            current(
                connection,
                "SELECT "
                    + COLUMNS
                    + " FROM invitations WHERE iso_week = ? AND"
                    + CURRENT
                    + " ORDER BY created_at, id",
                week.toString()));
  }

  /** Every current draft. */
  public List<Invitation> all() {
    return database.transact(
        "read all invitations",
        connection ->
            current(
                connection,
                "SELECT "
                    + COLUMNS
                    + " FROM invitations WHERE"
                    + CURRENT
                    + " ORDER BY created_at, id"));
  }

  /**
   * How many drafts wait to be sent (status DRAFTED) in each week, by the week as stored: counted
   * by the database, where the digest's choice of week read every draft for it.
   */
  public Map<String, Long> waitingByWeek() {
    return database.transact(
        "count waiting drafts by week",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT iso_week, COUNT(*) FROM invitations WHERE status = ?"
                      + " GROUP BY iso_week")) {
            select.setString(1, Invitation.Status.DRAFTED.name());
            Map<String, Long> waiting = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                waiting.put(row.getString(1), row.getLong(2));
              }
            }
            return waiting;
          }
        });
  }

  /** Every revision of every draft, superseded ones too: by creation, then id and revision. */
  public List<DraftRevision> history() {
    return database.transact(
        "read the history of invitations",
        connection ->
            select(
                connection,
                "SELECT " + COLUMNS + " FROM invitations ORDER BY created_at, id, revision"));
  }

  /**
   * When each revision was sent, for those the owner marked sent with a time (the desk, the
   * mailbox); keyed by id and revision as {@code id#revision}. A draft marked sent without a time
   * counts from its creation, as the pause counts it.
   */
  public Map<String, Instant> sentTimes() {
    return database.transact(
        "read when invitations were sent",
        connection -> {
          Map<String, Instant> sent = new LinkedHashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, revision, sent_at FROM invitations WHERE sent_at IS NOT NULL");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              sent.put(
                  row.getString("id") + "#" + row.getInt("revision"),
                  Database.requireInstant(row, "sent_at"));
            }
          }
          return sent;
        });
  }

  /** The revisions of the draft with this id, first to current; empty when there is none. */
  public List<DraftRevision> historyOf(String id) {
    return database.transact(
        "read the history of invitation " + id,
        connection ->
            select(
                connection,
                "SELECT " + COLUMNS + " FROM invitations WHERE id = ? ORDER BY revision",
                id));
  }

  /**
   * When each contact was last drafted or sent an invitation (when it was sent, if the mailbox
   * said; else when it was drafted); skipped ones do not count, and superseded ones only when they
   * had been sent (the contact did receive them).
   */
  public Map<String, Instant> lastInvitedByContact() {
    return lastInvitedByContactBefore(FAR_FUTURE);
  }

  /**
   * As {@link #lastInvitedByContact()}, counting only invitations created before then: a pass
   * decides as of its own time, so what an earlier, killed attempt of the same pass drafted does
   * not change what it decides when run again.
   */
  public Map<String, Instant> lastInvitedByContactBefore(Instant before) {
    return lastByContactBefore(
        "status IN ('DRAFTED', 'SENT') OR superseded_status = 'SENT'", before);
  }

  /**
   * When each contact was last sent an invitation (a draft marked sent, superseded or not), by its
   * draft's creation, counting drafts created before then: what "last contact" means for the call
   * list, where a draft still waiting has reached nobody.
   */
  public Map<String, Instant> lastSentByContactBefore(Instant before) {
    return lastByContactBefore("status = 'SENT' OR superseded_status = 'SENT'", before);
  }

  private Map<String, Instant> lastByContactBefore(String statuses, Instant before) {
    return database.transact(
        "read when contacts were last invited",
        connection -> {
          Map<String, Instant> last = new LinkedHashMap<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT contact_id, MAX(COALESCE(sent_at, created_at)) AS last_invited FROM invitations"
                      + " WHERE ("
                      + statuses
                      + ") AND created_at < ?"
                      + " GROUP BY contact_id ORDER BY contact_id")) {
            select.setObject(1, Database.column(before));
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                last.put(row.getString("contact_id"), Database.requireInstant(row, "last_invited"));
              }
            }
          }
          return last;
        });
  }

  /** Marks a drafted (or skipped) current invitation sent; false when there is none such. */
  public boolean markSent(String id) {
    return setStatus(id, Invitation.Status.SENT, "'DRAFTED', 'SKIPPED'", Optional.empty());
  }

  /**
   * As {@link #markSent(String)}, with the time the mailbox says it was sent: the per-contact pause
   * then counts from it rather than from when the draft was made.
   */
  public boolean markSent(String id, Instant sentAt) {
    return setStatus(id, Invitation.Status.SENT, "'DRAFTED', 'SKIPPED'", Optional.of(sentAt));
  }

  /** Marks a drafted current invitation skipped; false when there is none such, or it was sent. */
  public boolean skip(String id) {
    return setStatus(id, Invitation.Status.SKIPPED, "'DRAFTED'", Optional.empty());
  }

  // Only the current revision can be DRAFTED, SENT or SKIPPED, so the status picks it. The time
  // sent goes in the same statement: a status without it would count the pause from the draft.
  private boolean setStatus(
      String id, Invitation.Status status, String from, Optional<Instant> sentAt) {
    return database.transact(
        "mark invitation " + id + " " + status,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE invitations SET status = ?, sent_at = COALESCE(?, sent_at)"
                      + " WHERE id = ? AND status IN ("
                      + from
                      + ")")) {
            update.setString(1, status.name());
            Database.setInstant(update, 2, sentAt);
            update.setString(3, id);
            return update.executeUpdate() > 0;
          }
        });
  }

  private static List<Invitation> current(Connection connection, String sql, String... parameters)
      throws SQLException {
    return select(connection, sql, parameters).stream().map(DraftRevision::invitation).toList();
  }

  static List<DraftRevision> select(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<DraftRevision> revisions = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          revisions.add(
              new DraftRevision(
                  new Invitation(
                      row.getString("id"),
                      row.getString("event_id"),
                      row.getString("contact_id"),
                      Channel.valueOf(row.getString("channel")),
                      row.getString("iso_week"),
                      Path.of(row.getString("path")),
                      row.getString("content_hash"),
                      Invitation.Status.valueOf(row.getString("status")),
                      Database.requireInstant(row, "created_at")),
                  row.getInt("revision"),
                  Database.text(row, "superseded_status").map(Invitation.Status::valueOf),
                  Database.instant(row, "superseded_at")));
        }
      }
      return revisions;
    }
  }
}
