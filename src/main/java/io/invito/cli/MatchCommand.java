package io.invito.cli;

import io.invito.config.Config;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invito match}: the matches made, with score and reasons, without drafting anything. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = "Print the matches of a week's events with contacts: score and reasons.")
final class MatchCommand extends ReportCommand {
  @Option(
      names = "--week",
      paramLabel = "WEEK",
      description = "ISO week (default: the week the waiting drafts are for, as digest).")
  String week;

  @Option(names = "--contact", paramLabel = "ID", description = "Only this contact.")
  String contact;

  @Option(names = "--event", paramLabel = "ID", description = "Only this event.")
  String event;

  @Mixin ListFormat format;

  @Override
  void print(Config loaded, PrintWriter out) {
    ZoneId zone = loaded.owner().zone();
    try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
      Week target = TargetWeek.resolve(week, pipeline, Clock.systemUTC().instant());
      Map<String, KnownEvent> events =
          pipeline
              .store()
              .events()
              .between(target.start(zone).toInstant(), target.end(zone).toInstant())
              .stream()
              .filter(known -> event == null || known.event().id().equals(event))
              .collect(Collectors.toMap(known -> known.event().id(), Function.identity()));
      List<Match> matches =
          pipeline.store().matches().forEvents(events.keySet()).stream()
              .filter(match -> contact == null || match.contactId().equals(contact))
              .toList();
      Listing listing =
          new Listing(new OwnerTime(zone), "SCORE", "CONTACT", "EVENT", "START", "TITLE")
              .whenEmpty(
                  "No matches for " + target + " (run `invito run` first to fetch and match).");
      for (Match match : matches) {
        KnownEvent known = events.get(match.eventId());
        listing
            .row(
                String.format(Locale.ROOT, "%.2f", match.score()),
                match.contactId(),
                match.eventId(),
                known.event().start().map(ZonedDateTime::toInstant),
                known.event().title())
            .detail("reasons", "", match.reasons().stream().map(MatchCommand::reason).toList());
      }
      listing.print(out, format);
    }
  }

  /** {@code keyword 'export' ~ 'exporting' in title}: what matched, and where. */
  private static String reason(Reason reason) {
    return "%s '%s'%s in %s"
        .formatted(
            reason.kind().name().toLowerCase(Locale.ROOT),
            reason.term(),
            reason.found().equalsIgnoreCase(reason.term()) ? "" : " ~ '" + reason.found() + "'",
            reason.where());
  }
}
