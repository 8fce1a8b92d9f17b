package io.invito.event;

import io.invito.model.Event;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the copies of one event that several sources carry (a feed item, its page, a calendar
 * entry) into one event that lists every source. Two copies are one event when they start within
 * three hours of each other and share an id, a canonical URL or a UID, or have titles that name the
 * same event; so two sessions of one course on different dates stay two events.
 */
public final class Deduplicator {
  static final Duration TOLERANCE = Duration.ofHours(3);

  private final TitleMatcher titles = new TitleMatcher();
  private final TopicTaxonomy taxonomy;

  /** A deduplicator whose merged events' topics are keywords alone. */
  public Deduplicator() {
    this(TopicTaxonomy.NONE);
  }

  /** A deduplicator that picks merged events' topics with the owner's taxonomy too. */
  public Deduplicator(TopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * The events with copies merged, in the order their first copy came; with no provenance known, a
   * copy that stated its zone leads.
   */
  public List<Event> merge(List<Event> events) {
    return mergeAccepted(events.stream().map(Judgement.Accepted::new).toList());
  }

  /**
   * The accepted events with copies merged, each field from the copy whose extractor is surest of
   * it (JSON-LD or iCalendar over a feed over prose), in the order their first copy came.
   */
  public List<Event> mergeAccepted(List<Judgement.Accepted> accepted) {
    return mergeKeepingIds(accepted).stream().map(Merged::event).toList();
  }

  /**
   * As {@link #mergeAccepted}, with the ids of the copies each merged event was made of, so the
   * store can keep the id it first stored when the copy that gave it is missing next time.
   */
  public List<Merged> mergeKeepingIds(List<Judgement.Accepted> accepted) {
    List<Event> events = accepted.stream().map(Judgement.Accepted::event).toList();
    List<Candidate> copies = accepted.stream().map(Candidate::new).toList();
    int[] parent = new int[copies.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    ClosePairs.forEach(
        events,
        TOLERANCE,
        (first, second) -> {
          int left = root(parent, first);
          int right = root(parent, second);
          // Already one event through other copies: no need to compare titles again.
          if (left != right && same(copies.get(first), copies.get(second))) {
            parent[right] = left;
          }
        });
    Map<Integer, List<EventMerger.Copy>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < copies.size(); i++) {
      clusters
          .computeIfAbsent(root(parent, i), key -> new ArrayList<>())
          .add(new EventMerger.Copy(events.get(i), accepted.get(i).provenance()));
    }
    List<Merged> merged = new ArrayList<>(clusters.size());
    for (List<EventMerger.Copy> cluster : clusters.values()) {
      Set<String> ids = new TreeSet<>();
      cluster.forEach(copy -> ids.add(copy.event().id()));
      merged.add(new Merged(EventMerger.merge(cluster, taxonomy), ids));
    }
    return separateSessions(merged);
  }

  /**
   * One event made of its copies.
   *
   * @param copyIds the ids its copies had before merging; empty when the event is one session of
   *     several that shared an id, as those ids name the course, not the session
   */
  public record Merged(Event event, Set<String> copyIds) {
    public Merged {
      copyIds = Set.copyOf(copyIds);
    }
  }

  private boolean same(Candidate a, Candidate b) {
    if (!closeInTime(a.event, b.event)) {
      return false;
    }
    return a.event.id().equals(b.event.id())
        || a.canonicalUrl.isPresent() && a.canonicalUrl.equals(b.canonicalUrl)
        || a.event.uid().isPresent() && a.event.uid().equals(b.event.uid())
        || titles.same(a.title, b.title);
  }

  /** Within the tolerance; a whole-day entry meets any time on its date. */
  private static boolean closeInTime(Event a, Event b) {
    if (a.onDemand() || b.onDemand()) {
      // A recording meets only another recording: the live session it came from is another item.
      return a.onDemand() && b.onDemand();
    }
    if (a.allDay() || b.allDay()) {
      return a.requireStart().toLocalDate().equals(b.requireStart().toLocalDate());
    }
    return Duration.between(a.requireStart(), b.requireStart()).abs().compareTo(TOLERANCE) <= 0;
  }

  /**
   * Sessions of one course often share the course's URL and so its id; the store needs one key per
   * session. A calendar gives each session its own UID, which stays when a session is moved, so
   * that names the session when the UIDs tell the sessions apart; otherwise the start does.
   */
  private static List<Merged> separateSessions(List<Merged> merged) {
    Map<String, List<Event>> perId = new LinkedHashMap<>();
    merged.forEach(
        one -> perId.computeIfAbsent(one.event().id(), id -> new ArrayList<>()).add(one.event()));
    if (perId.values().stream().allMatch(sessions -> sessions.size() == 1)) {
      return merged;
    }
    return merged.stream()
        .map(
            one -> {
              Event event = one.event();
              List<Event> sessions = perId.get(event.id());
              if (sessions.size() == 1) {
                return one;
              }
              boolean uidsDiffer =
                  sessions.stream().allMatch(session -> session.uid().isPresent())
                      && sessions.stream().map(Event::uid).distinct().count() == sessions.size();
              return new Merged(
                  event.withId(
                      IdDeriver.hash(
                          event.id()
                              + "@"
                              + (uidsDiffer
                                  ? "uid:" + event.uid().orElseThrow()
                                  : event
                                      .start()
                                      .map(start -> start.toLocalDateTime().toString())
                                      .orElse("on demand")))),
                  Set.of());
            })
        .toList();
  }

  private static int root(int[] parent, int index) {
    int at = index;
    while (parent[at] != at) {
      parent[at] = parent[parent[at]];
      at = parent[at];
    }
    return at;
  }

  /** An event with what comparing needs computed once. */
  private static final class Candidate {
    final Event event;
    final Optional<URI> canonicalUrl;
    final Set<String> title;

    Candidate(Judgement.Accepted accepted) {
      this.event = Objects.requireNonNull(accepted.event(), "event");
      this.canonicalUrl = event.url().map(UrlCanonicalizer::canonicalize);
      this.title = TitleMatcher.words(event.title());
    }
  }
}
