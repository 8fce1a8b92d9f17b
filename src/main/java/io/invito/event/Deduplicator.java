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
    List<Event> events = accepted.stream().map(Judgement.Accepted::event).toList();
    List<Candidate> copies = accepted.stream().map(Candidate::new).toList();
    int[] parent = new int[copies.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < copies.size(); i++) {
      for (int j = i + 1; j < copies.size(); j++) {
        if (same(copies.get(i), copies.get(j))) {
          parent[root(parent, j)] = root(parent, i);
        }
      }
    }
    Map<Integer, List<EventMerger.Copy>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < copies.size(); i++) {
      clusters
          .computeIfAbsent(root(parent, i), key -> new ArrayList<>())
          .add(new EventMerger.Copy(events.get(i), accepted.get(i).provenance()));
    }
    List<Event> merged =
        clusters.values().stream().map(cluster -> EventMerger.merge(cluster, taxonomy)).toList();
    return separateSessions(merged);
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
  private static List<Event> separateSessions(List<Event> events) {
    Map<String, List<Event>> perId = new LinkedHashMap<>();
    events.forEach(event -> perId.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(event));
    if (perId.values().stream().allMatch(sessions -> sessions.size() == 1)) {
      return events;
    }
    return events.stream()
        .map(
            event -> {
              List<Event> sessions = perId.get(event.id());
              if (sessions.size() == 1) {
                return event;
              }
              boolean uidsDiffer =
                  sessions.stream().allMatch(session -> session.uid().isPresent())
                      && sessions.stream().map(Event::uid).distinct().count() == sessions.size();
              return event.withId(
                  IdDeriver.hash(
                      event.id()
                          + "@"
                          + (uidsDiffer
                              ? "uid:" + event.uid().orElseThrow()
                              : event
                                  .start()
                                  .map(start -> start.toLocalDateTime().toString())
                                  .orElse("on demand"))));
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
