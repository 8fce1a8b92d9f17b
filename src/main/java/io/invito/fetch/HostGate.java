package io.invito.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The politeness rules for one host:port: at most N requests in flight, their starts spaced apart,
 * and no requests at all while the server's {@code Retry-After} runs. Safe to share between
 * threads.
 */
final class HostGate {
  static final int SERVER_ERRORS_BEFORE_PAUSE = 3;
  private static final Duration MAX_SERVER_ERROR_PAUSE = Duration.ofHours(2);

  private final Semaphore permits;
  private final long spacingNanos;
  private long nextStart = Long.MIN_VALUE; // guarded by this
  private volatile Instant blockedUntil = Instant.MIN;
  private int serverErrors; // guarded by this: 5xx answers in a row, in this process
  private boolean storedStreakCleared; // guarded by this: the shared streak reset once at least

  HostGate(int perHost, long spacingNanos) {
    this.permits = new Semaphore(perHost, true); // fair: a long queue is served in order
    this.spacingNanos = spacingNanos;
  }

  /** Takes a place, waiting as long as it takes. */
  void enter() throws InterruptedException {
    permits.acquire();
  }

  /** Takes a place if one comes free within the time left; false when none did. */
  boolean enter(long timeoutNanos) throws InterruptedException {
    return permits.tryAcquire(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
  }

  void leave() {
    permits.release();
  }

  /**
   * Books the next start time for one request and says how long to wait for it. Booking under a
   * lock and sleeping outside it lets two callers wait for two consecutive slots at once.
   */
  long reserveStart() {
    if (spacingNanos == 0) {
      return 0;
    }
    synchronized (this) {
      long now = System.nanoTime();
      long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
      nextStart = start + spacingNanos;
      return start - now;
    }
  }

  /** Until when requests are held back, when that is still after now. */
  Optional<Instant> findBlock(Instant now) {
    Instant until = blockedUntil;
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /**
   * Holds requests back until then, at most for the longest back-off (a Retry-After of years is a
   * misconfigured server); an earlier block that ends later stays.
   */
  synchronized void block(Instant until, Instant now) {
    Instant latest = now.plus(HealthPolicy.MAX_BACKOFF);
    Instant capped = until.isAfter(latest) ? latest : until;
    if (capped.isAfter(blockedUntil)) {
      blockedUntil = capped;
    }
  }

  /** Counts a 5xx answer and returns how many came in a row, here or (when more) elsewhere. */
  synchronized int serverError(int storedStreak) {
    serverErrors = Math.max(serverErrors + 1, storedStreak);
    return serverErrors;
  }

  /**
   * Ends the streak after an answer that was not a server error; true when the shared streak must
   * be cleared too (this process counted errors, or has not cleared it since it started).
   */
  synchronized boolean answered() {
    boolean clearStored = serverErrors > 0 || !storedStreakCleared;
    serverErrors = 0;
    storedStreakCleared = true;
    return clearStored;
  }

  /**
   * How long the whole host rests after this many 5xx answers in a row: nothing for the first
   * {@value #SERVER_ERRORS_BEFORE_PAUSE}, then 5 minutes doubling up to 2 hours. A source's own
   * back-off only spares that source; a failing server hosting many feeds is spared by this.
   */
  static Optional<Duration> pauseAfterServerErrors(int inARow) {
    if (inARow < SERVER_ERRORS_BEFORE_PAUSE) {
      return Optional.empty();
    }
    int doublings = Math.min(inARow - SERVER_ERRORS_BEFORE_PAUSE, 5);
    Duration pause = Duration.ofMinutes(5).multipliedBy(1L << doublings);
    return Optional.of(
        pause.compareTo(MAX_SERVER_ERROR_PAUSE) > 0 ? MAX_SERVER_ERROR_PAUSE : pause);
  }

  /** {@code host:port}, the port made explicit, so that one server has one gate. */
  static String key(URI url) {
    int port = url.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
    return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }
}
