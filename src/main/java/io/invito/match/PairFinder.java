package io.invito.match;

import io.invito.config.Language;
import io.invito.match.Relevance.Hits;
import io.invito.match.Relevance.Term;
import io.invito.model.Contact;
import io.invito.model.Event;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds one contact's best few events of a run: adds up the hits of the contact's terms over all
 * events at once, then keeps the pairs the rules allow (language read, waking hours, not invited
 * before) that reach the minimum score.
 */
final class PairFinder {
  /** How many events a contact keeps in the running for when their best ones fill up. */
  static final int PER_CONTACT = 20;

  private static final LocalTime WAKING_START = LocalTime.of(8, 0);
  private static final LocalTime WAKING_END = LocalTime.of(22, 0);

  /** Events of unknown language carry this bit, which every contact reads. */
  private static final int ANY_LANGUAGE = 1 << 30;

  private static final int[] NONE = new int[0];

  /**
   * A contact and an event that suit each other, by index and ordinal, with the event's place by
   * start and the score.
   */
  record Candidate(int contact, int event, int eventRank, float score) {}

  private final EventIndex index;
  private final Relevance relevance;
  private final double minScore;
  private final int[] rank;
  private final int[] ordinalByRank;

  /** For each event, the bit of its language: unknown passes for all, "other" for none. */
  private final int[] language;

  private final Map<String, int[]> invitedByContact = new HashMap<>();
  private final Map<ZoneId, boolean[]> awakeByZone = new ConcurrentHashMap<>();

  /**
   * @param rank each event's place when sorted by start, then id: ties in score go to the sooner
   * @param alreadyInvited pairs drafted before, as {@code eventId|contactId}
   */
  PairFinder(
      EventIndex index,
      Relevance relevance,
      double minScore,
      int[] rank,
      Set<String> alreadyInvited) {
    this.index = index;
    this.relevance = relevance;
    this.minScore = minScore;
    this.rank = rank;
    this.ordinalByRank = new int[rank.length];
    for (int ordinal = 0; ordinal < rank.length; ordinal++) {
      ordinalByRank[rank[ordinal]] = ordinal;
    }
    this.language = new int[index.size()];
    Map<String, Integer> ordinalById = new HashMap<>();
    for (int ordinal = 0; ordinal < index.size(); ordinal++) {
      Event event = index.event(ordinal);
      ordinalById.putIfAbsent(event.id(), ordinal);
      language[ordinal] = languageOf(event);
    }
    for (String pair : alreadyInvited) {
      int bar = pair.lastIndexOf('|'); // contact ids never hold '|'; event ids might
      Integer ordinal = bar < 0 ? null : ordinalById.get(pair.substring(0, bar));
      if (ordinal != null) {
        invitedByContact.merge(pair.substring(bar + 1), new int[] {ordinal}, PairFinder::concat);
      }
    }
  }

  /** Scratch space for one thread: a score per event and the events touched so far. */
  static final class Workspace {
    final float[] scores;
    final int[] touched;

    Workspace(int events) {
      scores = new float[events];
      touched = new int[events];
    }
  }

  /** The contact's best events, at most {@link #PER_CONTACT}, best first. */
  List<Candidate> best(int contactIndex, Contact contact, List<Term> terms, Workspace space) {
    int count = 0;
    for (Term term : terms) {
      Hits hits = relevance.hits(term);
      for (int at = 0; at < hits.events().length; at++) {
        int ordinal = hits.events()[at];
        if (space.scores[ordinal] == 0f) {
          space.touched[count++] = ordinal;
        }
        space.scores[ordinal] += hits.scores()[at];
      }
    }
    // The best PER_CONTACT kept in a small array sorted ascending: most pairs lose to its first.
    long[] top = new long[PER_CONTACT];
    int kept = 0;
    int[] invited = invitedByContact.getOrDefault(contact.id(), NONE);
    int reads = languageMask(contact);
    boolean[] awake = null;
    for (int at = 0; at < count; at++) {
      int ordinal = space.touched[at];
      float score = space.scores[ordinal];
      space.scores[ordinal] = 0f;
      if (score < minScore || (language[ordinal] & reads) == 0 || contains(invited, ordinal)) {
        continue;
      }
      if (awake == null) {
        awake = awakeByZone.computeIfAbsent(contact.zone(), this::awakeIn);
      }
      if (!awake[ordinal]) {
        continue;
      }
      // Higher score first, then the sooner event: one sortable number per pair.
      long key = ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - rank[ordinal]);
      if (kept < top.length) {
        top[kept++] = key;
        Arrays.sort(top, 0, kept);
      } else if (key > top[0]) {
        int place = 0;
        while (place + 1 < top.length && top[place + 1] < key) {
          top[place] = top[place + 1];
          place++;
        }
        top[place] = key;
      }
    }
    Candidate[] best = new Candidate[kept];
    for (int at = 0; at < kept; at++) {
      long key = top[kept - 1 - at];
      int place = Integer.MAX_VALUE - (int) key;
      best[at] =
          new Candidate(
              contactIndex, ordinalByRank[place], place, Float.intBitsToFloat((int) (key >>> 32)));
    }
    return List.of(best);
  }

  /** A bit per language the contact reads, plus the bit every event of unknown language has. */
  private static int languageMask(Contact contact) {
    int mask = ANY_LANGUAGE;
    for (Language read : contact.languages()) {
      mask |= 1 << read.ordinal();
    }
    return mask;
  }

  /**
   * An event of unknown language passes (most feeds do not say); one in a language invito does not
   * write ({@code other}, {@code de}) passes for nobody.
   */
  private static int languageOf(Event event) {
    String code = event.language().filter(text -> !text.isBlank()).orElse(null);
    if (code == null) {
      return ANY_LANGUAGE;
    }
    return Language.find(code).map(found -> 1 << found.ordinal()).orElse(0);
  }

  /** Whether each event starts between 08:00 and 21:59 in the zone; a whole day always does. */
  private boolean[] awakeIn(ZoneId zone) {
    boolean[] awake = new boolean[index.size()];
    for (int ordinal = 0; ordinal < awake.length; ordinal++) {
      Event event = index.event(ordinal);
      // A recording is watched at whatever hour suits, like a whole-day event.
      awake[ordinal] =
          event.allDay()
              || event
                  .start()
                  .map(start -> start.withZoneSameInstant(zone).toLocalTime())
                  .map(local -> !local.isBefore(WAKING_START) && local.isBefore(WAKING_END))
                  .orElse(true);
    }
    return awake;
  }

  private static boolean contains(int[] values, int value) {
    for (int candidate : values) {
      if (candidate == value) {
        return true;
      }
    }
    return false;
  }

  private static int[] concat(int[] left, int[] right) {
    int[] both = Arrays.copyOf(left, left.length + right.length);
    System.arraycopy(right, 0, both, left.length, right.length);
    return both;
  }
}
