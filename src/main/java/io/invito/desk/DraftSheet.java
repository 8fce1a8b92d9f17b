package io.invito.desk;

import java.util.List;
import java.util.Optional;

/**
 * What the draft page shows: the text as the contact will read it, the actions that send it on its
 * channel, its state, and, when the event changed after the owner edited it, what invito would
 * write now.
 *
 * @param status the invitation's status name (DRAFTED, SENT, SKIPPED, SUPERSEDED)
 * @param channel the channel's name (EMAIL, WHATSAPP, LINKEDIN, PHONE)
 * @param to the address or number it goes to, as the contacts file has it; empty when missing
 * @param send the link that sends it as written: mailto:, wa.me, tel:, the LinkedIn profile
 * @param canPush whether a mailbox is configured and this is an e-mail waiting to be sent
 * @param rewrite the difference between the owner's text and invito's new one; empty when none
 */
public record DraftSheet(
    String id,
    String eventTitle,
    String contactName,
    String channel,
    String status,
    boolean edited,
    String week,
    Optional<String> to,
    Optional<String> subject,
    String text,
    Optional<String> send,
    boolean canPush,
    List<LineDiff.Line> rewrite,
    List<Revision> history) {
  public DraftSheet {
    rewrite = List.copyOf(rewrite);
    history = List.copyOf(history);
  }

  public boolean waiting() {
    return status.equals("DRAFTED");
  }

  /**
   * One revision of the draft, newest first.
   *
   * @param when in the owner's zone, {@code 2026-12-07 18:00}
   */
  public record Revision(int number, String status, String when, boolean edited) {}
}
