package io.invito.model;

/** The owner's decision on a suggested contact for an event, taken on the review desk. */
public enum Decision {
  /** The drafts are to be sent. */
  APPROVED,
  /** Not this time: the drafts are skipped. */
  SKIPPED,
  /** The event does not suit this person: the drafts are skipped, and the desk says why. */
  NOT_FOR_PERSON
}
