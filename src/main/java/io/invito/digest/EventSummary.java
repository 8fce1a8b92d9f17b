package io.invito.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One event as the digest shows it, already in the owner's words and zone; both renderers print the
 * same summary, so Markdown and HTML never disagree. Texts here are unescaped.
 *
 * @param link the event page, only when it is an http(s) URL
 * @param start when it starts; {@link Instant#MAX} for an on-demand event, so it sorts last
 * @param day the day in the owner's zone, for grouping; empty for an on-demand event
 * @param dayName the day's name, or the on-demand section's
 * @param time "18:00–19:30", with the event's own time in brackets when its zone differs
 */
public record EventSummary(
    String id,
    String title,
    Optional<String> link,
    Instant start,
    Optional<LocalDate> day,
    String dayName,
    String time,
    List<Marker> markers,
    boolean cancelled,
    boolean interactive,
    boolean online,
    List<Fact> facts,
    String snippet,
    List<Invitee> invitees) {

  /**
   * A change worth flagging: NEW, RESCHEDULED (old → new), CANCELLED, ...
   *
   * @param kind a stable name for styling: new, rescheduled, cancelled, postponed, moved-online
   */
  public record Marker(String kind, String text) {}

  /** A labelled detail: "Tipo: webinar". */
  public record Fact(String label, String value) {}

  /** A suggested contact, why, and their drafts. */
  public record Invitee(String name, String reasons, List<DraftLink> drafts) {}

  /**
   * A link to act on a draft, or to its file, with the words shown for it.
   *
   * @param kind email, whatsapp, linkedin, phone for the links that act; file for a draft file
   * @param href for a file, the path from the digest folder when it is inside the output folder
   */
  public record DraftLink(String kind, String text, Optional<String> href) {}
}
