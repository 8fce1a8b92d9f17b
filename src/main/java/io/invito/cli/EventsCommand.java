package io.invito.cli;

import io.invito.config.Config;
import io.invito.model.Event;
import io.invito.model.KnownEvent;
import io.invito.model.Rejection;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code invito events}: what the store knows. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "The stored events.",
    subcommands = {EventsCommand.ListEvents.class})
final class EventsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code invito events list [--rejected]}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Every stored event with its start, status, kinds and sources; "
          + "--rejected lists the items judged not to be events, and why.")
  static final class ListEvents implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin ConfigOption config;
    @Option(names = "--rejected", description = "List the items that were not events, and why.")
    boolean rejected;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      Config loaded = config.load();
      PrintWriter out = spec.commandLine().getOut();
      try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
        if (rejected) {
          for (Rejection rejection : pipeline.store().events().rejections()) {
            out.printf("%-20s %-50s %s%n", rejection.sourceId(), rejection.title(),
                rejection.reason());
          }
        } else {
          for (KnownEvent known : pipeline.store().events().all()) {
            Event event = known.event();
            String status = event.status().name().toLowerCase(Locale.ROOT)
                + (known.rescheduled()
                    ? " (was " + known.previousStart().get().format(WHEN) + ")" : "");
            out.printf("%s  %s %-6s  %-28s %-60s %s  %s%n", event.id(),
                event.start().format(WHEN), event.start().getZone(), status, event.title(),
                event.kinds().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(",")),
                String.join(",", event.sources()) + event.url().map(URI::toString).map(u -> " " + u).orElse(""));
          }
        }
      }
      out.flush();
    }
  }
}
