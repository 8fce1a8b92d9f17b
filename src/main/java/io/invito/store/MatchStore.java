package io.invito.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.invito.model.Match;
import io.invito.model.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The matches made, with their reasons: one row per event and contact, the latest kept. */
public final class MatchStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database database;

  MatchStore(Database database) {
    this.database = database;
  }

  /** Stores the matches, replacing an earlier match of the same event and contact. */
  public void save(List<Match> matches, Instant now) {
    if (matches.isEmpty()) {
      return;
    }
    database.transact(
        "store " + matches.size() + " matches",
        connection -> {
          try (PreparedStatement delete =
                  connection.prepareStatement(
                      "DELETE FROM matches WHERE event_id = ? AND contact_id = ?");
              PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO matches (event_id, contact_id, score, reasons, matched_at)"
                          + " VALUES (?, ?, ?, ?, ?)")) {
            for (Match match : matches) {
              delete.setString(1, match.eventId());
              delete.setString(2, match.contactId());
              delete.executeUpdate();
              insert.setString(1, match.eventId());
              insert.setString(2, match.contactId());
              insert.setDouble(3, match.score());
              insert.setString(4, reasons(match.reasons()));
              insert.setObject(5, Database.column(now));
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  /** The matches of the given events, best first. */
  public List<Match> forEvents(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(eventIds.size(), "?"));
    return database.transact(
        "read matches of " + eventIds.size() + " events",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT event_id, contact_id, score, reasons FROM matches WHERE event_id IN ("
                      + marks
                      + ") ORDER BY score DESC, event_id, contact_id")) {
            int index = 1;
            for (String id : eventIds) {
              select.setString(index++, id);
            }
            List<Match> matches = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                matches.add(
                    new Match(
                        row.getString("event_id"),
                        row.getString("contact_id"),
                        row.getDouble("score"),
                        reasons(row.getString("reasons"))));
              }
            }
            return matches;
          }
        });
  }

  private static String reasons(List<Reason> reasons) {
    ArrayNode array = JSON.createArrayNode();
    for (Reason reason : reasons) {
      array
          .addObject()
          .put("kind", reason.kind().name())
          .put("term", reason.term())
          .put("found", reason.found())
          .put("where", reason.where());
    }
    return array.toString();
  }

  private static List<Reason> reasons(String json) throws SQLException {
    try {
      List<Reason> reasons = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        reasons.add(
            new Reason(
                Reason.Kind.valueOf(node.path("kind").asText()),
                node.path("term").asText(),
                node.path("found").asText(),
                node.path("where").asText()));
      }
      return reasons;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new SQLException("stored reasons are not readable: " + json, e);
    }
  }
}
