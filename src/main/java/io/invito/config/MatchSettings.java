package io.invito.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The rules a considerate networker follows when deciding whom to invite.
 *
 * @param minScore the least relevance for a contact to be suggested
 * @param perContactPause at most one invitation per contact within this period
 * @param perEventTop at most this many contacts invited to one event
 * @param minLeadTime the least time between drafting and the event's start
 * @param horizon how far ahead events are considered
 * @param synonymsFile the owner's synonyms in Solr's format ({@code a, b, c} per line), added to
 *     the built-in Italian-English table
 */
public record MatchSettings(
    double minScore,
    Duration perContactPause,
    int perEventTop,
    Duration minLeadTime,
    Duration horizon,
    Optional<Path> synonymsFile) {

  /** Settings without a synonyms file of the owner's. */
  public MatchSettings(
      double minScore,
      Duration perContactPause,
      int perEventTop,
      Duration minLeadTime,
      Duration horizon) {
    this(minScore, perContactPause, perEventTop, minLeadTime, horizon, Optional.empty());
  }

  public static MatchSettings defaults() {
    return new MatchSettings(
        1.0, Duration.ofDays(7), 10, Duration.ofHours(24), Duration.ofDays(14));
  }
}
