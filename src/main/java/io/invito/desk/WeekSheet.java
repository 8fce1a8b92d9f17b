package io.invito.desk;

import io.invito.digest.EventSummary;
import java.util.List;

/**
 * What the week page shows: the week's opportunities by day (the recordings last, "watch any
 * time"), each with its facts in the owner's words and the contacts suggested, with their drafts
 * and where each stands.
 *
 * @param week {@code 2026-W50}
 * @param previous the week before, for the link back
 * @param next the week after
 */
public record WeekSheet(String week, String previous, String next, List<Day> days) {
  public WeekSheet {
    days = List.copyOf(days);
  }

  /**
   * The week as htmx sends it with a person's button ({@code hx-vals}), so the answer is the same
   * week whose row it replaces.
   */
  public String weekValue() {
    return "{\"week\": \"" + week + "\"}";
  }

  /** The events of one day, or the recordings to watch any time. */
  public record Day(String name, List<Card> events) {
    public Day {
      events = List.copyOf(events);
    }
  }

  /** One opportunity: the digest's summary of it and who it suits. */
  public record Card(EventSummary summary, List<Suggested> suggested) {
    public Card {
      suggested = List.copyOf(suggested);
    }
  }

  /**
   * A contact suggested for the event.
   *
   * @param reasons why, in the owner's words (the digest's sentence)
   * @param decision the owner's decision so far, a {@link Decision} name; empty when none
   */
  public record Suggested(
      String eventId,
      String contactId,
      String name,
      String reasons,
      String decision,
      List<DraftRef> drafts) {
    public Suggested {
      drafts = List.copyOf(drafts);
    }
  }

  /**
   * A draft of the suggestion, to open.
   *
   * @param channel the channel in words
   * @param status the invitation's status name (DRAFTED, SENT, SKIPPED), for styling and words
   */
  public record DraftRef(String id, String channel, String status) {}
}
