package io.invito.event;

import io.invito.model.Event;
import io.invito.model.Rejection;
import java.util.Map;

/** The verdict on one raw item: an event, or not one and why. */
public sealed interface Judgement permits Judgement.Accepted, Judgement.Rejected {

  /**
   * The item is an event; here it is, judged and normalised, with the extractor that gave each of
   * its fields ({@code json-ld}, {@code ics}, {@code rss}, {@code text}), so that merging its
   * copies can trust a structured field over one read from prose.
   */
  record Accepted(Event event, Map<String, String> provenance) implements Judgement {
    public Accepted {
      provenance = Map.copyOf(provenance);
    }

    /** An event whose fields' provenance is unknown: every field counts as read from text. */
    public Accepted(Event event) {
      this(event, Map.of());
    }
  }

  /** The item is not an event; the rejection says why in words. */
  record Rejected(Rejection rejection) implements Judgement {}
}
