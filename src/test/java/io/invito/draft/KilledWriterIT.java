package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.invito.output.AtomicFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM writes drafts in a loop and is killed with SIGKILL mid-run: no draft file may be
 * half-written, a leftover temp file must be recognisable as one (never as a draft), and the next
 * run removes the leftovers and completes the set.
 */
class KilledWriterIT {
  private static final int PASSES_BEFORE_KILL = 2;
  // DraftKeeper's copy of a draft that the other version was written over.
  private static final String KEPT = "\\.superseded-[0-9a-f]{12}(\\.[a-z]+)$";

  @TempDir Path work;

  @Test
  void aKilledRunLeavesOnlyWholeDraftsAndTheNextRunCompletesThem() throws Exception {
    Path first = work.resolve("first");
    Path second = work.resolve("second");
    DraftWriterLoop.pass(first, false);
    DraftWriterLoop.pass(second, true);
    Map<String, byte[]> versionA = files(first);
    Map<String, byte[]> versionB = files(second);
    assertThat(versionA.keySet()).isEqualTo(versionB.keySet());

    Path out = work.resolve("out");
    Process child = start(out);
    try {
      awaitPasses(child, PASSES_BEFORE_KILL);
    } finally {
      child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no finally in the child
      child.waitFor(60, TimeUnit.SECONDS);
    }
    assertThat(child.isAlive()).isFalse();

    List<String> temps = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files(out).entrySet()) {
      String name = Path.of(file.getKey()).getFileName().toString();
      if (name.startsWith(".")) {
        assertThat(name).as("a hidden file is one of our temp files").matches(AtomicFile.TEMP);
        temps.add(file.getKey());
        continue;
      }
      byte[] a = versionA.get(file.getKey().replaceFirst(KEPT, "$1"));
      byte[] b = versionB.get(file.getKey().replaceFirst(KEPT, "$1"));
      assertThat(a).as("%s is a file the writer makes", file.getKey()).isNotNull();
      assertThat(Arrays.equals(file.getValue(), a) || Arrays.equals(file.getValue(), b))
          .as("%s is one whole version, not a mix or a part", file.getKey())
          .isTrue();
      if (name.endsWith(".eml")) {
        Eml.parse(file.getValue()); // and a mail client reads it
      }
    }

    DraftWriterLoop.pass(out, false);

    Map<String, byte[]> after = files(out);
    after.keySet().removeIf(key -> !key.replaceFirst(KEPT, "$1").equals(key));
    assertThat(after.keySet())
        .as("complete, and no temp file left (there were %s)", temps)
        .isEqualTo(versionA.keySet());
    for (Map.Entry<String, byte[]> file : after.entrySet()) {
      assertThat(file.getValue()).as(file.getKey()).isEqualTo(versionA.get(file.getKey()));
    }
  }

  private static Process start(Path out) throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(), "-cp", classPath, DraftWriterLoop.class.getName(), out.toString())
        .directory(Path.of("").toAbsolutePath().toFile())
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the child's output until it has finished some passes, so it is mid-pass when killed. */
  private static void awaitPasses(Process child, int passes) throws IOException {
    List<String> output = new ArrayList<>();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      output.add(line);
      if (line.equals("pass " + passes)) {
        return;
      }
    }
    fail("the writer stopped before pass %d: %s", passes, String.join("\n", output));
  }

  /** Every file under the folder, hidden ones too, by relative path. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
