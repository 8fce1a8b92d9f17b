package io.invito.model;

/** schema.org's eventStatus: whether the event still happens as announced. */
public enum EventStatus {
  SCHEDULED,
  CANCELLED,
  POSTPONED,
  RESCHEDULED,
  MOVED_ONLINE
}
