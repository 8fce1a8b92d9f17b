package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.ConfigFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder invito.yaml names that cannot be written is bad input: exit 2 and one line naming the
 * key and the folder. {@code --stacktrace} works before and after the subcommand.
 */
class BadFoldersAndTracesTest {
  @TempDir Path dir;

  @Test
  void anOutputFolderThatIsAFileIsRefusedInOneLineWithExitTwo() throws IOException {
    Path config = ConfigFolder.at(dir).section("output: blocked\n").write();
    Files.writeString(dir.resolve("blocked"), "a file where the output folder should be\n");

    CliRun run = CliRun.invito("run", "--config", config.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "error: invito.yaml: output folder '"
                + dir.resolve("blocked")
                + "' cannot be written: "
                + dir.resolve("blocked")
                + " is a file, not a folder");
  }

  @Test
  void aStoreFolderThatCannotBeCreatedIsRefusedInOneLineWithExitTwo() throws IOException {
    Files.writeString(dir.resolve("data"), "a file where the store folder should be\n");
    Path config = ConfigFolder.at(dir).store("  path: data/invito").write();

    CliRun run = CliRun.invito("run", "--config", config.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: invito.yaml: store folder '" + dir.resolve("data") + "' cannot be");
  }

  @Test
  void printsTheStackTraceWhenAskedAfterTheSubcommand() throws IOException {
    Path config = ConfigFolder.at(dir).section("output: blocked\n").write();
    Files.writeString(dir.resolve("blocked"), "x\n");

    CliRun after = CliRun.invito("run", "--config", config.toString(), "--stacktrace");
    CliRun before = CliRun.invito("--stacktrace", "run", "--config", config.toString());
    CliRun without = CliRun.invito("run", "--config", config.toString());

    assertThat(after.err()).contains("at io.invito.pipeline.WritableFolder.require");
    assertThat(before.err()).contains("at io.invito.pipeline.WritableFolder.require");
    assertThat(without.err()).doesNotContain("at io.invito.");
  }
}
