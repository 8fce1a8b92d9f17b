package io.invito.desk;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.ConfigLoader;
import io.invito.config.Source;
import io.invito.digest.Labels;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import io.invito.store.SourceStore;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the Sources page's table from sources.yaml as it is on disk now (so an edit made on the
 * page, or by hand, shows at once) and from the store's health records, the way {@code sources
 * status} reads them.
 */
final class SourceSheetReader {
  private final Pipeline pipeline;
  private final Labels labels;
  private final DateTimeFormatter time;

  SourceSheetReader(Pipeline pipeline, Labels labels) {
    this.pipeline = pipeline;
    this.labels = labels;
    this.time =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(pipeline.config().owner().zone());
  }

  /** The sources.yaml of the desk's config folder, read again; the desk's config when it fails. */
  static Config current(Pipeline pipeline) {
    return ConfigLoader.load(pipeline.config().directory());
  }

  SourceSheet read() {
    List<Source> sources;
    try {
      sources = current(pipeline).sources();
    } catch (ConfigException unreadable) {
      return new SourceSheet(List.of(), Optional.of(unreadable.getMessage()));
    }
    SourceStore store = pipeline.store().sources();
    Map<String, SourceHealth> health =
        store.all().stream().collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
    return new SourceSheet(
        sources.stream()
            .map(source -> row(source, Optional.ofNullable(health.get(source.id())), store))
            .toList(),
        Optional.empty());
  }

  private SourceSheet.Row row(Source source, Optional<SourceHealth> known, SourceStore store) {
    String configured = source.url().toString();
    // As sources status: the new address counts only while the config names the one it moved from.
    Optional<String> movedTo =
        known
            .map(SourceHealth::url)
            .filter(url -> !url.equals(configured))
            .filter(url -> store.movedFrom(source.id()).filter(configured::equals).isPresent());
    Optional<String> why =
        known.filter(h -> h.eventsLastTime() == 0).isPresent()
            ? store.whyNoEvent(source.id())
            : Optional.empty();
    String kind =
        !source.enabled()
            ? "paused"
            : known.map(h -> h.state().name().toLowerCase(Locale.ROOT)).orElse("new");
    String state = labels.get("sources.state." + kind);
    if (source.enabled() && known.filter(SourceHealth::suddenlyEmpty).isPresent()) {
      state = state + ", " + labels.get("state.empty");
    }
    return new SourceSheet.Row(
        source.id(),
        configured,
        source.type().name().toLowerCase(Locale.ROOT),
        source.enabled(),
        source.type() == io.invito.config.SourceType.PAGE,
        state,
        kind,
        known
            .flatMap(SourceHealth::lastSuccess)
            .map(this::when)
            .orElse(labels.get("sources.never")),
        known.map(SourceHealth::consecutiveFailures).orElse(0),
        known.flatMap(SourceHealth::nextAttempt).map(this::when).orElse(labels.get("sources.now")),
        known.map(h -> String.valueOf(h.eventsLastTime())).orElse("–"),
        known.flatMap(SourceHealth::lastError),
        why,
        movedTo);
  }

  private String when(Instant instant) {
    return time.format(instant);
  }
}
