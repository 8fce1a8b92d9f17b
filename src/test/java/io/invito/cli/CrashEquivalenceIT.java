package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.ConfigLoader;
import io.invito.model.Week;
import io.invito.output.KillPoint;
import io.invito.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any of the pass's kill points ({@link KillPoint}: halted as by {@code kill -9})
 * and then run again ends in exactly the state of a run never interrupted: the same files in the
 * output folder, byte for byte, and the same events, matches and invitations in the store. Each run
 * is a separate JVM running {@code invito run} on the demo's config against the demo's site.
 */
class CrashEquivalenceIT {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final String AS_OF = "2026-11-29T18:00:00+01:00";

  /**
   * 30 points across fetch, store, match, draft, index and digest; {@code NAME@N} is the Nth time a
   * point is reached. {@code store.uncommitted} is inside every store transaction, before commit.
   */
  private static final List<String> POINTS =
      List.of(
          "fetch.fetched",
          "fetch.fetched@3",
          "fetch.read",
          "store.uncommitted@2",
          "store.uncommitted@8",
          "store.uncommitted@20",
          "store.events",
          "store.rejections",
          "store.validators",
          "store.validators@2",
          "store.health",
          "store.health@2",
          "store.health@4",
          "match.computed",
          "match.saved",
          "draft.file",
          "draft.file-written@2",
          "draft.file@4",
          "draft.saved",
          "draft.saved@4",
          "draft.drafted",
          "draft.redrafted",
          "index.markdown",
          "index.week",
          "index.written",
          "digest.markdown",
          "digest.html",
          "digest.calendar",
          "digest.feed",
          "digest.recorded");

  /** Two killed runs at a time: each has its own config and store, and CI has two cores. */
  private static final int PARALLEL = 2;

  @TempDir static Path work;
  private static DemoSite site;

  @BeforeAll
  static void startSite() throws IOException {
    LocalDate monday = Week.coming(LocalDate.parse("2026-11-29")).monday();
    ClasspathFolder.copy("demo", work.resolve("template"));
    site = DemoSite.start(work.resolve("template/site"), monday, ROME);
  }

  @AfterAll
  static void stopSite() {
    site.close();
  }

  @Test
  void aRunKilledAtAnyPointThenRunAgainEndsAsAnUninterruptedRun() throws Exception {
    Path reference = config("reference");
    int referenceCode = run(reference, "");
    State expected = state(reference);
    assertThat(expected.files()).as("the run wrote drafts and a digest").hasSizeGreaterThan(5);
    assertThat(expected.store())
        .as("and stored invitations")
        .anyMatch(row -> row.startsWith("invitation "));
    Path control = config("control");
    run(control, "");
    assertThat(state(control)).as("two uninterrupted runs agree").isEqualTo(expected);

    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<Optional<String>>> outcomes = new ArrayList<>();
      for (String point : POINTS) {
        outcomes.add(pool.submit(() -> killAndRerun(point, referenceCode, expected)));
      }
      List<String> differing = new ArrayList<>();
      for (Future<Optional<String>> outcome : outcomes) {
        outcome.get().ifPresent(differing::add);
      }
      assertThat(differing).as("kill points after which the rerun differs").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Kills a run at the point, reruns it, and says how the result differs, if it does. */
  private static Optional<String> killAndRerun(String point, int referenceCode, State expected)
      throws Exception {
    Path dir = config(point.replace('@', '-'));
    assertThat(run(dir, point))
        .as("the run reached %s and was halted there", point)
        .isEqualTo(KillPoint.HALTED);
    assertThat(run(dir, "")).as("the rerun after %s", point).isEqualTo(referenceCode);
    State after = state(dir);
    return after.equals(expected)
        ? Optional.empty()
        : Optional.of(point + ": " + after.difference(expected));
  }

  private static Path config(String name) throws IOException {
    Path dir = work.resolve(name);
    ClasspathFolder.copy("demo", dir);
    ClasspathFolder.copy("invito/templates", dir.resolve("templates"));
    Path sources = dir.resolve(ConfigLoader.SOURCES_FILE);
    Files.writeString(sources, site.render(Files.readString(sources)));
    return dir;
  }

  private static int run(Path config, String killPoint) throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath));
    if (!killPoint.isEmpty()) {
      command.add("-Dinvito.kill=" + killPoint);
    }
    command.addAll(
        List.of(Main.class.getName(), "run", "--config", config.toString(), "--as-of", AS_OF));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(config.resolve("run.log").toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "invito run did not finish: " + Files.readString(config.resolve("run.log")));
    }
    Files.move(
        config.resolve("run.log"),
        config.resolve("run-" + (killPoint.isEmpty() ? "clean" : "killed") + ".log"),
        StandardCopyOption.REPLACE_EXISTING);
    return process.exitValue();
  }

  /** The output folder's files and what the store holds, without wall-clock times. */
  private static State state(Path config) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path out = config.resolve("out");
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(file).toString();
        if (!name.equals(".invito.lock")) {
          files.put(name, Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
        }
      }
    }
    List<String> store = new ArrayList<>();
    try (Store opened = Store.open(ConfigLoader.load(config).storeUrl())) {
      opened
          .events()
          .all()
          .forEach(known -> store.add("event " + known.event().id() + " " + known.event().title()));
      opened.invitations().all().forEach(invitation -> store.add("invitation " + invitation));
      opened.invitations().history().forEach(revision -> store.add("revision " + revision));
      List<String> ids = opened.events().all().stream().map(known -> known.event().id()).toList();
      opened.matches().forEvents(ids).forEach(match -> store.add("match " + match));
      opened.events().rejections().forEach(rejection -> store.add("rejection " + rejection));
    }
    store.sort(null);
    return new State(files, store);
  }

  record State(Map<String, String> files, List<String> store) {
    String difference(State expected) {
      List<String> lines = new ArrayList<>();
      Map<String, String> extra = new TreeMap<>(files);
      expected.files.forEach(extra::remove);
      Map<String, String> missing = new TreeMap<>(expected.files);
      files.forEach(missing::remove);
      List<String> changed = new ArrayList<>();
      files.forEach(
          (name, hash) -> {
            if (expected.files.containsKey(name) && !expected.files.get(name).equals(hash)) {
              changed.add(name);
            }
          });
      List<String> storeExtra = new ArrayList<>(store);
      storeExtra.removeAll(expected.store);
      List<String> storeMissing = new ArrayList<>(expected.store);
      storeMissing.removeAll(store);
      lines.add("extra files " + extra.keySet());
      lines.add("missing files " + missing.keySet());
      lines.add("changed files " + changed);
      lines.add("extra rows " + storeExtra);
      lines.add("missing rows " + storeMissing);
      return String.join("; ", lines);
    }
  }
}
