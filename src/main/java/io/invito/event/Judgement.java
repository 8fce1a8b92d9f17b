package io.invito.event;

import io.invito.model.Event;
import io.invito.model.Rejection;

/** The verdict on one raw item: an event, or not one and why. */
public sealed interface Judgement permits Judgement.Accepted, Judgement.Rejected {

  /** The item is an event; here it is, judged and normalised. */
  record Accepted(Event event) implements Judgement {}

  /** The item is not an event; the rejection says why in words. */
  record Rejected(Rejection rejection) implements Judgement {}
}
