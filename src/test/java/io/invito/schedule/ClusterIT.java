package io.invito.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.invito.store.Store;
import io.invito.testing.InvitoProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code invito serve} processes on one PostgreSQL with {@code store.cluster: true}: they share
 * one schedule, so every fire runs on one node only, and when a node dies mid-job the other runs
 * its recoverable job again. Needs {@code INVITO_TEST_PG_URL} (CI's .ci/run sets it).
 */
class ClusterIT {
  private static final String SCHEMA = "invito_cluster_it";
  private static final Pattern INSTANCE = Pattern.compile("invito serve: instance (\\S+)");
  private static final Pattern DRAFTS = Pattern.compile("(\\d+) drafts");

  @TempDir Path dir;
  private TestSite site;
  private final List<Process> nodes = new ArrayList<>();

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
  }

  @AfterEach
  void stopAll() throws InterruptedException {
    for (Process node : nodes) {
      node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    site.close();
  }

  /** A schema of its own, emptied first, so each run starts from a fresh store and schedule. */
  private static String freshStore() throws SQLException {
    String url = System.getenv("INVITO_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "INVITO_TEST_PG_URL is not set: no PostgreSQL to run the cluster test against "
            + "(.ci/run starts one and sets it)");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
  }

  private Process serve(Path config, String name) throws IOException {
    Process process =
        InvitoProcess.serve(config).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    nodes.add(process);
    return process;
  }

  private String instanceOf(String name) throws Exception {
    Path log = dir.resolve(name + ".log");
    DaemonIT.await(() -> read(log).contains("invito serve: instance"));
    Matcher matcher = INSTANCE.matcher(read(log));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  @Test
  void twoNodesShareTheScheduleAndTheSurvivorRecoversTheJobOfANodeKilledMidRun() throws Exception {
    String url = freshStore();
    Path config =
        ScheduleFolder.at(dir.resolve("config"), "0/3 * * * * ?", "1/3 * * * * ?", "2/3 * * * * ?")
            .store("  url: \"" + url + "\"\n  cluster: true")
            .sources(
                """
                  - id: corsi
                    url: %s
                    language: it
                  - id: stall
                    url: %s
                    language: it
                """
                    .formatted(site.url("/upcoming.rss"), site.url("/stall")))
            .write();
    Process first = serve(config, "first");
    Process second = serve(config, "second");
    Map<String, Process> byInstance =
        Map.of(instanceOf("first"), first, instanceOf("second"), second);
    RunLog log = new RunLog(StoreConnections.forUrl(url));

    // Shared schedule: drafts written and a few digests, each fire on one node only.
    DaemonIT.await(
        () ->
            finished(log, PlannedJob.DIGEST) >= 2
                && invitations(url) > 0
                && finished(log, PlannedJob.MATCH_AND_DRAFT) >= 2);
    for (String job : List.of(PlannedJob.FETCH, PlannedJob.MATCH_AND_DRAFT, PlannedJob.DIGEST)) {
      List<JobRun> runs = log.runs(job);
      assertThat(runs.stream().map(run -> run.scheduledAt().orElseThrow()))
          .as("fires of %s, each run once across both nodes", job)
          .doesNotHaveDuplicates();
      assertThat(runs).allSatisfy(run -> assertThat(byInstance).containsKey(run.instanceId()));
    }
    // Each invitation once: the drafts the nodes wrote add up to the rows and the files. A run may
    // be between writing its rows and recording its message when we look, so wait for the sums to
    // agree; two nodes writing the same draft would keep them apart for good.
    DaemonIT.await(() -> written(log) == invitations(url));
    assertThat(written(log)).isEqualTo(invitations(url)).isEqualTo(draftFiles(config));

    // A node dies in the middle of a fetch: the other takes the fetch over.
    site.stallEntered = new CountDownLatch(1);
    site.stallMillis = 120_000;
    assertThat(site.stallEntered.await(30, TimeUnit.SECONDS)).isTrue();
    DaemonIT.await(() -> inFlight(log).isPresent());
    JobRun cut = inFlight(log).orElseThrow();
    byInstance.get(cut.instanceId()).destroyForcibly().waitFor();
    site.stallMillis = 0;
    String survivor =
        byInstance.keySet().stream()
            .filter(id -> !id.equals(cut.instanceId()))
            .findFirst()
            .orElseThrow();

    DaemonIT.await(
        () ->
            log.runs(PlannedJob.FETCH).stream()
                .anyMatch(
                    run ->
                        run.recovering()
                            && run.instanceId().equals(survivor)
                            && run.finishedAt().isPresent()));
    assertThat(log.runs(PlannedJob.FETCH))
        .filteredOn(JobRun::recovering)
        .allSatisfy(run -> assertThat(run.outcome()).contains("SUCCEEDED"));
    // The dead node's run is closed, not shown as running forever.
    assertThat(log.runs(PlannedJob.FETCH))
        .filteredOn(run -> run.fireId().equals(cut.fireId()))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.finishedAt()).isPresent();
              assertThat(run.outcome()).contains("INTERRUPTED");
              assertThat(run.message())
                  .hasValueSatisfying(
                      message -> assertThat(message).endsWith("recovered by instance " + survivor));
            });
  }

  private static Optional<JobRun> inFlight(RunLog log) {
    return log.runs(PlannedJob.FETCH).stream()
        .filter(run -> run.finishedAt().isEmpty() && !run.recovering())
        .findFirst();
  }

  private static long finished(RunLog log, String job) {
    return log.runs(job).stream().filter(run -> run.finishedAt().isPresent()).count();
  }

  private static int invitations(String url) {
    try (Store store = Store.open(url)) {
      return store.invitations().all().size();
    }
  }

  private static int written(RunLog log) {
    return log.runs(PlannedJob.MATCH_AND_DRAFT).stream()
        .flatMap(run -> run.message().stream())
        .mapToInt(ClusterIT::drafts)
        .sum();
  }

  private static int drafts(String message) {
    Matcher matcher = DRAFTS.matcher(message);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  private static int draftFiles(Path config) throws IOException {
    Path invites = config.resolve("out/invites");
    if (!Files.isDirectory(invites)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(invites)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !name.startsWith("index."))
          .collect(Collectors.toList())
          .size();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
