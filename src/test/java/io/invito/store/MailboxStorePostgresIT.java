package io.invito.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The mailbox migration (V8_16) and its records on a real PostgreSQL: the same checks as on H2.
 * Needs {@code INVITO_TEST_PG_URL} (CI's .ci/run sets it).
 */
class MailboxStorePostgresIT {
  private static final String SCHEMA = "mailbox_store_it";

  @Test
  void keepsWhatWasPushedThePassesAndWhenAnInvitationWasSent() throws SQLException {
    String url = System.getenv("INVITO_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "INVITO_TEST_PG_URL is not set: no PostgreSQL to migrate (.ci/run starts one and sets it)");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    try (Store store =
        Store.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA)) {
      MailboxStoreTest.checks(store);
    }
  }
}
