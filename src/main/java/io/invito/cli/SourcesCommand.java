package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.Source;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code invito sources}: the configured sources and how they have been doing. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "The configured sources.")
final class SourcesCommand extends CommandGroup {
  /** {@code false} for a source the user paused (shown under its row), else nothing. */
  static Optional<Boolean> paused(Source source) {
    return source.enabled() ? Optional.empty() : Optional.of(false);
  }

  /** {@code invito sources list}: what sources.yaml says. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "One row per configured source: id, type, language, zone, follow, tags, URL.")
  static final class ListSources extends ReportCommand {
    @Mixin ListFormat format;

    @Override
    void print(Config loaded, PrintWriter out) {
      Listing listing =
          new Listing(
              new OwnerTime(loaded.owner().zone()),
              "ID",
              "TYPE",
              "LANG",
              "ZONE",
              "FOLLOW",
              "TAGS",
              "URL");
      for (Source source : loaded.sources()) {
        listing
            .row(
                source.id(),
                source.type().name().toLowerCase(Locale.ROOT),
                source.language().map(language -> language.code()),
                source.zone().map(Object::toString),
                source.follow() ? "yes" : "no",
                source.tags(),
                source.url().toString())
            .detail("enabled", "enabled: ", paused(source));
      }
      listing.print(out, format);
    }
  }

  /** {@code invito sources status}: how each source has been doing. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "One row per source: state, last success, consecutive failures, next attempt, "
              + "events found last time, last error.")
  static final class SourcesStatus extends ReportCommand {
    @Mixin ListFormat format;

    @Override
    void print(Config loaded, PrintWriter out) {
      try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
        Map<String, SourceHealth> health =
            pipeline.store().sources().all().stream()
                .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
        Listing listing =
            new Listing(
                    new OwnerTime(loaded.owner().zone()),
                    "ID",
                    "STATE",
                    "LAST SUCCESS",
                    "FAILURES",
                    "NEXT ATTEMPT",
                    "EVENTS",
                    "LAST ERROR")
                .footer("(state! = used to yield events and yielded none last time)");
        for (Source source : loaded.sources()) {
          Optional<SourceHealth> known = Optional.ofNullable(health.get(source.id()));
          // The pipeline fetches the new URL only while the config names the one it moved from.
          String configured = source.url().toString();
          Optional<String> movedTo =
              known
                  .map(SourceHealth::url)
                  .filter(url -> !url.equals(configured))
                  .filter(
                      url ->
                          pipeline
                              .store()
                              .sources()
                              .movedFrom(source.id())
                              .filter(configured::equals)
                              .isPresent());
          // An "ok" source that yields nothing says why, so it is never silently fine.
          Optional<String> why =
              known.filter(h -> h.eventsLastTime() == 0).isPresent()
                  ? pipeline.store().sources().whyNoEvent(source.id())
                  : Optional.empty();
          listing
              .row(
                  source.id(),
                  source.enabled()
                      ? known
                          .map(
                              h ->
                                  h.state().name().toLowerCase(Locale.ROOT)
                                      + (h.suddenlyEmpty() ? "!" : ""))
                          .orElse("new")
                      : "disabled",
                  known.<Object>flatMap(SourceHealth::lastSuccess).orElse("never"),
                  known.map(SourceHealth::consecutiveFailures).orElse(0),
                  known.<Object>flatMap(SourceHealth::nextAttempt).orElse("now"),
                  known.map(SourceHealth::eventsLastTime),
                  known.flatMap(SourceHealth::lastError))
              .detail("moved_to", "moved permanently (301/308) to ", movedTo)
              .detail("why_no_event", "no event last time: ", why)
              .detail("enabled", "enabled: ", paused(source));
        }
        listing.print(out, format);
      }
    }
  }
}
