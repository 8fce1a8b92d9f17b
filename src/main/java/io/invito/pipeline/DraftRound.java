package io.invito.pipeline;

import io.invito.draft.Draft;
import io.invito.draft.DraftKeeper;
import io.invito.draft.InvitationWriter;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.model.Week;
import io.invito.output.KillPoint;
import io.invito.store.DraftRevision;
import io.invito.store.InvitationStore;
import io.invito.store.Store;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of drafting: new matches get their drafts; drafts of events that changed since they
 * were written are written again (the store keeps the draft superseded, and a sent one is reported
 * so the owner can send a correction); each week touched gets its review index rebuilt from the
 * current drafts the store holds for that week.
 */
final class DraftRound {
  private static final Logger LOG = LoggerFactory.getLogger(DraftRound.class);

  private final Store store;
  private final InvitationWriter writer;
  private final Map<String, Contact> contacts;
  private final Map<String, KnownEvent> events;
  private final ZoneId ownerZone;
  private final Path outputDir;
  private final TreeSet<Week> weeksTouched = new TreeSet<>();
  private final List<Path> files = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  DraftRound(
      Store store,
      InvitationWriter writer,
      Map<String, Contact> contacts,
      List<KnownEvent> upcoming,
      ZoneId ownerZone,
      Path outputDir) {
    this.store = store;
    this.writer = writer;
    this.contacts = contacts;
    this.events =
        upcoming.stream()
            .collect(
                Collectors.toMap(
                    known -> known.event().id(),
                    Function.identity(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    this.ownerZone = ownerZone;
    this.outputDir = outputDir;
  }

  /** Drafts for matches made in this pass. */
  void draft(List<Match> matches) {
    for (Match match : matches) {
      write(match);
    }
  }

  /**
   * Drafts of events that changed (time, place, status) after they were written. Skipped drafts
   * stay skipped; sent ones get a new draft, so the owner can tell the contact what changed.
   */
  void redraftChanged() {
    Map<String, Match> matchesByPair =
        store.matches().forEvents(events.keySet()).stream()
            .collect(Collectors.toMap(DraftRound::pair, Function.identity(), (a, b) -> a));
    Map<String, Invitation> stale = new LinkedHashMap<>();
    java.util.Set<String> heldByOwner = new java.util.HashSet<>();
    for (Invitation invitation : store.invitations().all()) {
      KnownEvent event = events.get(invitation.eventId());
      if (event != null
          && invitation.status() != Invitation.Status.SKIPPED
          && event.lastChanged().isAfter(invitation.createdAt())) {
        String pair = invitation.eventId() + "|" + invitation.contactId();
        stale.putIfAbsent(pair, invitation);
        // The owner rewrote this draft on the desk: their text stays the draft, and the desk
        // shows what invito would write now beside it (said on each run until the owner saves
        // again).
        if (invitation.status() == Invitation.Status.DRAFTED) {
          Optional<java.time.Instant> edited =
              store.desk().editedAt(invitation.id(), invitation.contentHash());
          if (edited.isPresent()
              && heldByOwner.add(pair)
              && event.lastChanged().isAfter(edited.get())) {
            warnings.add(
                "event "
                    + invitation.eventId()
                    + " changed after you edited the draft for "
                    + invitation.contactId()
                    + ": your text is kept; the desk shows what changed");
          }
        }
      }
    }
    stale.keySet().removeAll(heldByOwner);
    stale.keySet().stream()
        .map(matchesByPair::get)
        .filter(java.util.Objects::nonNull)
        .forEach(this::write);
  }

  /**
   * Writes one contact's drafts for one event; whatever fails there (a folder that cannot be
   * written, a name no file may have) is a warning about that contact, and the round goes on.
   */
  private void write(Match match) {
    KnownEvent event = events.get(match.eventId());
    Contact contact = contacts.get(match.contactId());
    if (event == null || contact == null) {
      return; // the event left the horizon or the contact left the contacts file
    }
    try {
      write(match, event, contact);
    } catch (RuntimeException e) {
      String warning =
          "drafts for "
              + contact.id()
              + " to event "
              + event.event().id()
              + " were not written: "
              + Unexpected.describe(e);
      LOG.warn("{}", warning, e);
      warnings.add(warning);
    }
  }

  private void write(Match match, KnownEvent event, Contact contact) {
    Week week = weekOf(event);
    for (Draft draft : writer.write(match, event, contact, week)) {
      InvitationStore.Saved saved =
          store.invitations().saveRevision(draft.invitation(), DraftKeeper::keptAt);
      KillPoint.reach("draft.saved");
      weeksTouched.add(week);
      files.add(draft.file());
      // The earlier draft's week loses it from its index, if the event moved to another week.
      saved
          .superseded()
          .ifPresent(earlier -> weeksTouched.add(Week.parse(earlier.invitation().week())));
      saved
          .superseded()
          .filter(DraftRevision::sentThenSuperseded)
          .ifPresent(earlier -> warnSent(earlier.invitation(), draft.invitation()));
    }
  }

  /** The owner sent a draft the event has since outdated: the contact needs the new one. */
  private void warnSent(Invitation sent, Invitation correction) {
    String warning =
        String.format(
            "%s was sent %s (%s) before event %s changed: send the new draft %s as a correction",
            sent.contactId(),
            outputDir.resolve(sent.path()),
            sent.channel().name().toLowerCase(Locale.ROOT),
            sent.eventId(),
            outputDir.resolve(correction.path()));
    LOG.warn("{}", warning);
    warnings.add(warning);
  }

  /**
   * Rebuilds the review index of each week touched and of every week with drafts for upcoming
   * events, from the store: an index built from this pass's drafts alone would drop yesterday's,
   * and a pass killed after saving drafts but before its index must be completed by the next (an
   * index left unchanged is not rewritten).
   */
  void writeIndexes() {
    TreeSet<Week> weeks = new TreeSet<>(weeksTouched);
    store.invitations().all().stream()
        .filter(invitation -> events.containsKey(invitation.eventId()))
        .forEach(invitation -> weeks.add(Week.parse(invitation.week())));
    for (Week week : weeks) {
      List<Invitation> invitations = store.invitations().forWeek(week);
      Map<String, KnownEvent> known = new LinkedHashMap<>(events);
      for (Invitation invitation : invitations) {
        if (!known.containsKey(invitation.eventId())) {
          store
              .events()
              .find(invitation.eventId())
              .ifPresent(event -> known.put(invitation.eventId(), event));
        }
      }
      Map<String, List<Reason>> reasons =
          store
              .matches()
              .forEvents(invitations.stream().map(Invitation::eventId).distinct().toList())
              .stream()
              .collect(Collectors.toMap(DraftRound::pair, Match::reasons, (a, b) -> a));
      List<Draft> drafts =
          invitations.stream()
              .map(
                  invitation ->
                      new Draft(
                          invitation,
                          outputDir.resolve(invitation.path()),
                          Draft.Outcome.UNCHANGED,
                          Optional.empty(),
                          reasons.getOrDefault(
                              invitation.eventId() + "|" + invitation.contactId(), List.of())))
              .toList();
      InvitationWriter.writeIndex(outputDir, week, drafts, contacts, known);
      KillPoint.reach("index.week");
    }
  }

  List<Path> files() {
    return List.copyOf(files);
  }

  /** One sentence per sent draft that this round superseded: what to send as a correction. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * The week it happens; a recording's draft goes to the week whose digest first lists it (the one
   * coming when it was found), and stays there.
   */
  private Week weekOf(KnownEvent event) {
    return event
        .event()
        .start()
        .map(start -> Week.of(start.withZoneSameInstant(ownerZone).toLocalDate()))
        .orElseGet(() -> Week.coming(event.firstSeen().atZone(ownerZone).toLocalDate()));
  }

  private static String pair(Match match) {
    return match.eventId() + "|" + match.contactId();
  }
}
