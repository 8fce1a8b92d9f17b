package io.invito.pipeline;

import io.invito.event.Judgement;
import io.invito.model.Rejection;
import io.invito.model.SourceHealth;
import io.invito.model.Validators;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What reading one source gave: its events, the items that were not events, its new health, and the
 * HTTP validators to save once its events are stored (saved earlier, a crash before the events were
 * stored would turn the next fetch into a 304 and lose them).
 *
 * @param movedFrom the configured URL a 301 or 308 moved the source from, to {@code health.url()}
 * @param notices what the owner should read in the run's summary about the source's content (bytes
 *     repaired, items left out at a limit), each naming the source
 */
record SourceHarvest(
    SourceReport report,
    List<Judgement.Accepted> events,
    List<Rejection> rejections,
    SourceHealth health,
    Optional<CacheUpdate> cache,
    Optional<String> movedFrom,
    List<String> notices) {

  SourceHarvest {
    notices = List.copyOf(notices);
  }

  SourceHarvest(
      SourceReport report,
      List<Judgement.Accepted> events,
      List<Rejection> rejections,
      SourceHealth health,
      Optional<CacheUpdate> cache,
      Optional<String> movedFrom) {
    this(report, events, rejections, health, cache, movedFrom, List.of());
  }

  /**
   * The validators to save for the URL fetched, and when that URL was last fetched without any
   * (empty: not this time).
   */
  record CacheUpdate(String url, Validators validators, Optional<Instant> unconditionalAt) {}

  SourceHarvest(
      SourceReport report,
      List<Judgement.Accepted> events,
      List<Rejection> rejections,
      SourceHealth health,
      Optional<String> movedFrom) {
    this(report, events, rejections, health, Optional.empty(), movedFrom);
  }
}
