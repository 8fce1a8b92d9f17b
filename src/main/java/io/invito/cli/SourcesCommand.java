package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.Source;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code invito sources}: the configured sources and how they have been doing. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The configured sources.",
    subcommands = {
      SourcesCommand.ListSources.class,
      SourcesCommand.SourcesStatus.class,
      SourcesAddCommand.class,
      SourcesImportCommand.class,
      SourcesExportCommand.class,
      SourcesTestCommand.class
    })
final class SourcesCommand extends CommandGroup {
  /** {@code invito sources list}: what sources.yaml says. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "One row per configured source: id, type, language, zone, follow, tags, URL.")
  static final class ListSources extends ReportCommand {
    @Override
    void print(Config loaded, PrintWriter out) {
      out.printf(
          "%-28s %-5s %-4s %-16s %-6s %-20s %s%n",
          "ID", "TYPE", "LANG", "ZONE", "FOLLOW", "TAGS", "URL");
      for (Source source : loaded.sources()) {
        out.printf(
            "%-28s %-5s %-4s %-16s %-6s %-20s %s%n",
            source.id(),
            source.type().name().toLowerCase(Locale.ROOT),
            source.language().map(language -> language.code()).orElse("-"),
            source.zone().map(Object::toString).orElse("-"),
            source.follow() ? "yes" : "no",
            source.tags().isEmpty() ? "-" : String.join(",", source.tags()),
            source.url());
      }
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
    @Override
    void print(Config loaded, PrintWriter out) {
      try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
        Map<String, SourceHealth> health =
            pipeline.store().sources().all().stream()
                .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
        out.printf(
            "%-28s %-9s %-20s %-8s %-20s %-6s %s%n",
            "ID", "STATE", "LAST SUCCESS", "FAILURES", "NEXT ATTEMPT", "EVENTS", "LAST ERROR");
        for (Source source : loaded.sources()) {
          Optional<SourceHealth> known = Optional.ofNullable(health.get(source.id()));
          out.printf(
              "%-28s %-9s %-20s %-8s %-20s %-6s %s%n",
              source.id(),
              known
                  .map(
                      h ->
                          h.state().name().toLowerCase(Locale.ROOT)
                              + (h.suddenlyEmpty() ? "!" : ""))
                  .orElse("new"),
              known.flatMap(SourceHealth::lastSuccess).map(SourcesStatus::minute).orElse("never"),
              known.map(h -> String.valueOf(h.consecutiveFailures())).orElse("0"),
              known.flatMap(SourceHealth::nextAttempt).map(SourcesStatus::minute).orElse("now"),
              known.map(h -> String.valueOf(h.eventsLastTime())).orElse("-"),
              known.flatMap(SourceHealth::lastError).orElse(""));
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
          movedTo.ifPresent(
              url -> out.printf("%-28s moved permanently (301/308) to %s%n", "", url));
        }
        out.println("(state! = used to yield events and yielded none last time)");
      }
    }

    private static String minute(Instant instant) {
      return instant.toString().substring(0, 16).replace('T', ' ');
    }
  }
}
