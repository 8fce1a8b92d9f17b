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

/**
 * The invitation drafts written, one per event, contact and channel, so that a job that runs twice
 * (or on two machines) drafts nothing twice, and the owner's "sent" and "skipped" are remembered.
 */
public final class InvitationStore {
  private static final String COLUMNS =
      "id, event_id, contact_id, channel, iso_week, path," + " content_hash, status, created_at";

  private final Database database;

  InvitationStore(Database database) {
    this.database = database;
  }

  /**
   * Records the draft. Returns false when the same draft (same content hash) is already recorded
   * for its event, contact and channel; a different draft there replaces it.
   */
  public boolean save(Invitation invitation) {
    return database.transact(
        "store invitation " + invitation.id(),
        connection -> {
          Optional<Invitation> known =
              findOne(
                  connection,
                  "SELECT "
                      + COLUMNS
                      + " FROM invitations"
                      + " WHERE event_id = ? AND contact_id = ? AND channel = ? FOR UPDATE",
                  invitation.eventId(),
                  invitation.contactId(),
                  invitation.channel().name());
          if (known.isPresent() && known.get().contentHash().equals(invitation.contentHash())) {
            return false;
          }
          String sql =
              known.isPresent()
                  ? "UPDATE invitations SET id = ?, iso_week = ?, path = ?, content_hash = ?, status = ?,"
                      + " created_at = ? WHERE event_id = ? AND contact_id = ? AND channel = ?"
                  : "INSERT INTO invitations (id, iso_week, path, content_hash, status, created_at,"
                      + " event_id, contact_id, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
          try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, invitation.id());
            write.setString(2, invitation.week());
            write.setString(3, invitation.path().toString());
            write.setString(4, invitation.contentHash());
            write.setString(5, invitation.status().name());
            write.setObject(6, Database.column(invitation.createdAt()));
            write.setString(7, invitation.eventId());
            write.setString(8, invitation.contactId());
            write.setString(9, invitation.channel().name());
            write.executeUpdate();
          }
          return true;
        });
  }

  public Optional<Invitation> find(String id) {
    return database.transact(
        "read invitation " + id,
        connection ->
            findOne(connection, "SELECT " + COLUMNS + " FROM invitations WHERE id = ?", id));
  }

  /** The invitation of the contact to the event, on whichever channel was drafted first. */
  public Optional<Invitation> findFor(String eventId, String contactId) {
    return database.transact(
        "read invitation of " + contactId + " to " + eventId,
        connection ->
            findOne(
                connection,
                "SELECT "
                    + COLUMNS
                    + " FROM invitations"
                    + " WHERE event_id = ? AND contact_id = ? ORDER BY created_at, id",
                eventId,
                contactId));
  }

  public List<Invitation> forWeek(Week week) {
    return database.transact(
        "read invitations of " + week,
        connection ->
            select(
                connection,
                "SELECT "
                    + COLUMNS
                    + " FROM invitations WHERE iso_week = ? ORDER BY created_at, id",
                week.toString()));
  }

  public List<Invitation> all() {
    return database.transact(
        "read all invitations",
        connection ->
            select(connection, "SELECT " + COLUMNS + " FROM invitations ORDER BY created_at, id"));
  }

  /** When each contact was last drafted or sent an invitation; skipped ones do not count. */
  public Map<String, Instant> lastInvitedByContact() {
    return database.transact(
        "read when contacts were last invited",
        connection -> {
          Map<String, Instant> last = new LinkedHashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT contact_id,"
                          + " MAX(created_at) AS last_invited FROM invitations WHERE status IN ('DRAFTED', 'SENT')"
                          + " GROUP BY contact_id ORDER BY contact_id");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              last.put(row.getString("contact_id"), Database.requireInstant(row, "last_invited"));
            }
          }
          return last;
        });
  }

  /** Marks a drafted (or skipped) invitation sent; false when there is none such. */
  public boolean markSent(String id) {
    return setStatus(id, Invitation.Status.SENT, "'DRAFTED', 'SKIPPED'");
  }

  /** Marks a drafted invitation skipped; false when there is none such, or it was sent. */
  public boolean skip(String id) {
    return setStatus(id, Invitation.Status.SKIPPED, "'DRAFTED'");
  }

  private boolean setStatus(String id, Invitation.Status status, String from) {
    return database.transact(
        "mark invitation " + id + " " + status,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE invitations SET status = ? WHERE id = ? AND status IN (" + from + ")")) {
            update.setString(1, status.name());
            update.setString(2, id);
            return update.executeUpdate() > 0;
          }
        });
  }

  private static Optional<Invitation> findOne(
      Connection connection, String sql, String... parameters) throws SQLException {
    return select(connection, sql, parameters).stream().findFirst();
  }

  private static List<Invitation> select(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<Invitation> invitations = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          invitations.add(
              new Invitation(
                  row.getString("id"),
                  row.getString("event_id"),
                  row.getString("contact_id"),
                  Channel.valueOf(row.getString("channel")),
                  row.getString("iso_week"),
                  Path.of(row.getString("path")),
                  row.getString("content_hash"),
                  Invitation.Status.valueOf(row.getString("status")),
                  Database.requireInstant(row, "created_at")));
        }
      }
      return invitations;
    }
  }
}
