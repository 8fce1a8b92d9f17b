package io.invito.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code job_runs} table: when each job ran, on which node, how it ended. It sits beside
 * Quartz's own tables and, like them, is the scheduler's bookkeeping, not the pipeline's data, so
 * it is written here over Quartz's connections rather than through the store.
 */
final class RunLog {
  /** Long enough for any message worth reading in {@code invito status}. */
  private static final int MESSAGE_LIMIT = 2_000;

  private final StoreConnections connections;

  RunLog(StoreConnections connections) {
    this.connections = connections;
  }

  void started(JobRun run) {
    update(
        "record the start of " + run.job(),
        """
        INSERT INTO job_runs (fire_id, job_name, instance_id, scheduled_at, started_at, recovering)
        VALUES (?, ?, ?, ?, ?, ?)""",
        statement -> {
          statement.setString(1, run.fireId());
          statement.setString(2, run.job());
          statement.setString(3, run.instanceId());
          setInstant(statement, 4, run.scheduledAt());
          setInstant(statement, 5, Optional.of(run.startedAt()));
          statement.setBoolean(6, run.recovering());
        });
  }

  void finished(String fireId, Instant finishedAt, JobOutcome outcome) {
    update(
        "record the end of run " + fireId,
        """
        UPDATE job_runs SET finished_at = ?, outcome = ?, message = ? WHERE fire_id = ?""",
        statement -> {
          setInstant(statement, 1, Optional.of(finishedAt));
          statement.setString(2, outcome.status().name());
          String message = outcome.message();
          statement.setString(
              3, message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) : message);
          statement.setString(4, fireId);
        });
  }

  /**
   * Closes the runs of a job left unfinished by a machine that died, now that {@code recovery}
   * re-does its work: without this they would show as running in {@code invito status} forever. A
   * job never runs twice at once (DisallowConcurrentExecution holds across the cluster), so while
   * it is recovered no other run of it is alive.
   */
  void closeAbandoned(JobRun recovery) {
    update(
        "close the abandoned runs of " + recovery.job(),
        """
        UPDATE job_runs SET finished_at = ?, outcome = ?, message = ?
        WHERE job_name = ? AND finished_at IS NULL AND fire_id <> ?""",
        statement -> {
          setInstant(statement, 1, Optional.of(recovery.startedAt()));
          statement.setString(2, JobOutcome.Status.INTERRUPTED.name());
          statement.setString(
              3,
              "abandoned: its machine stopped before it finished; recovered by instance "
                  + recovery.instanceId());
          statement.setString(4, recovery.job());
          statement.setString(5, recovery.fireId());
        });
  }

  /** The latest run of the job, by start time. */
  Optional<JobRun> latest(String job) {
    List<JobRun> runs =
        query(
            "SELECT * FROM job_runs WHERE job_name = ? ORDER BY started_at DESC, fire_id DESC "
                + "FETCH FIRST 1 ROWS ONLY",
            job);
    return runs.stream().findFirst();
  }

  /** Every run of the job, oldest first. */
  List<JobRun> runs(String job) {
    return query("SELECT * FROM job_runs WHERE job_name = ? ORDER BY started_at, fire_id", job);
  }

  /**
   * Each trigger's next fire time, from Quartz's own table: {@code invito status} reads it without
   * starting a scheduler, which would take part in the schedule.
   */
  java.util.Map<String, Instant> nextFires(String schedulerName) {
    String sql =
        "SELECT TRIGGER_NAME, NEXT_FIRE_TIME FROM QRTZ_TRIGGERS "
            + "WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?";
    try (Connection connection = connections.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schedulerName);
      statement.setString(2, PlannedJob.GROUP);
      java.util.Map<String, Instant> fires = new java.util.HashMap<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          long millis = row.getLong("NEXT_FIRE_TIME");
          if (!row.wasNull() && millis > 0) {
            fires.put(row.getString("TRIGGER_NAME"), Instant.ofEpochMilli(millis));
          }
        }
      }
      return fires;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schedule: " + e.getMessage(), e);
    }
  }

  private List<JobRun> query(String sql, String job) {
    try (Connection connection = connections.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, job);
      List<JobRun> runs = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          runs.add(
              new JobRun(
                  row.getString("fire_id"),
                  row.getString("job_name"),
                  row.getString("instance_id"),
                  instant(row, "scheduled_at"),
                  instant(row, "started_at").orElseThrow(),
                  instant(row, "finished_at"),
                  row.getBoolean("recovering"),
                  Optional.ofNullable(row.getString("outcome")),
                  Optional.ofNullable(row.getString("message"))));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the runs of " + job + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private void update(String what, String sql, Binder binder) {
    try (Connection connection = connections.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setObject(
          index,
          OffsetDateTime.ofInstant(value.get().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    } else {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
