package io.invito.store;

import io.invito.model.Decision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the review desk records beyond the drafts' own states: the owner's decision on each
 * suggestion, and which revisions of a draft the owner wrote.
 */
public final class DeskStore {
  private final Database database;

  DeskStore(Database database) {
    this.database = database;
  }

  /** Records the decision on an event for a contact, replacing an earlier one. */
  public void decide(String eventId, String contactId, Decision decision, Instant at) {
    database.transact(
        "record the decision on " + eventId + " for " + contactId,
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM suggestion_decisions WHERE event_id = ? AND contact_id = ?")) {
            delete.setString(1, eventId);
            delete.setString(2, contactId);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO suggestion_decisions (event_id, contact_id, decision, decided_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, contactId);
            insert.setString(3, decision.name());
            insert.setObject(4, Database.column(at));
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** The decisions on these events, by {@code eventId|contactId}. */
  public Map<String, Decision> decisions(Collection<String> eventIds) {
    List<String> ids = List.copyOf(eventIds);
    if (ids.isEmpty()) {
      return Map.of();
    }
    return database.transact(
        "read the desk's decisions",
        connection -> {
          Map<String, Decision> decisions = new HashMap<>();
          // In slices, so a week of many events stays within any database's parameter limit.
          for (int from = 0; from < ids.size(); from += 500) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(slice.size(), "?"));
            try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT event_id, contact_id, decision FROM suggestion_decisions"
                        + " WHERE event_id IN ("
                        + marks
                        + ")")) {
              for (int at = 0; at < slice.size(); at++) {
                select.setString(at + 1, slice.get(at));
              }
              try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  decisions.put(
                      row.getString("event_id") + "|" + row.getString("contact_id"),
                      Decision.valueOf(row.getString("decision")));
                }
              }
            }
          }
          return decisions;
        });
  }

  /** Notes that the owner wrote the revision of this draft whose bytes have this hash. */
  public void recordEdit(String invitationId, String contentHash, Instant at) {
    database.transact(
        "record the edit of draft " + invitationId,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO draft_edits (invitation_id, content_hash, edited_at)"
                      + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM draft_edits"
                      + " WHERE invitation_id = ? AND content_hash = ?)")) {
            insert.setString(1, invitationId);
            insert.setString(2, contentHash);
            insert.setObject(3, Database.column(at));
            insert.setString(4, invitationId);
            insert.setString(5, contentHash);
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** Whether the owner wrote the revision of this draft whose bytes have this hash. */
  public boolean isEdit(String invitationId, String contentHash) {
    return editedAt(invitationId, contentHash).isPresent();
  }

  /** When the owner wrote the revision of this draft whose bytes have this hash, if they did. */
  public Optional<Instant> editedAt(String invitationId, String contentHash) {
    return database.transact(
        "read the edits of draft " + invitationId,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT edited_at FROM draft_edits WHERE invitation_id = ? AND content_hash = ?")) {
            select.setString(1, invitationId);
            select.setString(2, contentHash);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Database.instant(row, "edited_at") : Optional.<Instant>empty();
            }
          }
        });
  }
}
