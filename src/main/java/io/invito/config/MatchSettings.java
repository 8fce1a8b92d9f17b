package io.invito.config;

import java.time.Duration;

/**
 * The rules a considerate networker follows when deciding whom to invite.
 *
 * @param minScore the least relevance for a contact to be suggested
 * @param perContactPause at most one invitation per contact within this period
 * @param perEventTop at most this many contacts invited to one event
 * @param minLeadTime the least time between drafting and the event's start
 * @param horizon how far ahead events are considered
 */
public record MatchSettings(
    double minScore, Duration perContactPause, int perEventTop, Duration minLeadTime, Duration horizon) {

  public static MatchSettings defaults() {
    return new MatchSettings(1.0, Duration.ofDays(7), 10, Duration.ofHours(24), Duration.ofDays(14));
  }
}
