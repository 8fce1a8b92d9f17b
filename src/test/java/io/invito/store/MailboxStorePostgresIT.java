package io.invito.store;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The mailbox migration (V8_16) and its records on a real PostgreSQL: the same checks as on H2.
 * Needs {@code INVITO_TEST_PG_URL} (CI's .ci/run sets it).
 */
class MailboxStorePostgresIT {
  @Test
  void keepsWhatWasPushedThePassesAndWhenAnInvitationWasSent() throws SQLException {
    try (Store store = Store.open(InvitationHistoryPostgresIT.freshSchema("mailbox_store_it"))) {
      MailboxStoreTest.checks(store);
    }
  }
}
