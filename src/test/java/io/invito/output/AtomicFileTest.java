package io.invito.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  private Set<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new HashSet<>(files.map(file -> file.getFileName().toString()).toList());
    }
  }

  @Test
  void makesDraftsReadableLikeAnyNewFileOfTheUserNotOwnerOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain.txt")); // rw-rw-rw- narrowed by the umask

    AtomicFile.write(dir.resolve("draft.txt"), "text");

    Set<PosixFilePermission> expected = PosixFilePermissions.fromString("rw-r--r--");
    expected.retainAll(Files.getPosixFilePermissions(plain));
    assertThat(Files.getPosixFilePermissions(dir.resolve("draft.txt")))
        .as("rw-r--r-- narrowed by the same umask")
        .isEqualTo(expected)
        .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void removesTheTempFilesOfDeadProcessesOnTheNextWriteInTheFolder() throws IOException {
    long dead = deadPid();
    Path leftover = Files.writeString(dir.resolve(".x.eml." + dead + ".123456.tmp"), "half");
    Path live =
        Files.writeString(
            dir.resolve(".y.eml." + ProcessHandle.current().pid() + ".42.tmp"), "being written");
    Path ours = Files.writeString(dir.resolve(".notes.tmp"), "the user's own");

    AtomicFile.write(dir.resolve("z.eml"), "done");

    assertThat(leftover).doesNotExist();
    assertThat(live).as("a live process's temp file is not ours to delete").exists();
    assertThat(ours).as("not named as our temp files are").exists();
    assertThat(names())
        .containsExactlyInAnyOrder("z.eml", live.getFileName().toString(), ".notes.tmp");
  }

  @Test
  void removesATempFileAbandonedLongAgoWhateverItsProcessId() throws IOException {
    Path stale =
        Files.writeString(
            dir.resolve(".x.eml." + ProcessHandle.current().pid() + ".7.tmp"), "half");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    AtomicFile.write(dir.resolve("z.eml"), "done");

    assertThat(stale).doesNotExist();
  }

  @Test
  void leavesNoTempFileAndTouchesNothingWhenTheContentIsTheSame() throws IOException {
    Path file = dir.resolve("a.txt");
    assertThat(AtomicFile.write(file, "one")).isTrue();
    Files.setLastModifiedTime(file, FileTime.fromMillis(0));

    assertThat(AtomicFile.write(file, "one")).isFalse();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(0));
    assertThat(AtomicFile.write(file, "two")).isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("two");
    assertThat(names()).containsExactly("a.txt");
  }

  /** A process id no process has now: one past every live one, checked. */
  private static long deadPid() {
    long candidate =
        ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
    while (ProcessHandle.of(candidate).isPresent()) {
      candidate++;
    }
    return candidate;
  }
}
