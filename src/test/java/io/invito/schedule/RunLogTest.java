package io.invito.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run log in a real H2 store: a dead machine's unfinished run is closed when recovered. */
class RunLogTest {
  private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

  @TempDir Path dir;

  private static JobRun run(String fire, String job, String instance, Instant at, boolean again) {
    return new JobRun(
        fire,
        job,
        instance,
        Optional.of(at),
        at,
        Optional.empty(),
        again,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void closesTheDeadMachinesUnfinishedRunOfTheJobWhenItIsRecovered() {
    String url = "jdbc:h2:file:" + dir.resolve("invito");
    Store.open(url).close(); // migrated, job_runs included
    StoreConnections connections = StoreConnections.forUrl(url);
    try {
      RunLog log = new RunLog(connections);
      log.started(run("dead-1", PlannedJob.FETCH, "node-a", NINE, false));
      log.started(run("digest-1", PlannedJob.DIGEST, "node-a", NINE, false));
      JobRun recovery = run("alive-1", PlannedJob.FETCH, "node-b", NINE.plusSeconds(20), true);
      log.started(recovery);

      log.closeAbandoned(recovery);

      JobRun dead =
          log.runs(PlannedJob.FETCH).stream()
              .filter(r -> r.fireId().equals("dead-1"))
              .findFirst()
              .orElseThrow();
      assertThat(dead.finishedAt()).contains(NINE.plusSeconds(20));
      assertThat(dead.outcome()).contains("INTERRUPTED");
      assertThat(dead.message())
          .contains(
              "abandoned: its machine stopped before it finished; recovered by instance node-b");
      assertThat(log.runs(PlannedJob.FETCH))
          .filteredOn(r -> r.fireId().equals("alive-1"))
          .singleElement()
          .satisfies(alive -> assertThat(alive.finishedAt()).isEmpty());
      assertThat(log.runs(PlannedJob.DIGEST))
          .singleElement()
          .satisfies(other -> assertThat(other.finishedAt()).as("another job's run").isEmpty());
    } finally {
      connections.shutdown();
    }
  }
}
