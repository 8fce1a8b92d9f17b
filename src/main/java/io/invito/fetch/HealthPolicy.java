package io.invito.fetch;

import io.invito.model.FetchResult;
import io.invito.model.SourceHealth;
import io.invito.model.SourceHealth.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the books on how a source is doing after each fetch: failures back off exponentially, three
 * in a row make it degraded, a 410 or a month of failures disables it, and a source that used to
 * yield events and now yields none is flagged. Pure logic: time comes in as an argument.
 */
public final class HealthPolicy {
  static final Duration FIRST_BACKOFF = Duration.ofMinutes(15);
  static final Duration MAX_BACKOFF = Duration.ofHours(24);
  static final int DEGRADED_AFTER = 3;
  static final Duration DISABLED_AFTER = Duration.ofDays(30);

  /** The record of a source never fetched yet. */
  public static SourceHealth fresh(String sourceId, String url) {
    return new SourceHealth(
        sourceId,
        url,
        State.NEW,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        0,
        false);
  }

  /** The same health at another URL: where a permanent redirect moved the source, or back. */
  public static SourceHealth at(SourceHealth health, String url) {
    if (health.url().equals(url)) {
      return health;
    }
    return new SourceHealth(
        health.sourceId(),
        url,
        health.state(),
        health.lastAttempt(),
        health.lastSuccess(),
        health.lastError(),
        health.consecutiveFailures(),
        health.nextAttempt(),
        health.eventsLastTime(),
        health.suddenlyEmpty());
  }

  /**
   * The health after one fetch.
   *
   * @param eventsFound how many events the fetched content yielded (ignored unless OK)
   */
  public SourceHealth update(
      SourceHealth previous, FetchResult result, int eventsFound, Instant now) {
    // A flag stays up until events come back: a weekly digest must still see one raised on Tuesday.
    boolean nowEmpty =
        eventsFound == 0 && (previous.eventsLastTime() > 0 || previous.suddenlyEmpty());
    return switch (result.outcome()) {
      case OK -> success(previous, now, eventsFound, nowEmpty, result.freshUntil());
      // Same content as last time: the same events, the same emptiness.
      case NOT_MODIFIED ->
          success(
              previous,
              now,
              previous.eventsLastTime(),
              previous.suddenlyEmpty(),
              result.freshUntil());
      case FAILED ->
          heldBack(result)
              ? deferred(previous, result.retryAfter().get(), now)
              : failure(previous, result, now);
    };
  }

  /**
   * Whether the fetch was never made because its host had asked for a pause (another source's 429
   * or 503 with Retry-After): the Fetcher then reports status 0 with a retryAfter, which no answer
   * from a server can produce.
   */
  public static boolean heldBack(FetchResult result) {
    return result.outcome() == FetchResult.Outcome.FAILED
        && result.status() == 0
        && result.retryAfter().isPresent();
  }

  /**
   * Whether a source that a 301 or 308 moved should read the URL it moved from once more, after
   * this failure at the URL it moved to: that URL is gone (404, 410), or failing there has left the
   * source degraded or disabled. A fetch its host held back is no evidence either way.
   *
   * @param after the health the failure leads to, from {@link #update}
   */
  public static boolean triesFormerUrl(FetchResult failure, SourceHealth after) {
    if (failure.outcome() != FetchResult.Outcome.FAILED || heldBack(failure)) {
      return false;
    }
    return failure.status() == 404
        || failure.status() == 410
        || after.state() == State.DEGRADED
        || after.state() == State.DISABLED;
  }

  /** Not the source's failure: nothing changes but when to try again. */
  private static SourceHealth deferred(SourceHealth previous, Instant until, Instant now) {
    Instant latest = now.plus(MAX_BACKOFF);
    return new SourceHealth(
        previous.sourceId(),
        previous.url(),
        previous.state(),
        previous.lastAttempt(),
        previous.lastSuccess(),
        previous.lastError(),
        previous.consecutiveFailures(),
        Optional.of(until.isAfter(latest) ? latest : until),
        previous.eventsLastTime(),
        previous.suddenlyEmpty());
  }

  /** Whether the source should be fetched now: not disabled, and its back-off has passed. */
  public boolean due(SourceHealth health, Instant now) {
    return health.state() != State.DISABLED
        && health.nextAttempt().map(next -> !next.isAfter(now)).orElse(true);
  }

  /** A success; the server's Cache-Control or Expires (clamped) says when to come back. */
  private static SourceHealth success(
      SourceHealth previous,
      Instant now,
      int events,
      boolean suddenlyEmpty,
      Optional<Instant> freshUntil) {
    return new SourceHealth(
        previous.sourceId(),
        previous.url(),
        State.OK,
        Optional.of(now),
        Optional.of(now),
        Optional.empty(),
        0,
        freshUntil,
        events,
        suddenlyEmpty);
  }

  private static SourceHealth failure(SourceHealth previous, FetchResult result, Instant now) {
    int failures = previous.consecutiveFailures() + 1;
    String error = result.error().orElse("HTTP " + result.status());
    State state;
    if (result.status() == 410 || previous.state() == State.DISABLED) {
      state = State.DISABLED; // gone for good, or disabled before: only a success revives it
    } else if (failures >= DEGRADED_AFTER
        && failingFor(previous, failures, now).compareTo(DISABLED_AFTER) >= 0) {
      // At least three failures too: one failed fetch after invito was off for a month (the
      // last success then being a month old) must not disable a source.
      state = State.DISABLED;
    } else if (failures >= DEGRADED_AFTER) {
      state = State.DEGRADED;
    } else {
      state = State.FAILING;
    }
    Optional<Instant> next = Optional.empty();
    if (state != State.DISABLED) {
      Instant backedOff = now.plus(backoff(failures));
      // The server's Retry-After wins when it asks for longer, up to the same 24 h cap.
      Optional<Instant> asked =
          result
              .retryAfter()
              .map(at -> at.isAfter(now.plus(MAX_BACKOFF)) ? now.plus(MAX_BACKOFF) : at)
              .filter(backedOff::isBefore);
      next = Optional.of(asked.orElse(backedOff));
    }
    return new SourceHealth(
        previous.sourceId(),
        previous.url(),
        state,
        Optional.of(now),
        previous.lastSuccess(),
        Optional.of(error),
        failures,
        next,
        previous.eventsLastTime(),
        previous.suddenlyEmpty());
  }

  /** 15 min for the first failure, doubling with each one after, at most 24 h. */
  static Duration backoff(int failures) {
    Duration wait = FIRST_BACKOFF;
    for (int i = 1; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  /**
   * How long the source has been failing. SourceHealth does not keep when the failures began, so
   * with a past success this counts from that success; without one it is the least time the
   * failures can have taken, the back-offs between them added up (the scheduler never retries
   * sooner), so a source that never worked is disabled late rather than early.
   */
  static Duration failingFor(SourceHealth previous, int failures, Instant now) {
    if (previous.lastSuccess().isPresent()) {
      return Duration.between(previous.lastSuccess().get(), now);
    }
    Duration least = Duration.ZERO;
    for (int failure = 1; failure < failures && least.compareTo(DISABLED_AFTER) < 0; failure++) {
      least = least.plus(backoff(failure));
    }
    return least;
  }
}
