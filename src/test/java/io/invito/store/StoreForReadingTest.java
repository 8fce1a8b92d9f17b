package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Rejection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opened by a command that only reads: no compaction when it closes, nothing else. */
class StoreForReadingTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T07:00:00Z");

  @TempDir Path folder;

  @Test
  void readsWhatWasStoredAndKeepsWhatIsWrittenThroughIt() {
    String url = "jdbc:h2:file:" + folder.resolve("invito");
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 9, 18, 0, 0, 0, ZoneOffset.UTC);
    try (Store store = Store.open(url)) {
      store.events().upsert(List.of(Events.event("a", start)), MONDAY);
    }

    try (Store reading = Store.openForReading(url)) {
      assertThat(reading.events().all())
          .extracting(known -> known.event().id())
          .containsExactly("a");
      reading
          .events()
          .saveRejections(
              List.of(new Rejection("rss", "Offerta", Optional.empty(), "no date")), MONDAY);
    }

    try (Store again = Store.open(url)) {
      assertThat(again.events().all()).hasSize(1);
      assertThat(again.events().rejections())
          .extracting(Rejection::title)
          .containsExactly("Offerta");
    }
  }

  @Test
  void opensTheH2FileWithoutCompactionAtCloseOnlyWhenReading() throws SQLException {
    String url = "jdbc:h2:file:" + folder.resolve("invito");

    try (Store reading = Store.openForReading(url)) {
      assertThat(maxCompactTime(url)).isEqualTo("0");
    }
    try (Store writing = Store.open(url)) {
      assertThat(maxCompactTime(url)).isNotEqualTo("0");
    }
  }

  @Test
  void leavesAUrlThatSetsCompactionAndPostgresAlone() {
    assertThat(Store.uncompacted("jdbc:h2:file:/x/invito"))
        .isEqualTo("jdbc:h2:file:/x/invito;MAX_COMPACT_TIME=0");
    assertThat(Store.uncompacted("jdbc:h2:file:/x/invito;max_compact_time=50"))
        .isEqualTo("jdbc:h2:file:/x/invito;max_compact_time=50");
    assertThat(Store.uncompacted("jdbc:postgresql://db/invito"))
        .isEqualTo("jdbc:postgresql://db/invito");
  }

  /** The setting of the open database, read over a second connection to it. */
  private static String maxCompactTime(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
      return row.next() ? row.getString(1) : "absent";
    }
  }
}
