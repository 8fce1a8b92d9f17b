package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two passes never share an output folder; the refusal says who holds it and what to do. */
class RunLockTest {
  @TempDir Path dir;

  @Test
  void refusesASecondRunNamingTheFirstAndAllowsItOnceTheFirstHasEnded() {
    Path out = dir.resolve("out");
    RunLock first = RunLock.acquire(out, "invito run");
    try (first) {
      assertThatThrownBy(() -> RunLock.acquire(out, "invito run"))
          .isInstanceOf(RunLock.Busy.class)
          .hasMessageContaining("another invito is already working on " + out)
          .hasMessageContaining("invito run, pid " + ProcessHandle.current().pid())
          .hasMessageContaining("try again when it has finished");
    }
    RunLock.acquire(out, "invito run").close();
    assertThat(out.resolve(RunLock.FILE)).exists();
  }
}
