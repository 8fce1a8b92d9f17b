package io.invito.pipeline;

import io.invito.config.Source;
import io.invito.event.Deduplicator;
import io.invito.event.Judgement;
import io.invito.fetch.FetchOrder;
import io.invito.fetch.FetchProgress;
import io.invito.fetch.Fetcher;
import io.invito.model.FetchResult;
import io.invito.model.Rejection;
import io.invito.output.KillPoint;
import io.invito.store.Store;
import io.invito.store.UpsertReport;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch pass: fetch → parse → events → store for a list of sources. Sources are read in
 * parallel, each one's failure kept as data; their events are merged once across sources and
 * stored, then what the next fetch may rely on (validators, health) is stored after the events it
 * vouches for, so a pass killed at any point fetches again rather than loses events.
 */
final class FetchRound {
  private static final Logger LOG = LoggerFactory.getLogger(FetchRound.class);

  private final Fetcher fetcher;
  private final Store store;
  private final ZoneId zone;
  private final int concurrency;

  FetchRound(Fetcher fetcher, Store store, ZoneId zone, int concurrency) {
    this.fetcher = fetcher;
    this.store = store;
    this.zone = zone;
    this.concurrency = concurrency;
  }

  Pipeline.FetchPass fetch(List<Source> sources, Instant asOf) {
    SourceReader reader = new SourceReader(fetcher, store.sources(), zone);
    List<SourceHarvest> harvests = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency));
    try (FetchProgress progress = FetchProgress.create()) {
      progress.start(sources.size());
      List<Future<SourceHarvest>> futures = new ArrayList<>();
      // Round-robin by host, so the workers do not all queue behind one busy host.
      List<Source> ordered = FetchOrder.interleave(sources, Source::url);
      for (Source source : ordered) {
        futures.add(
            pool.submit(
                () -> {
                  SourceHarvest harvest = reader.read(source, asOf);
                  progress.step(
                      source.id(),
                      harvest.report().failed()
                          ? FetchResult.Outcome.FAILED
                          : harvest.report().outcome().equals(SourceReport.NOT_MODIFIED)
                              ? FetchResult.Outcome.NOT_MODIFIED
                              : FetchResult.Outcome.OK);
                  return harvest;
                }));
      }
      for (int at = 0; at < futures.size(); at++) {
        try {
          harvests.add(futures.get(at).get());
        } catch (ExecutionException e) {
          // SourceReader turns any failure of its source into data; this is the last net, for an
          // error it does not catch (a LinkageError, say), so the other sources still count.
          harvests.add(reader.failedUnexpectedly(ordered.get(at), e.getCause(), asOf));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching sources", e);
    } finally {
      pool.shutdownNow();
    }
    KillPoint.reach("fetch.read");
    List<Judgement.Accepted> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<SourceReport> reports = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (SourceHarvest harvest : harvests) {
      notices.addAll(harvest.notices());
      events.addAll(harvest.events());
      rejections.addAll(harvest.rejections());
      reports.add(harvest.report());
      // The run summary and the digest show failures to the user; the log keeps them for serve.
      harvest
          .report()
          .error()
          .ifPresent(error -> LOG.info("source {}: {}", harvest.report().sourceId(), error));
    }
    List<Deduplicator.Merged> merged = new Deduplicator().mergeKeepingIds(events);
    Map<String, Set<String>> copyIds = new LinkedHashMap<>();
    merged.forEach(one -> copyIds.put(one.event().id(), one.copyIds()));
    UpsertReport upsert =
        store
            .events()
            .upsert(merged.stream().map(Deduplicator.Merged::event).toList(), copyIds, asOf);
    KillPoint.reach("store.events");
    store.events().saveRejections(rejections, asOf);
    KillPoint.reach("store.rejections");
    // Only now that the events are stored may the next fetch of these sources be conditional.
    for (SourceHarvest harvest : harvests) {
      harvest
          .cache()
          .ifPresent(
              cache ->
                  store
                      .sources()
                      .saveValidators(cache.url(), cache.validators(), cache.unconditionalAt()));
      KillPoint.reach("store.validators");
    }
    // Health last: it says when the source is next due, so it must not be stored before the events
    // it vouches for. A run killed before this point fetches those sources again.
    for (SourceHarvest harvest : harvests) {
      store.sources().save(harvest.health(), harvest.movedFrom());
      if (harvest.report().read()) {
        store.sources().saveWhyNoEvent(harvest.report().sourceId(), harvest.report().whyNoEvent());
      }
      KillPoint.reach("store.health");
    }
    return new Pipeline.FetchPass(reports, upsert, rejections.size(), notices);
  }
}
