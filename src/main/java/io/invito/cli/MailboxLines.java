package io.invito.cli;

import io.invito.store.MailboxStore;
import java.io.PrintWriter;
import java.util.List;

/** The mailbox's part of {@code invito status}: the last push and sync, and how they went. */
final class MailboxLines {

  private MailboxLines() {}

  static void print(List<MailboxStore.Pass> passes, OwnerTime zone, PrintWriter out) {
    out.println();
    if (passes.isEmpty()) {
      out.println("mailbox: no push or sync yet");
      return;
    }
    for (MailboxStore.Pass pass : passes) {
      boolean failed = pass.succeededAt().filter(pass.attemptedAt()::equals).isEmpty();
      out.printf(
          "mailbox %-4s last %s %s, last done %s: %s%n",
          pass.kind(),
          failed ? "failed" : "done",
          zone.text(pass.attemptedAt()),
          pass.succeededAt().map(zone::text).orElse("never"),
          pass.outcome());
    }
  }
}
