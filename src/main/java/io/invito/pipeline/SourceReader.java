package io.invito.pipeline;

import io.invito.config.Source;
import io.invito.event.Judgement;
import io.invito.fetch.CachePolicy;
import io.invito.fetch.Fetcher;
import io.invito.fetch.HealthPolicy;
import io.invito.model.FetchResult;
import io.invito.model.RawEvent;
import io.invito.model.Rejection;
import io.invito.model.SourceHealth;
import io.invito.model.Validators;
import io.invito.output.KillPoint;
import io.invito.parse.Extraction;
import io.invito.store.SourceStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one source through fetch, parse and judgement. Whatever goes wrong with the source is
 * returned as data in its {@link SourceReport} and health, so one bad source never stops the rest.
 */
final class SourceReader {
  private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

  private final Fetcher fetcher;
  private final SourceItems items;
  private final HealthPolicy healthPolicy = new HealthPolicy();
  private final SourceStore sourceStore;

  SourceReader(Fetcher fetcher, SourceStore sourceStore, ZoneId ownerZone) {
    this.fetcher = fetcher;
    this.items = new SourceItems(fetcher, ownerZone);
    this.sourceStore = sourceStore;
  }

  /**
   * Reads the source; whatever it throws, errors included, becomes a failure recorded on it: a
   * calendar that overflows the stack or a page that exhausts the heap is this source's trouble.
   */
  SourceHarvest read(Source source, Instant now) {
    try {
      return readUnguarded(source, now);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failedUnexpectedly(source, e, now);
    }
  }

  /** The source failed in a way no stage turned into data: recorded on it, logged with a trace. */
  SourceHarvest failedUnexpectedly(Source source, Throwable failure, Instant now) {
    LOG.warn("source {}: reading failed unexpectedly", source.id(), failure);
    Optional<String> movedFrom = movedFrom(source);
    SourceHealth previous = previous(source, movedFrom);
    FetchResult failed =
        FetchResult.failed(
            URI.create(previous.url()),
            0,
            "reading failed unexpectedly: " + Unexpected.describe(failure),
            now,
            Duration.ZERO);
    return failed(source, previous, failed, now, movedFrom);
  }

  /**
   * A 301 or 308 that led to readable content moved the source: its health then names the new URL
   * and moved_from the configured one. The move holds only while the configuration still names that
   * URL, so editing sources.yaml always wins over a remembered redirect.
   */
  private Optional<String> movedFrom(Source source) {
    String configured = source.url().toString();
    return sourceStore.movedFrom(source.id()).filter(from -> from.equals(configured));
  }

  private SourceHealth previous(Source source, Optional<String> movedFrom) {
    String configured = source.url().toString();
    return sourceStore
        .find(source.id())
        .map(known -> movedFrom.isPresent() ? known : HealthPolicy.at(known, configured))
        .orElseGet(() -> HealthPolicy.fresh(source.id(), configured));
  }

  private SourceHarvest readUnguarded(Source source, Instant now) {
    Optional<String> movedFrom = movedFrom(source);
    SourceHealth previous = previous(source, movedFrom);
    String url = previous.url();
    if (!healthPolicy.due(previous, now)) {
      String why =
          previous.state() == SourceHealth.State.DISABLED
              ? "skipped: disabled"
              : "skipped: backing off until "
                  + previous.nextAttempt().map(Instant::toString).orElse("?");
      return new SourceHarvest(
          new SourceReport(source.id(), why, 0, 0, Optional.empty()),
          List.of(),
          List.of(),
          previous,
          movedFrom);
    }
    Validators validators =
        CachePolicy.validatorsToSend(
            sourceStore.validators(url), sourceStore.lastUnconditional(url), now);
    FetchResult fetched = fetcher.fetch(URI.create(url), validators);
    KillPoint.reach("fetch.fetched");
    if (fetched.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
      SourceHealth health = healthPolicy.update(previous, fetched, previous.eventsLastTime(), now);
      // A 304 updates what is stored about the response (RFC 9111, 4.3.4): a server that rotates
      // its ETag or moves its Last-Modified on a 304 expects those back next time, and may answer
      // the old ones with the whole feed again. The last unconditional GET stays as it was.
      return new SourceHarvest(
          new SourceReport(source.id(), SourceReport.NOT_MODIFIED, 0, 0, Optional.empty()),
          List.of(),
          List.of(),
          health,
          Optional.of(new SourceHarvest.CacheUpdate(url, fetched.validators(), Optional.empty())),
          movedFrom);
    }
    Optional<Extraction> extraction = items.extract(source, fetched);
    Optional<FetchResult> failure = failure(fetched, extraction);
    if (failure.isEmpty()) {
      return harvest(source, previous, fetched, validators, extraction.get(), now, "fetched");
    }
    boolean lostMove =
        movedFrom.isPresent()
            && HealthPolicy.triesFormerUrl(
                failure.get(), healthPolicy.update(previous, failure.get(), 0, now));
    return lostMove
        ? readFormerUrl(source, previous, failure.get(), movedFrom.get(), now)
        : failed(source, previous, failure.get(), now, movedFrom);
  }

  /**
   * The URL a 301 or 308 moved the source to is gone, or failing there has left the source
   * degraded: the URL it moved from, which the configuration still names, is read once more,
   * without validators, as its content is what is wanted. When that answers with something readable
   * the source moves back; otherwise the failure at the new URL stands, its message naming both
   * URLs.
   */
  private SourceHarvest readFormerUrl(
      Source source, SourceHealth previous, FetchResult failure, String former, Instant now) {
    String why = failure.error().orElse("HTTP " + failure.status()) + " at " + previous.url();
    FetchResult fetched = fetcher.fetch(URI.create(former), Validators.NONE);
    Optional<Extraction> extraction = items.extract(source, fetched);
    Optional<String> trouble = failure(fetched, extraction).flatMap(FetchResult::error);
    if (trouble.isEmpty()) {
      String line = "moved back to " + former + ", the URL it had moved from, after " + why;
      LOG.info("source {}: {}", source.id(), line);
      return harvest(
          source, previous, fetched, Validators.NONE, extraction.get(), now, "fetched; " + line);
    }
    // Same status and Retry-After: a 410 still disables, a 503's wish is still granted.
    FetchResult both =
        new FetchResult(
            failure.url(),
            failure.finalUrl(),
            failure.outcome(),
            failure.status(),
            new byte[0],
            Optional.empty(),
            failure.validators(),
            Optional.of(
                why + "; the URL it had moved from, " + former + ", failed too: " + trouble.get()),
            failure.retryAfter(),
            failure.fetchedAt(),
            failure.elapsed());
    return failed(source, previous, both, now, Optional.of(former));
  }

  /** Judges what a successful fetch yielded, and moves the source if it was moved permanently. */
  private SourceHarvest harvest(
      Source source,
      SourceHealth previous,
      FetchResult fetched,
      Validators sent,
      Extraction extraction,
      Instant now,
      String outcome) {
    List<Judgement.Accepted> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (RawEvent item : items.of(source, extraction)) {
      Judgement judgement = items.judge(source, item);
      if (judgement instanceof Judgement.Accepted accepted) {
        events.add(accepted);
      } else if (judgement instanceof Judgement.Rejected rejected) {
        rejections.add(rejected.rejection());
      }
    }
    SourceReport report =
        new SourceReport(
            source.id(),
            outcome,
            events.size(),
            rejections.size(),
            Optional.empty(),
            events.isEmpty() ? Optional.of(whyNoEvent(extraction, rejections)) : Optional.empty());
    // Only here, the new URL's content having parsed, does a permanent redirect move the source.
    boolean moved = fetched.permanentRedirect() && !fetched.finalUrl().equals(fetched.url());
    String current = (moved ? fetched.finalUrl() : fetched.url()).toString();
    SourceHealth health =
        HealthPolicy.at(
            healthPolicy.update(
                previous, CachePolicy.withTtl(fetched, extraction.ttl(), now), events.size(), now),
            current);
    // Recorded only once the answer was read: a failed unconditional GET proves nothing.
    Optional<Instant> unconditionalAt =
        sent.equals(Validators.NONE) ? Optional.of(now) : Optional.empty();
    // Every warning goes to the log; the few about the document as a whole go to the summary too.
    extraction.warnings().forEach(warning -> LOG.info("source {}: {}", source.id(), warning));
    return new SourceHarvest(
        report,
        events,
        rejections,
        health,
        Optional.of(new SourceHarvest.CacheUpdate(current, fetched.validators(), unconditionalAt)),
        // Moved is wherever the configuration does not name: back at that URL, it moved nowhere.
        current.equals(source.url().toString())
            ? Optional.empty()
            : Optional.of(source.url().toString()),
        extraction.notices().stream()
            .map(notice -> "source " + source.id() + ": " + notice)
            .toList());
  }

  /**
   * Why content that was read gave no event, in words a user can act on: what the reader said, or
   * what the items were turned away as, or that there were none.
   */
  static String whyNoEvent(Extraction extraction, List<Rejection> rejections) {
    if (!rejections.isEmpty()) {
      Map<String, Long> reasons =
          rejections.stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      Rejection::reason,
                      java.util.LinkedHashMap::new,
                      java.util.stream.Collectors.counting()));
      Map.Entry<String, Long> commonest =
          reasons.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      return rejections.size()
          + (rejections.size() == 1 ? " item, not an event: " : " items, none an event; ")
          + (rejections.size() == 1 ? "" : commonest.getValue() + " as ")
          + commonest.getKey();
    }
    return extraction
        .whyNoEvent()
        .orElse(
            switch (extraction.format()) {
              case "ics" -> "the calendar holds no event";
              case "html" -> "the page holds no event";
              default -> "the " + extraction.format() + " feed holds no item";
            });
  }

  /** The fetch's failure, or its content's: a source whose content does not parse failed too. */
  private static Optional<FetchResult> failure(
      FetchResult fetched, Optional<Extraction> extraction) {
    if (!fetched.ok()) {
      return Optional.of(fetched);
    }
    return extraction
        .flatMap(Extraction::error)
        .map(
            error ->
                FetchResult.failed(
                    fetched.url(),
                    fetched.status(),
                    "unreadable " + extraction.get().format() + ": " + error,
                    fetched.fetchedAt(),
                    fetched.elapsed()));
  }

  private SourceHarvest failed(
      Source source,
      SourceHealth previous,
      FetchResult failure,
      Instant now,
      Optional<String> movedFrom) {
    SourceHealth health = healthPolicy.update(previous, failure, 0, now);
    String error = failure.error().orElse("failed");
    return new SourceHarvest(
        new SourceReport(source.id(), "failed", 0, 0, Optional.of(error)),
        List.of(),
        List.of(),
        health,
        movedFrom);
  }
}
