package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.digest.Digest;
import io.invito.digest.DigestWriter;
import io.invito.draft.PostWriter;
import io.invito.draft.TemplateSet;
import io.invito.event.KeepFilter;
import io.invito.match.PostPicker;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Week;
import io.invito.model.WeekPost;
import io.invito.output.KillPoint;
import io.invito.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The digest pass: a week's events with the contacts each suits and their drafts, written as the
 * digest's files, and beside it the week's public post (issue 19).
 */
final class DigestRound {
  private final Config config;
  private final Store store;
  private final KeepFilter keep;
  private final Supplier<TemplateSet> templates;
  private final Map<String, Contact> contacts;
  private final Function<Invitation, Digest.DraftFile> draftFile;

  DigestRound(
      Config config,
      Store store,
      KeepFilter keep,
      Supplier<TemplateSet> templates,
      Map<String, Contact> contacts,
      Function<Invitation, Digest.DraftFile> draftFile) {
    this.config = config;
    this.store = store;
    this.keep = keep;
    this.templates = templates;
    this.contacts = contacts;
    this.draftFile = draftFile;
  }

  /** Writes the digest of a week from what the store knows now. */
  List<Path> write(Week week, Instant asOf) {
    List<KnownEvent> events = weekEvents(week);
    List<Digest.Entry> entries = entries(week, events);
    Instant previous = store.digests().previousBefore(week).orElse(Instant.EPOCH);
    Optional<WeekPost> post = writePost(week, events, asOf);
    Digest digest =
        new Digest(week, config.owner(), asOf, entries, store.sources().all(), previous, post);
    List<Path> files = new ArrayList<>(new DigestWriter(config.outputDir()).write(digest));
    store.digests().record(week, asOf);
    KillPoint.reach("digest.recorded");
    // The post beside it, listed after the digest's own files so the run summary shows it too.
    post.ifPresent(
        written -> {
          files.add(config.outputDir().resolve(written.text()));
          files.add(config.outputDir().resolve(written.markdown()));
        });
    return List.copyOf(files);
  }

  /**
   * The week as the digest shows it, without writing anything: its events (and the recordings to
   * watch any time) with the contacts suggested for each and their drafts.
   */
  List<Digest.Entry> entries(Week week) {
    return entries(week, weekEvents(week));
  }

  /** The week's events the owner keeps, and the recordings found since the week before. */
  private List<KnownEvent> weekEvents(Week week) {
    var zone = config.owner().zone();
    Instant weekStart = week.start(zone).toInstant();
    Instant weekEnd = week.end(zone).toInstant();
    List<KnownEvent> events = new ArrayList<>(store.events().between(weekStart, weekEnd));
    // "Watch any time": the recordings found since the week before, each in a digest or two.
    store.events().onDemand().stream()
        .filter(known -> !known.event().cancelled())
        .filter(known -> !known.firstSeen().isBefore(weekStart.minus(Duration.ofDays(7))))
        .filter(known -> known.firstSeen().isBefore(weekEnd))
        .forEach(events::add);
    // What the owner's keep rules leave out stays in the store; `events list` says which rule.
    events.removeIf(known -> !keep.keeps(known.event()));
    return events;
  }

  /** Each event with the contacts its matches suggest (best first) and their drafts. */
  private List<Digest.Entry> entries(Week week, List<KnownEvent> events) {
    Map<String, List<Match>> matchesByEvent =
        store
            .matches()
            .forEvents(events.stream().map(known -> known.event().id()).toList())
            .stream()
            .collect(Collectors.groupingBy(Match::eventId));
    List<Invitation> invitations = store.invitations().forWeek(week);
    List<Digest.Entry> entries = new ArrayList<>();
    for (KnownEvent event : events) {
      List<Digest.Suggestion> suggestions = new ArrayList<>();
      for (Match match : matchesByEvent.getOrDefault(event.event().id(), List.of())) {
        Contact contact = contacts.get(match.contactId());
        if (contact == null) {
          continue; // removed from the contacts file since the match was made
        }
        List<Digest.DraftFile> drafts =
            invitations.stream()
                .filter(
                    invitation ->
                        invitation.eventId().equals(match.eventId())
                            && invitation.contactId().equals(match.contactId()))
                .map(draftFile)
                .toList();
        suggestions.add(new Digest.Suggestion(contact, match, drafts));
      }
      suggestions.sort(Comparator.comparingDouble((Digest.Suggestion s) -> -s.match().score()));
      entries.add(new Digest.Entry(event, suggestions));
    }
    return entries;
  }

  /**
   * Writes the week's public post beside the digest and remembers the events it shares, so no later
   * week shares them again; none when fewer than two public events are left to share.
   */
  private Optional<WeekPost> writePost(Week week, List<KnownEvent> events, Instant asOf) {
    List<PostPicker.Pick> picks =
        new PostPicker(config.matching())
            .pick(
                events.stream().map(KnownEvent::event).toList(),
                List.copyOf(contacts.values()),
                config.owner().language(),
                store.posts().sharedOutside(week),
                asOf);
    if (picks.isEmpty()) {
      return Optional.empty();
    }
    WeekPost post =
        new PostWriter(templates.get(), config.owner(), config.outputDir())
            .write(
                week,
                picks.stream()
                    .map(pick -> new PostWriter.Item(pick.event(), pick.topic()))
                    .toList());
    store.posts().record(post, asOf);
    return Optional.of(post);
  }
}
