package io.invito.model;

/** The kinds of opportunity the seed idea names; an event may be several. */
public enum EventKind {
  WEBINAR,
  SEMINAR,
  WORKSHOP,
  COURSE,
  PRESENTATION,
  CONFERENCE,
  MEETUP,
  LIVE_STREAM
}
