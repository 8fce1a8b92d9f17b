package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.ConfigFolder;
import io.invito.testing.InvitoProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invito serve} in a process of its own, stopped as systemd and docker stop it, by SIGTERM:
 * a clean stop exits 0, so the service manager does not report a failure.
 */
class ServeStopIT {
  @TempDir Path dir;

  @Test
  void exitsZeroWhenStoppedBySigterm() throws IOException, InterruptedException {
    Path config = ConfigFolder.at(dir).write();
    Process serve = InvitoProcess.serve(config).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        if (line.startsWith("invito serve: instance")) {
          serve.toHandle().destroy(); // SIGTERM on Linux; Process.destroy would close our pipe
        }
      }
    }

    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lines).anyMatch(line -> line.startsWith("invito serve: instance"));
    assertThat(lines).anyMatch(line -> line.startsWith("invito serve: stopped"));
    assertThat(serve.exitValue()).as(String.join("\n", lines)).isZero();
  }
}
