package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.Source;
import io.invito.model.SourceHealth;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code invito sources}: the configured sources and how they have been doing. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The configured sources.",
    subcommands = {SourcesCommand.ListSources.class})
final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code invito sources list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "One row per source: type, state, last success, last error, events last time.")
  static final class ListSources implements Runnable {
    @Mixin ConfigOption config;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      Config loaded = config.load();
      PrintWriter out = spec.commandLine().getOut();
      try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
        Map<String, SourceHealth> health = pipeline.store().sources().all().stream()
            .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
        out.printf("%-24s %-5s %-9s %-21s %6s  %s%n", "ID", "TYPE", "STATE", "LAST SUCCESS",
            "EVENTS", "URL / LAST ERROR");
        for (Source source : loaded.sources()) {
          SourceHealth known = health.get(source.id());
          out.printf("%-24s %-5s %-9s %-21s %6s  %s%n", source.id(),
              source.type().name().toLowerCase(java.util.Locale.ROOT),
              known == null ? "new" : known.state().name().toLowerCase(java.util.Locale.ROOT),
              known == null ? "-" : known.lastSuccess().map(Instant::toString).orElse("never"),
              known == null ? "-" : String.valueOf(known.eventsLastTime()),
              source.url() + (known == null ? "" : known.lastError().map(e -> "  (" + e + ")").orElse("")));
        }
      }
      out.flush();
    }
  }
}
