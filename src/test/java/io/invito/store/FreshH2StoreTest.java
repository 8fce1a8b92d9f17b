package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new H2 store is created whole: a creation killed half-way leaves nothing the next start trips
 * on.
 */
class FreshH2StoreTest {
  @TempDir Path dir;

  @Test
  void createsANewStoreWithItsWholeSchemaAndLeavesNoStagingFile() {
    Path name = dir.resolve("data/invito");

    try (Store store = Store.open("jdbc:h2:file:" + name)) {
      assertThat(store.events().all()).isEmpty();
    }

    assertThat(dir.resolve("data/invito.mv.db")).exists();
    assertThat(dir.resolve("data/invito.creating.mv.db")).doesNotExist();
  }

  @Test
  void keepsTheStoresFilesAndTheFolderItMadeForThemToTheOwner() throws Exception {
    Path name = dir.resolve("data/invito");

    try (Store store = Store.open("jdbc:h2:file:" + name)) {
      assertThat(store.events().all()).isEmpty();
      assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
      assertThat(mode(dir.resolve("data/invito.mv.db"))).isEqualTo("rw-------");
      assertThat(mode(dir.resolve("data/invito.owner"))).isEqualTo("rw-------");
      assertThat(Files.readString(dir.resolve("data/invito.owner")))
          .startsWith("pid " + ProcessHandle.current().pid() + " ");
      assertThat(dir.resolve("data/invito.lock.db")).as("no AUTO_SERVER key file").doesNotExist();
    }
  }

  @Test
  void refusesAnUrlThatAsksForAutoServerWhichWouldListenOnTheNetwork() {
    assertThatThrownBy(() -> Store.open("jdbc:h2:file:" + dir.resolve("x") + ";auto_server=true"))
        .isInstanceOf(io.invito.config.ConfigException.class)
        .hasMessageContaining("AUTO_SERVER, which opens the store to the network");
    assertThat(dir.resolve("x.mv.db")).doesNotExist();
  }

  @Test
  void sharesTheStoreWithinOneProcessAndReleasesItWhenTheLastIsClosed() {
    String url = "jdbc:h2:file:" + dir.resolve("invito");
    try (Store first = Store.open(url);
        Store second = Store.open(url)) {
      assertThat(second.events().all()).isEqualTo(first.events().all());
    }
    try (Store again = Store.open(url)) {
      assertThat(again.events().all()).isEmpty();
    }
  }

  private static String mode(Path file) throws java.io.IOException {
    return java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(file));
  }

  @Test
  void buildsAgainOverWhatAKilledCreationLeftBehind() throws Exception {
    Path name = dir.resolve("invito");
    // What a process killed during the first migration leaves: a staging file, never the store.
    Files.write(dir.resolve("invito.creating.mv.db"), new byte[] {'H', '2', 0, 1, 2, 3});

    try (Store store = Store.open("jdbc:h2:file:" + name)) {
      store.digests();
      assertThat(store.invitations().all()).isEmpty();
    }

    assertThat(dir.resolve("invito.mv.db")).exists();
    assertThat(dir.resolve("invito.creating.mv.db")).doesNotExist();
  }

  @Test
  void leavesAnExistingStoreAndItsDataAlone() {
    String url = "jdbc:h2:file:" + dir.resolve("invito");
    try (Store store = Store.open(url)) {
      store.events().saveRejections(java.util.List.of(), Instant.EPOCH);
      store
          .sources()
          .saveValidators(
              "https://a.example/feed",
              io.invito.model.Validators.NONE,
              java.util.Optional.of(Instant.EPOCH));
    }

    try (Store store = Store.open(url)) {
      assertThat(store.sources().lastUnconditional("https://a.example/feed"))
          .contains(Instant.EPOCH);
    }
  }

  @Test
  void copiesAnExistingStoreBeforeMigrationsUpgradeIt() throws Exception {
    Path name = dir.resolve("invito");
    String url = "jdbc:h2:file:" + name;
    org.flywaydb.core.Flyway.configure()
        .dataSource(url, "", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target("4")
        .load()
        .migrate();

    try (Store store = Store.open(url)) {
      assertThat(store.invitations().all()).isEmpty();
    }
    try (Store again = Store.open(url)) {
      assertThat(again.events().all()).isEmpty();
    }

    Path backup = dir.resolve("invito.before-V5.zip");
    assertThat(backup).exists();
    assertThat(mode(backup)).isEqualTo("rw-------");
    Path restored = dir.resolve("restored");
    Files.createDirectories(restored);
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
      assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("invito.mv.db");
      try (java.io.InputStream in = zip.getInputStream(zip.getEntry("invito.mv.db"))) {
        Files.copy(in, restored.resolve("invito.mv.db"));
      }
    }
    org.flywaydb.core.api.MigrationInfo current =
        org.flywaydb.core.Flyway.configure()
            .dataSource("jdbc:h2:file:" + restored.resolve("invito"), "", "")
            .locations("classpath:db/migration", "classpath:db/vendor/h2")
            .load()
            .info()
            .current();
    assertThat(current.getVersion().getVersion())
        .as("the copy is the store before V5")
        .isEqualTo("4");
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(file -> file.getFileName().toString().endsWith(".zip")))
          .as("an up-to-date store is not copied again")
          .hasSize(1);
    }
  }

  @Test
  void knowsWhichUrlsNameAFile() {
    assertThat(FreshH2Store.fileName("jdbc:h2:file:/srv/invito/data;AUTO_SERVER=TRUE"))
        .contains(Path.of("/srv/invito/data"));
    assertThat(FreshH2Store.fileName("jdbc:h2:./data/invito")).contains(Path.of("./data/invito"));
    assertThat(FreshH2Store.fileName("jdbc:h2:~/invito"))
        .contains(Path.of(System.getProperty("user.home") + "/invito"));
    assertThat(FreshH2Store.fileName("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
    assertThat(FreshH2Store.fileName("jdbc:h2:tcp://localhost/~/invito")).isEmpty();
  }
}
