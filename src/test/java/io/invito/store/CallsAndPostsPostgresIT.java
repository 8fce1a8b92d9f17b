package io.invito.store;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The calls and posts migration (V8_19) and their store on a real PostgreSQL, with the scenario
 * {@link CallStoreTest} runs on H2. Needs {@code INVITO_TEST_PG_URL} (CI's .ci/run sets it).
 */
class CallsAndPostsPostgresIT {
  private static final String SCHEMA = "calls_and_posts_it";

  @Test
  void migratesAFreshStoreAndKeepsCallsAndPostsAsH2Does() throws SQLException {
    try (Store store = Store.open(InvitationHistoryPostgresIT.freshSchema(SCHEMA))) {
      CallStoreTest.exercise(store);
    }
  }
}
