package io.invito.match;

import io.invito.config.Language;
import io.invito.config.MatchSettings;
import io.invito.match.PairFinder.Candidate;
import io.invito.match.Relevance.Term;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Match;
import io.invito.model.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.Query;

/**
 * Finds which contacts each upcoming event suits, and why, following the rules a considerate
 * networker keeps: nobody who opted out, nothing cancelled, only in a language they read, at an
 * hour they are awake, with time to plan, never twice, and at most one invitation per contact at a
 * time.
 *
 * <p>The events of a run go into an in-memory Lucene index once; each contact's interests, role,
 * company and notes are searched in it, and each contact keeps their best few events. Every contact
 * then gets their best event that still has room.
 */
public final class Matcher {
  private final MatchSettings settings;
  private final Analysis analysis;
  private final ContactTerms contactTerms = new ContactTerms();
  private final Map<Term, Query[]> queries = new ConcurrentHashMap<>();

  /**
   * A matcher with the built-in Italian-English synonym table, and the synonyms file the settings
   * name, if any.
   *
   * @throws io.invito.config.ConfigException when that file is unreadable or has a phrase with no
   *     words, naming the file and the line
   */
  public Matcher(MatchSettings settings) {
    this(settings, Map.of());
  }

  /**
   * A matcher with extra synonym groups, merged with the built-in ones when they share a phrase.
   *
   * @param synonyms extra phrases that mean the same, each key with its list (for example {@code
   *     "PNRR" -> ["Piano nazionale di ripresa e resilienza"]}), added to the built-in
   *     Italian-English table and the settings' synonyms file
   * @throws IllegalArgumentException when a synonym has no words (the config loader should have
   *     refused it, naming the file and line)
   */
  public Matcher(MatchSettings settings, Map<String, List<String>> synonyms) {
    this.settings = settings;
    Path file = settings.synonymsFile().orElse(null);
    SynonymMap table = SynonymTable.compile(synonyms, file);
    this.analysis = new Analysis(table);
  }

  /**
   * Matches the upcoming events against the contacts.
   *
   * @param lastInvitedByContact when each contact was last invited to anything, by contact id
   * @param alreadyInvited the pairs drafted before, as {@code eventId|contactId}
   * @return at most one match per contact (their best event that still has room) and at most {@code
   *     perEventTop} per event, ordered by score, then event id, then contact id
   */
  public List<Match> match(
      List<Event> upcoming,
      List<Contact> contacts,
      Instant now,
      Map<String, Instant> lastInvitedByContact,
      Set<String> alreadyInvited) {
    List<Event> open = upcoming.stream().filter(event -> open(event, now)).toList();
    if (open.isEmpty() || contacts.isEmpty()) {
      return List.of();
    }
    EventIndex index = new EventIndex(open, analysis);
    Relevance relevance = new Relevance(analysis, index, queries);
    PairFinder finder =
        new PairFinder(index, relevance, settings.minScore(), rank(open), alreadyInvited);
    List<List<Term>> terms = new ArrayList<>(contacts.size());
    for (Contact contact : contacts) {
      boolean left = contact.optOut() || paused(lastInvitedByContact.get(contact.id()), now);
      terms.add(left ? List.of() : contactTerms.terms(contact));
    }
    List<Candidate> candidates = candidates(contacts, terms, finder, index.size());
    List<Candidate> chosen = choose(candidates, contacts, open, alreadyInvited);
    List<Match> matches =
        chosen.parallelStream()
            .map(
                candidate -> {
                  Event event = index.event(candidate.event());
                  List<Reason> reasons =
                      new ArrayList<>(
                          relevance.explain(terms.get(candidate.contact()), candidate.event()));
                  languageReason(event).ifPresent(reasons::add);
                  return new Match(
                      event.id(),
                      contacts.get(candidate.contact()).id(),
                      candidate.score(),
                      reasons);
                })
            .sorted(
                Comparator.comparingDouble(Match::score)
                    .reversed()
                    .thenComparing(Match::eventId)
                    .thenComparing(Match::contactId))
            .toList();
    return List.copyOf(matches);
  }

  /** Each contact's best events, contacts split in one slice per core, in contact order. */
  private static List<Candidate> candidates(
      List<Contact> contacts, List<List<Term>> terms, PairFinder finder, int events) {
    int slices =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), contacts.size() / 256));
    int size = (contacts.size() + slices - 1) / slices;
    return IntStream.range(0, slices)
        .parallel()
        .mapToObj(
            slice -> {
              PairFinder.Workspace space = new PairFinder.Workspace(events);
              List<Candidate> found = new ArrayList<>();
              for (int at = slice * size;
                  at < Math.min(contacts.size(), (slice + 1) * size);
                  at++) {
                if (!terms.get(at).isEmpty()) {
                  found.addAll(finder.best(at, contacts.get(at), terms.get(at), space));
                }
              }
              return found;
            })
        .flatMap(List::stream)
        .toList();
  }

  /**
   * Gives each contact their best event that still has room, best pairs first, so one call never
   * invites a contact twice and the per-contact pause holds across events.
   */
  private List<Candidate> choose(
      List<Candidate> candidates,
      List<Contact> contacts,
      List<Event> events,
      Set<String> alreadyInvited) {
    int[] contactRank = contactRank(contacts);
    // Ranks compare as ints: millions of candidates sort without making a single object.
    Comparator<Candidate> bestFirst =
        (left, right) -> {
          int byScore = Float.compare(right.score(), left.score());
          if (byScore != 0) {
            return byScore;
          }
          int byEvent = Integer.compare(left.eventRank(), right.eventRank());
          return byEvent != 0
              ? byEvent
              : Integer.compare(contactRank[left.contact()], contactRank[right.contact()]);
        };
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(bestFirst);
    boolean[] served = new boolean[contacts.size()];
    int[] seats = seatsTaken(events, alreadyInvited);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate candidate : sorted) {
      if (seats[candidate.event()] >= settings.perEventTop() || served[candidate.contact()]) {
        continue;
      }
      served[candidate.contact()] = true;
      seats[candidate.event()]++;
      chosen.add(candidate);
    }
    return chosen;
  }

  /**
   * The invitations each event already has from earlier passes: {@code perEventTop} counts them
   * too, so three passes of three do not make nine, and a pass interrupted after its drafts were
   * stored is not topped up past the limit by the next.
   */
  private static int[] seatsTaken(List<Event> events, Set<String> alreadyInvited) {
    Map<String, Integer> byId = new HashMap<>();
    for (int index = 0; index < events.size(); index++) {
      byId.put(events.get(index).id(), index);
    }
    int[] seats = new int[events.size()];
    for (String pair : alreadyInvited) {
      Integer event = byId.get(pair.substring(0, Math.max(0, pair.indexOf('|'))));
      if (event != null) {
        seats[event]++;
      }
    }
    return seats;
  }

  /** Each contact's place by id, the last tie-breaker. */
  private static int[] contactRank(List<Contact> contacts) {
    Integer[] order = new Integer[contacts.size()];
    for (int index = 0; index < order.length; index++) {
      order[index] = index;
    }
    Arrays.sort(order, Comparator.comparing(index -> contacts.get(index).id()));
    int[] rank = new int[order.length];
    for (int place = 0; place < order.length; place++) {
      rank[order[place]] = place;
    }
    return rank;
  }

  /** Each event's place by start, then id, so equal scores go to the sooner event. */
  private static int[] rank(List<Event> events) {
    Integer[] order = new Integer[events.size()];
    for (int ordinal = 0; ordinal < order.length; ordinal++) {
      order[ordinal] = ordinal;
    }
    Arrays.sort(
        order,
        Comparator.<Integer, Instant>comparing(
                // On-demand events have no start; they rank after every dated one.
                ordinal ->
                    events.get(ordinal).start().map(ZonedDateTime::toInstant).orElse(Instant.MAX))
            .thenComparing(ordinal -> events.get(ordinal).id()));
    int[] rank = new int[order.length];
    for (int place = 0; place < order.length; place++) {
      rank[order[place]] = place;
    }
    return rank;
  }

  /** Still happening, far enough ahead to plan for, and near enough to be worth saying now. */
  private boolean open(Event event, Instant now) {
    // A postponed event has no date worth inviting to; it comes back when rescheduled.
    if (event.cancelled() || event.status() == EventStatus.POSTPONED) {
      return false;
    }
    if (event.onDemand()) {
      // Watched whenever suits: always open; that it is offered once is the store's memory.
      return true;
    }
    Instant start = event.requireStart().toInstant();
    return !Duration.between(now, start).minus(settings.minLeadTime()).isNegative()
        && !start.isAfter(now.plus(settings.horizon()));
  }

  private boolean paused(Instant lastInvited, Instant now) {
    return new ContactPause(settings.perContactPause()).paused(lastInvited, now);
  }

  /** "speaks it": only said when the event's language is known, so it is never a guess. */
  private static Optional<Reason> languageReason(Event event) {
    return event
        .language()
        .flatMap(Language::find)
        .map(
            language ->
                new Reason(Reason.Kind.LANGUAGE, language.code(), language.code(), "language"));
  }
}
