package io.invito.pipeline;

import io.invito.config.Source;
import io.invito.config.SourceType;
import io.invito.event.Classifier;
import io.invito.event.Judgement;
import io.invito.event.UrlCanonicalizer;
import io.invito.fetch.CachePolicy;
import io.invito.fetch.Fetcher;
import io.invito.fetch.HealthPolicy;
import io.invito.model.FetchResult;
import io.invito.model.RawEvent;
import io.invito.model.Rejection;
import io.invito.model.SourceHealth;
import io.invito.model.Validators;
import io.invito.parse.Extraction;
import io.invito.parse.Extractor;
import io.invito.parse.ParseInput;
import io.invito.store.SourceStore;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one source through fetch, parse and judgement. Whatever goes wrong with the source is
 * returned as data in its {@link SourceReport} and health, so one bad source never stops the rest.
 */
final class SourceReader {
  /** Followed event pages per source per pass: enough for a listing, bounded for politeness. */
  static final int MAX_FOLLOWED_LINKS = 25;

  private final Fetcher fetcher;
  private final Extractor extractor = new Extractor();
  private final Classifier classifier = new Classifier();
  private final HealthPolicy healthPolicy = new HealthPolicy();
  private final SourceStore sourceStore;
  private final ZoneId ownerZone;

  SourceReader(Fetcher fetcher, SourceStore sourceStore, ZoneId ownerZone) {
    this.fetcher = fetcher;
    this.sourceStore = sourceStore;
    this.ownerZone = ownerZone;
  }

  SourceHarvest read(Source source, Instant now) {
    String configured = source.url().toString();
    // A 301 or 308 that led to readable content moved the source: its health then names the new
    // URL and moved_from the configured one. The move holds only while the configuration still
    // names that URL, so editing sources.yaml always wins over a remembered redirect.
    Optional<String> movedFrom =
        sourceStore.movedFrom(source.id()).filter(from -> from.equals(configured));
    SourceHealth previous =
        sourceStore
            .find(source.id())
            .map(known -> movedFrom.isPresent() ? known : at(known, configured))
            .orElseGet(() -> HealthPolicy.fresh(source.id(), configured));
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
    if (!fetched.ok()) {
      return failed(source, previous, fetched, now, movedFrom);
    }
    Extraction extraction =
        extractor.extract(input(source, fetched.finalUrl(), fetched, source.type()));
    if (extraction.error().isPresent()) {
      FetchResult unreadable =
          FetchResult.failed(
              fetched.url(),
              fetched.status(),
              "unreadable " + extraction.format() + ": " + extraction.error().get(),
              fetched.fetchedAt(),
              fetched.elapsed());
      return failed(source, previous, unreadable, now, movedFrom);
    }
    List<RawEvent> raw = new ArrayList<>(extraction.events());
    if (source.follow()) {
      raw = withFollowedPages(raw, followLinks(source, extraction.eventLinks()));
    }
    List<Judgement.Accepted> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ZoneId zone = source.zone().orElse(ownerZone);
    for (RawEvent item : raw) {
      Judgement judgement = classifier.classify(withSourceLanguage(item, source), zone);
      if (judgement instanceof Judgement.Accepted accepted) {
        events.add(accepted);
      } else if (judgement instanceof Judgement.Rejected rejected) {
        rejections.add(rejected.rejection());
      }
    }
    SourceReport report =
        new SourceReport(
            source.id(), "fetched", events.size(), rejections.size(), Optional.empty());
    // Only here, the new URL's content having parsed, does a permanent redirect move the source.
    boolean moved = fetched.permanentRedirect() && !fetched.finalUrl().equals(fetched.url());
    String current = moved ? fetched.finalUrl().toString() : url;
    SourceHealth health =
        at(
            healthPolicy.update(previous, withTtl(fetched, extraction, now), events.size(), now),
            current);
    // Recorded only once the answer was read: a failed unconditional GET proves nothing.
    Optional<Instant> unconditionalAt =
        validators.equals(Validators.NONE) ? Optional.of(now) : Optional.empty();
    return new SourceHarvest(
        report,
        events,
        rejections,
        health,
        Optional.of(new SourceHarvest.CacheUpdate(current, fetched.validators(), unconditionalAt)),
        moved ? Optional.of(configured) : movedFrom);
  }

  /** The same health at another URL. */
  private static SourceHealth at(SourceHealth health, String url) {
    if (health.url().equals(url)) {
      return health;
    }
    return new SourceHealth(
        health.sourceId(),
        url,
        health.state(),
        health.lastAttempt(),
        health.lastSuccess(),
        health.lastError(),
        health.consecutiveFailures(),
        health.nextAttempt(),
        health.eventsLastTime(),
        health.suddenlyEmpty());
  }

  /**
   * The fetch with its freshness extended to the feed's own {@code <ttl>} when that is later than
   * what the HTTP headers said: a publisher asking for fewer visits gets them, within [15 min, 24
   * h].
   */
  private static FetchResult withTtl(FetchResult fetched, Extraction extraction, Instant now) {
    if (extraction.ttl().isEmpty()) {
      return fetched;
    }
    Instant byTtl = CachePolicy.clampFreshness(now, extraction.ttl().get());
    if (fetched.freshUntil().filter(until -> !until.isBefore(byTtl)).isPresent()) {
      return fetched;
    }
    return new FetchResult(
        fetched.url(),
        fetched.finalUrl(),
        fetched.outcome(),
        fetched.status(),
        fetched.body(),
        fetched.contentType(),
        fetched.validators(),
        fetched.error(),
        fetched.retryAfter(),
        fetched.fetchedAt(),
        fetched.elapsed(),
        Optional.of(byTtl),
        fetched.permanentRedirect());
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

  /**
   * A feed item without a date whose page was read is the page's event, not an item to reject: the
   * page's events replace it (items with a date stay, to be merged by the deduplicator).
   */
  private static List<RawEvent> withFollowedPages(List<RawEvent> items, List<RawEvent> pages) {
    Set<URI> pageUrls = new java.util.HashSet<>();
    for (RawEvent page : pages) {
      page.url().map(UrlCanonicalizer::canonicalize).ifPresent(pageUrls::add);
    }
    List<RawEvent> kept = new ArrayList<>();
    for (RawEvent item : items) {
      boolean coveredByPage =
          item.start().isEmpty()
              && item.url()
                  .map(UrlCanonicalizer::canonicalize)
                  .filter(pageUrls::contains)
                  .isPresent();
      if (!coveredByPage) {
        kept.add(item);
      }
    }
    kept.addAll(pages);
    return kept;
  }

  /** Two-step sources: the feed item says little, the event page it links to says when. */
  private List<RawEvent> followLinks(Source source, List<URI> links) {
    List<RawEvent> found = new ArrayList<>();
    Set<URI> unique = new LinkedHashSet<>(links);
    unique.stream()
        .limit(MAX_FOLLOWED_LINKS)
        .forEach(
            link -> {
              // Validators are not sent for followed pages: a 304 would hide the page's events,
              // which this pass needs to merge with the item that links to them.
              FetchResult page = fetcher.fetch(link, Validators.NONE);
              if (page.ok()) {
                found.addAll(
                    extractor
                        .extract(input(source, page.finalUrl(), page, SourceType.PAGE))
                        .events());
              }
            });
    return found;
  }

  private static ParseInput input(Source source, URI base, FetchResult fetched, SourceType type) {
    return new ParseInput(
        source.id(),
        base,
        fetched.body(),
        fetched.contentType(),
        Optional.of(type),
        source.zone(),
        source.language().map(language -> language.code()),
        source.selectors());
  }

  /** A source's configured language fills in for items that declare none. */
  private static RawEvent withSourceLanguage(RawEvent item, Source source) {
    if (item.language().isPresent() || source.language().isEmpty()) {
      return item;
    }
    return new RawEvent(
        item.sourceId(),
        item.uid(),
        item.title(),
        item.description(),
        item.url(),
        item.start(),
        item.end(),
        item.location(),
        item.joinUrl(),
        item.attendance(),
        item.status(),
        item.types(),
        Optional.of(source.language().get().code()),
        item.organizer(),
        item.free(),
        item.price(),
        item.published(),
        item.provenance());
  }
}
