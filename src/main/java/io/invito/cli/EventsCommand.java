package io.invito.cli;

import io.invito.config.Config;
import io.invito.event.KeepFilter;
import io.invito.model.EventKind;
import io.invito.model.KnownEvent;
import io.invito.model.ListedEvent;
import io.invito.model.Rejection;
import io.invito.pipeline.Pipeline;
import io.invito.store.EventStore;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invito events}: what the store knows. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "The stored events.")
final class EventsCommand extends CommandGroup {
  /** {@code invito events list [--rejected]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Every stored event with its start, status, kinds and sources; "
              + "--rejected lists the items judged not to be events, and why.")
  static final class ListEvents extends ReportCommand {
    private static final int TITLE_WIDTH = 60;

    @Option(names = "--rejected", description = "List the items that were not events, and why.")
    boolean rejected;

    @Mixin ListFormat format;

    @Override
    void print(Config loaded, PrintWriter out) {
      OwnerTime time = new OwnerTime(loaded.owner().zone());
      try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
        Listing listing =
            rejected
                ? rejections(time, pipeline.store().events().rejections())
                : events(time, pipeline.store().events(), KeepFilter.of(loaded));
        listing.print(out, format);
      }
    }

    private static Listing events(OwnerTime time, EventStore store, KeepFilter keep) {
      Listing listing =
          new Listing(
                  time,
                  Listing.Column.of("START"),
                  Listing.Column.of("STATUS"),
                  new Listing.Column("TITLE", TITLE_WIDTH),
                  Listing.Column.of("KINDS"),
                  Listing.Column.of("ID"),
                  Listing.Column.of("SOURCES"),
                  Listing.Column.of("URL"))
              .whenEmpty("No events stored yet: run 'invito run' first.");
      // A store holds few sets of kinds: each named once.
      Map<Set<EventKind>, List<String>> kinds = new HashMap<>();
      if (keep.readsText()) {
        // Rules with words read each event's description: the events are read whole.
        for (KnownEvent known : store.all()) {
          row(listing, time, kinds, ListedEvent.of(known), keep.dropReason(known.event()));
        }
      } else {
        for (ListedEvent event : store.listed()) {
          row(listing, time, kinds, event, keep.dropReason(event));
        }
      }
      return listing;
    }

    private static void row(
        Listing listing,
        OwnerTime time,
        Map<Set<EventKind>, List<String>> kinds,
        ListedEvent event,
        Optional<String> leftOutBy) {
      listing
          .row(
              event.start().<Object>map(start -> start).orElse("on demand"),
              status(event, time),
              event.title(),
              kinds.computeIfAbsent(
                  event.kinds(),
                  some ->
                      some.stream()
                          .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                          .sorted()
                          .toList()),
              event.id(),
              event.sources(),
              event.url())
          // Kept in the store, left out of matching and the digest: say by which rule.
          .detail("left_out_by", "left out by ", leftOutBy);
    }

    /**
     * What a reader must know before inviting anyone: cancelled and postponed in capitals, a new
     * time with the old one beside it, a move online; "scheduled" otherwise.
     */
    static String status(ListedEvent event, OwnerTime time) {
      String word =
          switch (event.status()) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "POSTPONED";
            case MOVED_ONLINE -> "moved online";
            case RESCHEDULED -> "rescheduled";
            case SCHEDULED -> event.rescheduled() ? "rescheduled" : "scheduled";
          };
      if (event.rescheduled()) {
        word += " (was " + time.text(event.previousStart().orElseThrow()) + ")";
      }
      return word;
    }

    private static Listing rejections(OwnerTime time, List<Rejection> rejections) {
      Listing listing =
          new Listing(
                  time,
                  Listing.Column.of("SOURCE"),
                  new Listing.Column("TITLE", TITLE_WIDTH),
                  Listing.Column.of("REASON"),
                  Listing.Column.of("URL"))
              .whenEmpty("No items were rejected.");
      for (Rejection rejection : rejections) {
        listing.row(
            rejection.sourceId(),
            rejection.title(),
            rejection.reason(),
            rejection.url().map(URI::toString));
      }
      return listing;
    }
  }
}
