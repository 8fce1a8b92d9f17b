package io.invito.desk;

import java.util.List;

/**
 * What the history page shows: the drafts and what became of them, newest first; the calls made;
 * and, for each contact invited so far, when the per-contact pause lets them be invited again.
 * Times are in the owner's zone with its offset ({@code 2026-12-07 18:00 +01:00}).
 */
public record HistorySheet(List<Sent> sent, List<CallMade> calls, List<Pause> pauses) {
  public HistorySheet {
    sent = List.copyOf(sent);
    calls = List.copyOf(calls);
    pauses = List.copyOf(pauses);
  }

  /**
   * A draft (one revision of it): to whom, for what, on which channel, and where it stands.
   *
   * @param time when it was sent, when the owner said so with a time; else when it was drafted
   * @param status a label key: {@code status.SENT}, {@code status.SUPERSEDED}...
   * @param was for a superseded draft, the label key of the status it had then; else empty
   */
  public record Sent(
      String time,
      String contactId,
      String contact,
      String event,
      String channel,
      String status,
      String was) {}

  /** A call the owner made, on that day. */
  public record CallMade(String day, String contact, String event) {}

  /**
   * A contact's pause.
   *
   * @param last when they were last invited (sent, when the mailbox said, else drafted)
   * @param next the first time the matcher will suggest them again
   * @param paused whether that time is still to come
   */
  public record Pause(String contactId, String contact, String last, String next, boolean paused) {}
}
