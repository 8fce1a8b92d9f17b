package io.invito.cli;

import io.invito.config.Config;
import io.invito.event.KeepFilter;
import io.invito.model.Event;
import io.invito.model.KnownEvent;
import io.invito.model.Rejection;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code invito events}: what the store knows. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "The stored events.",
    subcommands = {EventsCommand.ListEvents.class})
final class EventsCommand extends CommandGroup {
  /** {@code invito events list [--rejected]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Every stored event with its start, status, kinds and sources; "
              + "--rejected lists the items judged not to be events, and why.")
  static final class ListEvents extends ReportCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** In the date column for a recording: as wide as a date and time, so columns stay aligned. */
    private static final String ON_DEMAND = "on demand       ";

    private static final int TITLE_WIDTH = 60;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Option(names = "--rejected", description = "List the items that were not events, and why.")
    boolean rejected;

    @Override
    void print(Config loaded, PrintWriter out) {
      try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
        if (rejected) {
          printRejections(out, pipeline.store().events().rejections());
        } else {
          printEvents(out, pipeline.store().events().all(), KeepFilter.of(loaded));
        }
      }
    }

    private static void printEvents(PrintWriter out, List<KnownEvent> events, KeepFilter keep) {
      if (events.isEmpty()) {
        out.println("No events stored yet: run 'invito run' first.");
        return;
      }
      // Columns padded by hand: printf parses its format for every row, a fifth of the time of
      // listing 10,000 events.
      StringBuilder row = new StringBuilder(256);
      for (KnownEvent known : events) {
        Event event = known.event();
        row.setLength(0);
        row.append(event.start().map(start -> start.format(WHEN)).orElse(ON_DEMAND)).append(' ');
        pad(row, event.start().map(start -> start.getZone().getId()).orElse(""), 13).append("  ");
        pad(row, status(known), 34).append("  ");
        pad(row, fit(event.title(), TITLE_WIDTH), TITLE_WIDTH).append("  ");
        pad(
                row,
                event.kinds().stream()
                    .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                    .sorted()
                    .collect(Collectors.joining(",")),
                24)
            .append("  ");
        row.append(event.id()).append("  ").append(String.join(",", event.sources()));
        event.url().ifPresent(url -> row.append(' ').append(url));
        out.println(row);
        // Kept in the store, left out of matching and the digest: say by which rule.
        keep.dropReason(event).ifPresent(rule -> out.println("    left out by " + rule));
      }
    }

    /**
     * What a reader must know before inviting anyone: cancelled and postponed in capitals, a new
     * time with the old one beside it, a move online; "scheduled" otherwise.
     */
    static String status(KnownEvent known) {
      Event event = known.event();
      String word =
          switch (event.status()) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "POSTPONED";
            case MOVED_ONLINE -> "moved online";
            case RESCHEDULED -> "rescheduled";
            case SCHEDULED -> known.rescheduled() ? "rescheduled" : "scheduled";
          };
      if (known.rescheduled()) {
        word +=
            " (was "
                + known
                    .previousStart()
                    .orElseThrow()
                    .withZoneSameInstant(event.requireStart().getZone())
                    .format(WHEN)
                + ")";
      }
      return word;
    }

    private static void printRejections(PrintWriter out, List<Rejection> rejections) {
      if (rejections.isEmpty()) {
        out.println("No items were rejected.");
        return;
      }
      for (Rejection rejection : rejections) {
        out.printf(
            "%-20s  %-" + TITLE_WIDTH + "s  %s%s%n",
            rejection.sourceId(),
            fit(rejection.title(), TITLE_WIDTH),
            rejection.reason(),
            rejection.url().map(URI::toString).map(url -> "  " + url).orElse(""));
      }
    }

    /** The text, then spaces up to the width, as printf's {@code %-Ns} writes it. */
    private static StringBuilder pad(StringBuilder row, String text, int width) {
      row.append(text);
      for (int i = text.length(); i < width; i++) {
        row.append(' ');
      }
      return row;
    }

    /** The text on one line, cut with an ellipsis when longer than the column. */
    private static String fit(String text, int width) {
      String line = text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
      return line.length() <= width ? line : line.substring(0, width - 1) + "\u2026";
    }
  }
}
