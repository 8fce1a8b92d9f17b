package io.invito.store;

import io.invito.model.Call;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls proposed each day and the ones made. A day's list is stored once: the first pass that
 * makes it wins, and every later look at that day (the CLI, another cluster node) reads the same.
 */
public final class CallStore {
  private static final String COLUMNS =
      "id, call_day, place, contact_id, event_id, topic, last_contact, planned, status, proposed_at, done_on";

  private final Database database;

  CallStore(Database database) {
    this.database = database;
  }

  /**
   * Stores the day's list unless the day has one already, and returns the day's list as stored: two
   * passes racing for the same morning keep one list.
   */
  public List<Call> proposeOnce(LocalDate day, List<Call> calls) {
    return database.transact(
        "store the calls of " + day,
        connection -> {
          List<Call> planned = select(connection, " WHERE call_day = ? AND planned = TRUE", day);
          if (!planned.isEmpty() || calls.isEmpty()) {
            return select(connection, " WHERE call_day = ?", day);
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO calls ("
                      + COLUMNS
                      + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM calls WHERE call_day = ? AND contact_id = ?)")) {
            int place = 1;
            for (Call call : calls) {
              set(insert, call, place++);
              insert.setObject(12, call.day());
              insert.setString(13, call.contactId());
              insert.executeUpdate();
            }
          }
          return select(connection, " WHERE call_day = ?", day);
        });
  }

  /** Records a call made that no list proposed ("I rang Marco today"), done that day. */
  public void recordUnplanned(Call call) {
    database.transact(
        "record a call to " + call.contactId(),
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO calls (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            // Not from a list: before the list's first, which is place 1.
            set(insert, call, 0);
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** The calls of one day, proposed and done, in the order they were proposed. */
  public List<Call> forDay(LocalDate day) {
    return database.transact(
        "read the calls of " + day, connection -> select(connection, " WHERE call_day = ?", day));
  }

  /** Every call, by day. */
  public List<Call> all() {
    return database.transact("read the calls", connection -> select(connection, ""));
  }

  public Optional<Call> find(String id) {
    return database.transact(
        "read call " + id,
        connection -> select(connection, " WHERE id = ?", id).stream().findFirst());
  }

  /** Marks a proposed call made on that day; false when there is no such call still open. */
  public boolean markDone(String id, LocalDate on) {
    return database.transact(
        "mark call " + id + " done",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE calls SET status = 'DONE', done_on = ? WHERE id = ? AND status ="
                      + " 'PROPOSED'")) {
            update.setObject(1, on);
            update.setString(2, id);
            return update.executeUpdate() > 0;
          }
        });
  }

  private static void set(PreparedStatement insert, Call call, int place) throws SQLException {
    insert.setString(1, call.id());
    insert.setObject(2, call.day());
    insert.setInt(3, place);
    insert.setString(4, call.contactId());
    Database.setText(insert, 5, call.eventId());
    Database.setText(insert, 6, call.topic());
    Database.setInstant(insert, 7, call.lastContact());
    insert.setBoolean(8, call.planned());
    insert.setString(9, call.status().name());
    insert.setObject(10, Database.column(call.proposedAt()));
    setDay(insert, 11, call.doneOn());
  }

  private static void setDay(PreparedStatement statement, int index, Optional<LocalDate> day)
      throws SQLException {
    if (day.isPresent()) {
      statement.setObject(index, day.get());
    } else {
      statement.setNull(index, Types.DATE);
    }
  }

  private static List<Call> select(Connection connection, String where, Object... parameters)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM calls" + where + " ORDER BY call_day, place, id")) {
      for (int index = 0; index < parameters.length; index++) {
        select.setObject(index + 1, parameters[index]);
      }
      List<Call> calls = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          calls.add(
              new Call(
                  row.getString("id"),
                  row.getObject("call_day", LocalDate.class),
                  row.getString("contact_id"),
                  Database.text(row, "event_id"),
                  Database.text(row, "topic"),
                  Database.instant(row, "last_contact"),
                  row.getBoolean("planned"),
                  Call.Status.valueOf(row.getString("status")),
                  Database.requireInstant(row, "proposed_at"),
                  Optional.ofNullable(row.getObject("done_on", LocalDate.class))));
        }
      }
      return calls;
    }
  }
}
