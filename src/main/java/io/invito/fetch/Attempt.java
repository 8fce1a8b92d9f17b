package io.invito.fetch;

import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One call to {@link Fetcher#fetch}, across its redirects: where it is, its deadline, and how to
 * word its result. Confined to the thread that called fetch.
 */
final class Attempt {
  final URI url;
  final Validators validators;
  private final Instant fetchedAt;
  private final Duration timeout;
  private final long started = System.nanoTime();
  URI current;
  int lastStatus;
  private int hops;
  private boolean allPermanent = true;
  private boolean clockStarted;
  private long deadline;

  Attempt(URI url, Validators validators, Instant fetchedAt, Duration timeout) {
    this.url = url;
    this.validators = validators;
    this.fetchedAt = fetchedAt;
    this.timeout = timeout;
    this.current = url;
  }

  /** Moves on to a redirect's target, remembering whether the move was permanent. */
  void redirected(URI target, int status) {
    current = target;
    hops++;
    allPermanent &= status == 301 || status == 308;
  }

  /** Starts the request timeout, which bounds every hop, header and body from here on. */
  void startClock() {
    deadline = System.nanoTime() + timeout.toNanos();
    clockStarted = true;
  }

  boolean clockStarted() {
    return clockStarted;
  }

  /** The {@link System#nanoTime()} by which everything must be done. */
  long deadline() {
    return deadline;
  }

  long remaining() {
    return deadline - System.nanoTime();
  }

  FetchResult timedOut(int status) {
    return failed(status, "timed out after " + Phrases.duration(timeout));
  }

  FetchResult failed(int status, String error) {
    return failed(status, error, Optional.empty());
  }

  /** A failure keeps the validators it was given: they are still right for next time. */
  FetchResult failed(int status, String error, Optional<Instant> retryAfter) {
    return new FetchResult(
        url,
        current,
        Outcome.FAILED,
        status,
        new byte[0],
        Optional.empty(),
        validators,
        Optional.of(error),
        retryAfter,
        fetchedAt,
        elapsed(),
        Optional.empty(),
        false);
  }

  FetchResult result(
      Outcome outcome,
      int status,
      byte[] body,
      Optional<String> contentType,
      Validators next,
      Optional<Instant> freshUntil) {
    return new FetchResult(
        url,
        current,
        outcome,
        status,
        body,
        contentType,
        next,
        Optional.empty(),
        Optional.empty(),
        fetchedAt,
        elapsed(),
        freshUntil,
        hops > 0 && allPermanent);
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
