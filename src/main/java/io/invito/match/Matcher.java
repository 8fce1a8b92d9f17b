package io.invito.match;

import io.invito.config.Language;
import io.invito.config.MatchSettings;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Match;
import io.invito.model.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which contacts each upcoming event suits, and why, following the rules a considerate
 * networker keeps: nobody who opted out, nothing cancelled, only in a language they read, at an
 * hour they are awake, with time to plan, never twice, and at most one invitation per contact at
 * a time.
 */
public final class Matcher {
  private static final LocalTime WAKING_START = LocalTime.of(8, 0);
  private static final LocalTime WAKING_END = LocalTime.of(22, 0);
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::score).reversed()
          .thenComparing(candidate -> candidate.event().start().toInstant())
          .thenComparing(candidate -> candidate.event().id())
          .thenComparing(candidate -> candidate.contact().id());

  private final MatchSettings settings;
  private final Relevance relevance;

  /** A matcher with the built-in Italian-English synonym table only. */
  public Matcher(MatchSettings settings) {
    this(settings, Map.of());
  }

  /**
   * A matcher with extra synonym groups, merged with the built-in ones when they share a phrase.
   *
   * @param synonyms extra phrases that mean the same, each key with its list (for example
   *     {@code "PNRR" -> ["Piano nazionale di ripresa e resilienza"]}), added to the built-in
   *     Italian-English table
   * @throws IllegalArgumentException when a synonym has no words (the config loader should have
   *     refused it, naming the file and line)
   */
  public Matcher(MatchSettings settings, Map<String, List<String>> synonyms) {
    this.settings = settings;
    this.relevance = new Relevance(synonyms);
  }

  private record Candidate(Event event, Contact contact, double score, List<Reason> reasons) {}

  /**
   * Matches the upcoming events against the contacts.
   *
   * @param lastInvitedByContact when each contact was last invited to anything, by contact id
   * @param alreadyInvited the pairs drafted before, as {@code eventId|contactId}
   * @return at most one match per contact (their best event that still has room) and at most
   *     {@code perEventTop} per event, ordered by score, then event id, then contact id
   */
  public List<Match> match(List<Event> upcoming, List<Contact> contacts, Instant now,
      Map<String, Instant> lastInvitedByContact, Set<String> alreadyInvited) {
    // Profiles are built once per contact, not once per pair; null marks a contact left out.
    Relevance.Profile[] profiles = new Relevance.Profile[contacts.size()];
    for (int index = 0; index < contacts.size(); index++) {
      Contact contact = contacts.get(index);
      if (!contact.optOut() && !paused(lastInvitedByContact.get(contact.id()), now)) {
        profiles[index] = relevance.profile(contact);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Event event : upcoming) {
      if (!open(event, now)) {
        continue;
      }
      EventText text = new EventText(event);
      for (int index = 0; index < contacts.size(); index++) {
        Contact contact = contacts.get(index);
        if (profiles[index] == null || alreadyInvited.contains(event.id() + "|" + contact.id())
            || !awake(contact, event) || !speaks(contact, event)) {
          continue;
        }
        Relevance.Score score = relevance.score(profiles[index], text);
        // Above zero as well: a minScore of 0 must not invite everyone to everything.
        if (score.value() > 0 && score.value() >= settings.minScore()) {
          List<Reason> reasons = new ArrayList<>(score.reasons());
          languageReason(event).ifPresent(reasons::add);
          candidates.add(new Candidate(event, contact, score.value(), reasons));
        }
      }
    }
    return choose(candidates);
  }

  /**
   * Gives each contact their best event that still has room, best pairs first, so one call
   * never invites a contact twice and the per-contact pause holds across events.
   */
  private List<Match> choose(List<Candidate> candidates) {
    candidates.sort(BEST_FIRST);
    Set<String> served = new HashSet<>();
    Map<String, Integer> seats = new HashMap<>();
    List<Match> matches = new ArrayList<>();
    for (Candidate candidate : candidates) {
      String eventId = candidate.event().id();
      if (seats.getOrDefault(eventId, 0) >= settings.perEventTop()
          || served.contains(candidate.contact().id())) {
        continue;
      }
      served.add(candidate.contact().id());
      seats.merge(eventId, 1, Integer::sum);
      matches.add(new Match(eventId, candidate.contact().id(), candidate.score(),
          candidate.reasons()));
    }
    matches.sort(Comparator.comparingDouble(Match::score).reversed()
        .thenComparing(Match::eventId).thenComparing(Match::contactId));
    return List.copyOf(matches);
  }

  /** Still happening, far enough ahead to plan for, and near enough to be worth saying now. */
  private boolean open(Event event, Instant now) {
    // A postponed event has no date worth inviting to; it comes back when rescheduled.
    if (event.cancelled() || event.status() == EventStatus.POSTPONED) {
      return false;
    }
    Instant start = event.start().toInstant();
    return !Duration.between(now, start).minus(settings.minLeadTime()).isNegative()
        && !start.isAfter(now.plus(settings.horizon()));
  }

  private boolean paused(Instant lastInvited, Instant now) {
    return lastInvited != null && lastInvited.isAfter(now.minus(settings.perContactPause()));
  }

  /** Whether the start is between 08:00 and 21:59 where the contact lives; a whole day is. */
  private static boolean awake(Contact contact, Event event) {
    if (event.allDay()) {
      return true;
    }
    LocalTime local = event.start().withZoneSameInstant(contact.zone()).toLocalTime();
    return !local.isBefore(WAKING_START) && local.isBefore(WAKING_END);
  }

  /**
   * Whether the contact reads the event's language. An event of unknown language passes (most
   * feeds do not say); one in a language invito does not write ({@code other}, {@code de}) does
   * not.
   */
  private static boolean speaks(Contact contact, Event event) {
    Optional<String> code = event.language().filter(text -> !text.isBlank());
    return code.isEmpty()
        || Language.find(code.get()).filter(contact.languages()::contains).isPresent();
  }

  /** "speaks it": only said when the event's language is known, so it is never a guess. */
  private static Optional<Reason> languageReason(Event event) {
    return event.language().flatMap(Language::find).map(language ->
        new Reason(Reason.Kind.LANGUAGE, language.code(), language.code(), "language"));
  }
}
