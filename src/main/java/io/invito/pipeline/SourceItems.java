package io.invito.pipeline;

import io.invito.config.Source;
import io.invito.config.SourceType;
import io.invito.event.Classifier;
import io.invito.event.Judgement;
import io.invito.event.UrlCanonicalizer;
import io.invito.fetch.Fetcher;
import io.invito.fetch.HttpDate;
import io.invito.model.FetchResult;
import io.invito.model.RawEvent;
import io.invito.model.Validators;
import io.invito.parse.Extraction;
import io.invito.parse.Extractor;
import io.invito.parse.FeedLinks;
import io.invito.parse.ParseInput;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a fetched source carries: its content read, the event pages its items link to read too when
 * the source says {@code follow}, and each item judged. A run (SourceReader) and {@code invito
 * sources test} read sources the same way through it.
 */
final class SourceItems {
  /** Followed event pages per source per pass: enough for a listing, bounded for politeness. */
  static final int MAX_FOLLOWED_LINKS = 25;

  private final Fetcher fetcher;
  private final ZoneId ownerZone;
  private final Extractor extractor = new Extractor();
  private final Classifier classifier = new Classifier();

  SourceItems(Fetcher fetcher, ZoneId ownerZone) {
    this.fetcher = fetcher;
    this.ownerZone = ownerZone;
  }

  /**
   * The source read as a run would (SourceReader), for {@code invito sources test}: fetched without
   * validators so the answer has a body, and nothing stored; its health and cache stay as they are.
   */
  SourceTrial trial(Source source) {
    return trial(source, false);
  }

  /**
   * The same, and when {@code suggest} is set and a page gave no event, the {@code selectors:} that
   * would read it.
   */
  SourceTrial trial(Source source, boolean suggest) {
    FetchResult fetched = fetcher.fetch(source.url(), Validators.NONE);
    long bytes = fetched.ok() ? fetched.body().length : 0;
    if (!fetched.ok()) {
      return new SourceTrial(
          source,
          fetched.finalUrl(),
          fetched.status(),
          bytes,
          fetched.elapsed(),
          Optional.empty(),
          Optional.of(fetched.error().orElse("HTTP " + fetched.status())),
          List.of(),
          List.of(),
          Optional.empty(),
          List.of());
    }
    Extraction extraction = extract(source, fetched).orElseThrow();
    List<SourceTrial.Item> items = new ArrayList<>();
    if (extraction.error().isEmpty()) {
      for (RawEvent item : of(source, extraction)) {
        Judgement judgement = judge(source, item);
        items.add(
            judgement instanceof Judgement.Accepted accepted
                ? new SourceTrial.Item(item, Optional.of(accepted.event()), Optional.empty())
                : new SourceTrial.Item(
                    item,
                    Optional.empty(),
                    Optional.of(((Judgement.Rejected) judgement).rejection().reason())));
      }
    }
    return new SourceTrial(
        source,
        fetched.finalUrl(),
        fetched.status(),
        bytes,
        fetched.elapsed(),
        Optional.of(extraction.format()),
        extraction.error().map(error -> "unreadable " + extraction.format() + ": " + error),
        extraction.warnings(),
        items,
        suggest && items.stream().noneMatch(item -> item.event().isPresent())
            ? extractor.suggestSelectors(input(source, fetched.finalUrl(), fetched, source.type()))
            : Optional.empty(),
        // A page that announces its feed or calendar: that is usually the better source.
        extraction.format().equals("html")
            ? FeedLinks.find(fetched.body(), fetched.finalUrl())
            : List.of());
  }

  /** The source's items, with the event pages they link to read when the source says follow. */
  List<RawEvent> of(Source source, Extraction extraction) {
    List<RawEvent> raw = new ArrayList<>(extraction.events());
    if (source.follow()) {
      raw = withFollowedPages(raw, followLinks(source, extraction.eventLinks()));
    }
    return raw;
  }

  /** The verdict on one item, with the source's language and zone filling in what it lacks. */
  Judgement judge(Source source, RawEvent item) {
    return classifier.classify(withSourceLanguage(item, source), source.zone().orElse(ownerZone));
  }

  /** What the content of a successful fetch yields; empty when the fetch failed. */
  Optional<Extraction> extract(Source source, FetchResult fetched) {
    return fetched.ok()
        ? Optional.of(extractor.extract(input(source, fetched.finalUrl(), fetched, source.type())))
        : Optional.empty();
  }

  /**
   * A feed item without a date whose page was read is the page's event, not an item to reject: the
   * page's events replace it (items with a date stay, to be merged by the deduplicator).
   */
  private static List<RawEvent> withFollowedPages(List<RawEvent> items, List<RawEvent> pages) {
    Set<URI> pageUrls = new HashSet<>();
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
            source.selectors())
        .withLastModified(fetched.validators().lastModified().flatMap(HttpDate::parse));
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
