package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.model.Validators;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store opens every time while another process uses it too: each open either works or
 * is refused at once with the other process's pid, never fails inside H2; and no write is lost.
 */
class StoreOpenIT {
  private static final int OPENS = 200;

  @TempDir Path dir;

  @Test
  void opensTwoHundredTimesWhileAnotherProcessOpensAndWritesTheSameStore() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("data/invito");
    Process child = start(url);
    try (BufferedReader output =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Writer input =
            new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
      assertThat(output.readLine()).isEqualTo("holding");

      assertThatThrownBy(() -> Store.open(url))
          .isInstanceOf(StoreInUse.class)
          .hasMessageContaining("is in use by pid " + child.pid() + " (since ");

      input.write("go\n");
      input.flush();
      int opened = 0;
      int refused = 0;
      List<String> otherPids = new ArrayList<>();
      while (opened < OPENS) {
        try (Store store = Store.open(url)) {
          store
              .sources()
              .saveValidators(
                  "https://parent.example/" + opened, Validators.NONE, Optional.of(Instant.EPOCH));
          opened++;
        } catch (StoreInUse busy) {
          refused++;
          if (!busy.getMessage().contains("pid " + child.pid() + " ")) {
            otherPids.add(busy.getMessage());
          }
          Thread.sleep(2);
        }
      }
      assertThat(otherPids).as("only the other process is ever named").isEmpty();
      System.out.printf(
          "StoreOpenIT: %d opens, %d refused while the other held it%n", opened, refused);
    } finally {
      child.getOutputStream().close();
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    try (Store store = Store.open(url)) {
      for (int index = 0; index < OPENS; index++) {
        assertThat(store.sources().lastUnconditional("https://parent.example/" + index))
            .as("write %d kept", index)
            .contains(Instant.EPOCH);
      }
      assertThat(store.sources().lastUnconditional("https://child.example/0"))
          .contains(Instant.EPOCH);
    }
  }

  private static Process start(String url) throws java.io.IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-cp", classPath, StoreUserLoop.class.getName(), url)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
