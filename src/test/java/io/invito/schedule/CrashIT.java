package io.invito.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.store.Store;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at several moments of {@code invito run}, then run again: the store, the digest and the
 * drafts end up exactly as after a run that was never interrupted.
 */
class CrashIT {
  private static final String AS_OF = "2026-11-29T18:00+01:00";

  @TempDir Path dir;
  private TestSite site;

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
    // Each response takes a moment, so the fetch phase is wide enough to be killed in.
    site.delayMillis = 150;
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private Path configFolder(String name) throws IOException {
    return ScheduleFolder.at(dir.resolve(name), "0 0 */3 * * ?", "0 30 6 * * ?", "0 0 7 ? * MON")
        .sources(
            """
              - id: corsi
                url: %s
                language: it
              - id: ledgerly
                url: %s
                type: page
              - id: missing
                url: %s
            """
                .formatted(site.url("/corsi.rss"), site.url("/launch.html"), site.url("/missing")))
        .write();
  }

  private static Process start(Path config) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "io.invito.cli.Main",
            "run",
            "--config",
            config.toString(),
            "--as-of",
            AS_OF)
        .redirectErrorStream(true)
        .redirectOutput(config.resolve("run.log").toFile())
        .start();
  }

  private static void runToEnd(Path config) throws IOException, InterruptedException {
    Process process = start(config);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(config.resolve("run.log"))).isZero();
  }

  @Test
  void aRunKilledAtAnyMomentAndRunAgainEndsAsARunNeverInterrupted() throws Exception {
    Path reference = configFolder("reference");
    long started = System.nanoTime();
    runToEnd(reference);
    long length = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    Snapshot expected = Snapshot.of(reference);
    assertThat(expected.drafts()).isNotEmpty();
    assertThat(expected.files()).containsKey("digest/2026-W49.md");

    // Kill points spread over the run: start-up and migration, fetching, drafting, the digest.
    for (double fraction : new double[] {0.5, 0.7, 0.85, 0.95}) {
      Path config = configFolder("killed-at-" + Math.round(fraction * 100));
      Process process = start(config);
      Thread.sleep(Math.round(length * fraction));
      process.destroyForcibly().waitFor();

      runToEnd(config);

      Snapshot actual = Snapshot.of(config);
      String when = "after a kill at %.0f%% of the run".formatted(fraction * 100);
      assertThat(actual.files().keySet())
          .as("files " + when)
          .containsExactlyElementsOf(expected.files().keySet());
      expected
          .files()
          .forEach(
              (name, content) ->
                  assertThat(actual.files().get(name)).as(name + " " + when).isEqualTo(content));
      assertThat(actual.events()).isEqualTo(expected.events());
      assertThat(actual.invitations()).isEqualTo(expected.invitations());
      assertThat(actual.leftovers())
          .allSatisfy(
              name ->
                  assertThat(name)
                      .as("a temp file that could pass for a draft")
                      .startsWith(".")
                      .endsWith(".tmp"));
    }
  }

  /** What a run leaves: output files by relative path, and the store's events and invitations. */
  private record Snapshot(
      Map<String, String> files,
      List<String> leftovers,
      List<KnownEvent> events,
      List<String> invitations) {

    List<String> drafts() {
      return files.keySet().stream().filter(name -> name.startsWith("invites/")).toList();
    }

    static Snapshot of(Path config) throws IOException {
      Path out = config.resolve("out");
      Map<String, String> files = new TreeMap<>();
      List<String> leftovers = new java.util.ArrayList<>();
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String name = out.relativize(file).toString().replace(File.separatorChar, '/');
          String base = file.getFileName().toString();
          if (base.equals(".invito.lock")) {
            continue;
          }
          if (base.endsWith(".tmp")) {
            leftovers.add(base);
          } else {
            files.put(name, Files.readString(file));
          }
        }
      }
      try (Store store = Store.open(io.invito.config.ConfigLoader.load(config).storeUrl())) {
        List<String> invitations =
            store.invitations().all().stream().map(CrashIT.Snapshot::line).sorted().toList();
        List<KnownEvent> events = store.events().all();
        return new Snapshot(files, leftovers, events, invitations);
      }
    }

    private static String line(Invitation invitation) {
      return String.join(
          "|",
          invitation.id(),
          invitation.eventId(),
          invitation.contactId(),
          invitation.channel().name(),
          invitation.path().toString(),
          invitation.contentHash(),
          invitation.createdAt().toString());
    }
  }
}
