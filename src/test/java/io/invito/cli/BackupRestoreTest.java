package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Validators;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup holds the config folder and the store; a restore puts both back and loses nothing. */
class BackupRestoreTest {
  private static final Instant FIRST = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant SECOND = Instant.parse("2026-11-02T00:00:00Z");

  @TempDir Path dir;

  @Test
  void restoresTheConfigAndTheStoreOfABackupKeepingWhatItReplaces() throws IOException {
    Path config = ConfigFolder.at(dir.resolve("config")).contacts(ConfigFolder.MARCO).write();
    String url = "jdbc:h2:file:" + config.resolve("data/invito");
    try (Store store = Store.open(url)) {
      store.sources().saveValidators("https://a.example/1", Validators.NONE, Optional.of(FIRST));
    }
    Path zip = dir.resolve("backups/b.zip");

    CliRun backup = invito("backup", "--config", config.toString(), "--to", zip.toString());

    assertThat(backup.code()).as(backup.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
        .isEqualTo("rw-------");
    try (ZipFile entries = new ZipFile(zip.toFile())) {
      assertThat(entries.stream().map(ZipEntry::getName))
          .contains(
              "config/invito.yaml",
              "config/sources.yaml",
              "config/contacts.csv",
              "config/templates/it/email.txt",
              "store/invito.mv.db")
          .noneMatch(name -> name.contains("data/"));
    }

    String contacts = Files.readString(config.resolve("contacts.csv"));
    Files.writeString(config.resolve("contacts.csv"), contacts + "# edited after the backup\n");
    try (Store store = Store.open(url)) {
      store.sources().saveValidators("https://a.example/2", Validators.NONE, Optional.of(SECOND));
    }

    CliRun restore = invito("restore", zip.toString(), "--config", config.toString());

    assertThat(restore.code()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("restored the store invito.mv.db; it opens");
    assertThat(Files.readString(config.resolve("contacts.csv"))).isEqualTo(contacts);
    assertThat(Files.readString(config.resolve("contacts.csv.bak")))
        .endsWith("# edited after the backup\n");
    try (Store store = Store.open(url)) {
      assertThat(store.sources().lastUnconditional("https://a.example/1")).contains(FIRST);
      assertThat(store.sources().lastUnconditional("https://a.example/2")).isEmpty();
    }
    Path kept;
    try (Stream<Path> files = Files.list(config.resolve("data"))) {
      kept =
          files
              .filter(file -> file.getFileName().toString().contains(".before-restore-"))
              .findFirst()
              .orElseThrow();
    }
    String keptName = kept.toString().replaceFirst("\\.mv\\.db$", "");
    try (Store replaced = Store.open("jdbc:h2:file:" + keptName)) {
      assertThat(replaced.sources().lastUnconditional("https://a.example/2"))
          .as("the store the restore replaced is kept whole")
          .contains(SECOND);
    }
  }

  @Test
  void refusesAZipWhoseEntriesWouldLandOutsideTheConfigFolder() throws IOException {
    Path config = ConfigFolder.at(dir.resolve("config")).write();
    Path zip = dir.resolve("evil.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("config/invito.yaml", "config/../../outside.txt")) {
        out.putNextEntry(new ZipEntry(name));
        out.write("x: 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    String before = Files.readString(config.resolve("invito.yaml"));

    CliRun restore = invito("restore", zip.toString(), "--config", config.toString());

    assertThat(restore.code()).isEqualTo(2);
    assertThat(restore.err())
        .contains("'config/../../outside.txt' is not part of an invito backup");
    assertThat(Files.readString(config.resolve("invito.yaml"))).isEqualTo(before);
    assertThat(dir.resolve("outside.txt")).doesNotExist();
  }
}
