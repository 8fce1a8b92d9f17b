package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway is skipped only for a store that holds exactly the bundled migrations. */
class SchemaVersionTest {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.*\\.sql");

  @TempDir Path dir;

  @Test
  void listsTheVersionOfEveryBundledMigrationFileForEachDatabase() throws Exception {
    for (String vendor : List.of("h2", "postgresql")) {
      TreeSet<String> files = new TreeSet<>();
      for (String folder : List.of("db/migration", "db/vendor/" + vendor)) {
        try (Stream<Path> listed = Files.list(Path.of("src/main/resources", folder))) {
          listed.forEach(
              file -> {
                Matcher name = VERSIONED.matcher(file.getFileName().toString());
                if (name.matches()) {
                  files.add(name.group(1).replace('_', '.'));
                }
              });
        }
      }
      assertThat(files).as(vendor).containsExactlyInAnyOrderElementsOf(SchemaVersion.BUNDLED);
    }
  }

  @Test
  void findsAStoreFlywayMigratedCurrent() {
    String url = "jdbc:h2:file:" + dir.resolve("invito");
    try (Store store = Store.open(url)) {
      assertThat(SchemaVersion.current(source(url))).isTrue();
    }
  }

  @Test
  void sendsAStoreWithoutHistoryOrWithAMissingOrFailedMigrationToFlyway() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("invito");
    JdbcDataSource source = source(url);
    assertThat(SchemaVersion.current(source)).as("no history table").isFalse();
    try (Store store = Store.open(url)) {
      try (Connection connection = source.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '7'");
        assertThat(SchemaVersion.current(source)).as("a failed migration").isFalse();
        statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'");
        assertThat(SchemaVersion.current(source)).as("one missing").isFalse();
      }
    }
  }

  @Test
  void migratesAStoreThatLacksTheLatestMigration() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("invito");
    try (Store store = Store.open(url);
        Connection connection = source(url).getConnection();
        Statement statement = connection.createStatement()) {
      // As a store of the previous release: V9_18 (the events' listing) not applied.
      statement.execute("DROP TABLE event_listing");
      statement.execute("DROP INDEX events_last_changed");
      statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9.18'");
    }

    try (Store store = Store.open(url)) {
      assertThat(SchemaVersion.current(source(url))).isTrue();
      assertThat(store.events().all()).isEmpty();
    }
  }

  private static JdbcDataSource source(String url) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    return source;
  }
}
