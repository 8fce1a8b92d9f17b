package io.invito.digest;

import io.invito.config.Owner;
import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.model.Reason;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a digest entry into what the reader sees: owner's language, owner's zone, markers. */
public final class EventSummarizer {
  private static final Logger LOG = LoggerFactory.getLogger(EventSummarizer.class);
  private static final int SNIPPET = 300;

  private final Labels labels;
  private final Clocks clocks;
  private final Owner owner;
  private final Path outputDir;
  private final Instant previousDigestAt;

  public EventSummarizer(Labels labels, Owner owner, Path outputDir, Instant previousDigestAt) {
    this.labels = labels;
    this.clocks = new Clocks(labels.language());
    this.owner = owner;
    this.outputDir = outputDir;
    this.previousDigestAt = previousDigestAt;
  }

  Clocks clocks() {
    return clocks;
  }

  /**
   * The summary, or, when this one event cannot be summarised (a bug meeting an unusual event, an
   * event too deep for the stack), a plain entry that names it and says why: one bad event never
   * stops the digest of the others. The log keeps the trace.
   */
  public EventSummary summarizeOrNote(Digest.Entry entry) {
    try {
      return summarize(entry);
    } catch (RuntimeException | StackOverflowError failure) {
      Event event = entry.event().event();
      String reason =
          failure.getMessage() == null
              ? failure.getClass().getSimpleName()
              : failure.getClass().getSimpleName() + ": " + failure.getMessage();
      LOG.warn("the digest shows event {} without its details: {}", event.id(), reason, failure);
      Optional<ZonedDateTime> start =
          event.start().map(time -> time.withZoneSameInstant(owner.zone()));
      String title = DigestText.oneLine(event.title());
      return new EventSummary(
          event.id(),
          title.isEmpty() ? labels.get("untitled") : title,
          Optional.empty(),
          start.map(ZonedDateTime::toInstant).orElse(Instant.MAX),
          start.map(ZonedDateTime::toLocalDate),
          start.map(clocks::day).orElseGet(() -> labels.get("section.onDemand")),
          "",
          List.of(),
          event.cancelled(),
          false,
          false,
          List.of(),
          labels.get("summary.failed", DigestText.oneLine(reason)),
          List.of());
    }
  }

  EventSummary summarize(Digest.Entry entry) {
    KnownEvent known = entry.event();
    Event event = known.event();
    String title = DigestText.oneLine(event.title());
    List<EventSummary.Invitee> invitees =
        entry.suggestions().stream()
            .sorted(
                Comparator.comparingDouble((Digest.Suggestion s) -> -s.match().score())
                    .thenComparing(s -> s.contact().id()))
            .map(this::invitee)
            .toList();
    return new EventSummary(
        event.id(),
        title.isEmpty() ? labels.get("untitled") : title,
        DigestText.webLink(event.url()),
        event.start().map(ZonedDateTime::toInstant).orElse(Instant.MAX),
        event.start().map(start -> start.withZoneSameInstant(owner.zone()).toLocalDate()),
        event
            .start()
            .map(start -> clocks.day(start.withZoneSameInstant(owner.zone())))
            .orElseGet(() -> labels.get("section.onDemand")),
        time(event),
        markers(known),
        event.cancelled(),
        event.interactive(),
        event.attendance() == Attendance.ONLINE || event.attendance() == Attendance.MIXED,
        facts(event),
        DigestText.shorten(DigestText.plain(event.description()), SNIPPET),
        invitees);
  }

  private String time(Event event) {
    if (event.onDemand()) {
      return labels.get("time.onDemand");
    }
    if (event.allDay()) {
      return labels.get("time.allDay");
    }
    ZonedDateTime own = event.requireStart();
    ZonedDateTime start = own.withZoneSameInstant(owner.zone());
    Optional<ZonedDateTime> end = event.end().map(time -> time.withZoneSameInstant(owner.zone()));
    String text = clocks.span(start, end);
    boolean elsewhere = !own.getOffset().equals(start.getOffset());
    if (elsewhere) {
      text +=
          " ("
              + clocks.span(own, event.end().map(time -> time.withZoneSameInstant(own.getZone())))
              + " "
              + own.getZone().getId()
              + ")";
    }
    return text;
  }

  /** Cancelled and postponed always show; new and rescheduled only against a previous digest. */
  private List<EventSummary.Marker> markers(KnownEvent known) {
    Event event = known.event();
    boolean earlierDigest = previousDigestAt.isAfter(Instant.EPOCH);
    List<EventSummary.Marker> markers = new ArrayList<>();
    if (event.status() == EventStatus.CANCELLED) {
      markers.add(marker("cancelled", labels.get("marker.cancelled")));
    } else if (event.status() == EventStatus.POSTPONED) {
      markers.add(marker("postponed", labels.get("marker.postponed")));
    }
    if (earlierDigest && known.newSince(previousDigestAt)) {
      markers.add(marker("new", labels.get("marker.new")));
    } else if (earlierDigest && known.rescheduled() && known.changedSince(previousDigestAt)) {
      ZonedDateTime before = known.previousStart().orElseThrow().withZoneSameInstant(owner.zone());
      ZonedDateTime now = event.requireStart().withZoneSameInstant(owner.zone());
      markers.add(
          marker(
              "rescheduled",
              labels.get("marker.rescheduled", clocks.moment(before), clocks.moment(now))));
    }
    if (event.status() == EventStatus.MOVED_ONLINE) {
      markers.add(marker("moved-online", labels.get("marker.movedOnline")));
    }
    return markers;
  }

  private static EventSummary.Marker marker(String kind, String text) {
    return new EventSummary.Marker(kind, text);
  }

  private List<EventSummary.Fact> facts(Event event) {
    List<EventSummary.Fact> facts = new ArrayList<>();
    String kinds =
        event.kinds().stream()
            .sorted(Comparator.comparingInt(EventKind::ordinal))
            .map(kind -> labels.get("kind." + kind.name()))
            .collect(Collectors.joining(", "));
    add(facts, "fact.kind", kinds);
    add(facts, "fact.where", where(event));
    List<String> format = new ArrayList<>();
    // "Live" says something only of what can be watched: an event in a room is live by nature.
    boolean inPersonOnly = event.attendance() == io.invito.model.Attendance.OFFLINE;
    if (event.delivery() != Delivery.UNKNOWN
        && !(inPersonOnly && event.delivery() == Delivery.LIVE)) {
      format.add(labels.get("delivery." + event.delivery().name()));
    }
    if (event.interactive()) {
      format.add(labels.get("interactive"));
    }
    add(facts, "fact.format", String.join(", ", format));
    add(
        facts,
        "fact.language",
        event
            .language()
            .map(DigestText::oneLine)
            .map(code -> labels.find("language." + code, code))
            .orElse(""));
    add(facts, "fact.price", price(event));
    add(facts, "fact.organizer", event.organizer().map(DigestText::oneLine).orElse(""));
    add(
        facts,
        "fact.sources",
        event.sources().stream().map(DigestText::oneLine).collect(Collectors.joining(", ")));
    return facts;
  }

  private void add(List<EventSummary.Fact> facts, String key, String value) {
    if (!value.isEmpty()) {
      facts.add(new EventSummary.Fact(labels.get(key), value));
    }
  }

  private String where(Event event) {
    String platform = event.platform().map(DigestText::oneLine).orElse("");
    String place = event.location().map(DigestText::oneLine).orElse("");
    String details =
        String.join(
            " · ", List.of(place, platform).stream().filter(text -> !text.isEmpty()).toList());
    if (event.attendance() == Attendance.UNKNOWN) {
      return details;
    }
    String mode = labels.get("attendance." + event.attendance().name());
    return details.isEmpty() ? mode : mode + ": " + details;
  }

  private String price(Event event) {
    if (event.free().orElse(false)) {
      return labels.get("price.free");
    }
    String written = event.price().map(DigestText::oneLine).orElse("");
    if (!written.isEmpty()) {
      return labels.get("price.paid") + " (" + written + ")";
    }
    return event.free().isPresent() ? labels.get("price.paid") : "";
  }

  private EventSummary.Invitee invitee(Digest.Suggestion suggestion) {
    // Each interest, role or company once, where it counted most (the matcher lists the strongest
    // first); the reasons a reader needs, not every field a word appeared in.
    java.util.Set<String> seen = new java.util.HashSet<>();
    String reasons =
        suggestion.match().reasons().stream()
            .filter(
                reason ->
                    seen.add(
                        reason.kind() + "|" + reason.term().toLowerCase(java.util.Locale.ROOT)))
            .map(this::reason)
            .collect(Collectors.joining("; "));
    List<EventSummary.DraftLink> drafts =
        new ChannelLinks(labels, this::draftHref).links(suggestion);
    return new EventSummary.Invitee(
        DigestText.oneLine(suggestion.contact().fullName()), reasons, drafts);
  }

  /** "interesse: sicurezza informatica (cybersecurity, titolo)". */
  private String reason(Reason reason) {
    if (reason.kind() == Reason.Kind.LANGUAGE) {
      return labels.get("reason.speaks")
          + " "
          + labels.find("language." + reason.term(), reason.term());
    }
    String term = DigestText.oneLine(reason.term());
    String found = DigestText.oneLine(reason.found());
    String where = DigestText.oneLine(reason.where());
    List<String> detail = new ArrayList<>();
    if (!found.isEmpty() && !found.equalsIgnoreCase(term)) {
      detail.add(found);
    }
    if (!where.isEmpty()) {
      detail.add(labels.find("where." + where, where));
    }
    String text = labels.get("reason." + reason.kind().name()) + ": " + term;
    return detail.isEmpty() ? text : text + " (" + String.join(", ", detail) + ")";
  }

  /** Drafts are linked relative to {@code out/digest/}, so the folder can move as a whole. */
  private Optional<String> draftHref(Path draft) {
    Path relative = draft;
    if (draft.isAbsolute()) {
      Path base = outputDir.toAbsolutePath().normalize();
      Path file = draft.normalize();
      if (!file.startsWith(base)) {
        return Optional.empty();
      }
      relative = base.relativize(file);
    }
    String text = relative.normalize().toString().replace('\\', '/');
    return text.startsWith("../") ? Optional.empty() : Optional.of("../" + DigestText.href(text));
  }
}
