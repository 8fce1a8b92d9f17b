package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.invito.model.Channel;
import io.invito.model.Invitation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration that keeps superseded drafts, on a real PostgreSQL: a store with drafts from before
 * it is upgraded, and a draft superseded there afterwards is kept as an earlier revision. Needs
 * {@code INVITO_TEST_PG_URL} (CI's .ci/run sets it).
 */
class InvitationHistoryPostgresIT {
  private static final String SCHEMA = "invitation_history_it";
  private static final String ID = "ev1-marco-rossi-email";

  @Test
  void upgradesAStoreWithDraftsAndKeepsASentDraftThatIsSupersededAfterwards() throws SQLException {
    String url = freshSchema(SCHEMA);
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .target("4")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url);
        Statement insert = connection.createStatement()) {
      insert.execute(
          "INSERT INTO invitations (id, event_id, contact_id, channel, iso_week, path,"
              + " content_hash, status, created_at) VALUES ('"
              + ID
              + "', 'ev1', 'marco-rossi', 'EMAIL', '2026-W49', 'invites/2026-W49/marco-rossi/ev1.eml',"
              + " 'h1', 'SENT', TIMESTAMP WITH TIME ZONE '2026-11-30 07:00:00+00')");
    }

    try (Store store = Store.open(url)) {
      Invitation next =
          new Invitation(
              ID,
              "ev1",
              "marco-rossi",
              Channel.EMAIL,
              "2026-W50",
              Path.of("invites/2026-W50/marco-rossi/ev1.eml"),
              "h2",
              Invitation.Status.DRAFTED,
              Instant.parse("2026-12-01T07:00:00Z"));
      assertThat(store.invitations().save(next)).isTrue();
      assertThat(store.invitations().save(next)).isFalse();

      assertThat(store.invitations().all()).containsExactly(next);
      assertThat(store.invitations().historyOf(ID))
          .extracting(
              DraftRevision::revision,
              revision -> revision.invitation().path().toString(),
              DraftRevision::sentThenSuperseded)
          .containsExactly(
              tuple(1, "invites/2026-W49/marco-rossi/ev1.eml", true),
              tuple(2, "invites/2026-W50/marco-rossi/ev1.eml", false));
    }
  }

  private static String freshSchema() throws SQLException {
    return freshSchema(SCHEMA);
  }

  /**
   * A schema of its own, emptied first, so each run starts from a fresh store; the test is skipped
   * without {@code INVITO_TEST_PG_URL}.
   */
  static String freshSchema(String schema) throws SQLException {
    String url = System.getenv("INVITO_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "INVITO_TEST_PG_URL is not set: no PostgreSQL to migrate (.ci/run starts one and sets it)");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
