package io.invito.fetch;

import java.net.URI;
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
  private final Semaphore permits;
  private final long spacingNanos;
  private long nextStart = Long.MIN_VALUE; // guarded by this
  private volatile Instant blockedUntil = Instant.MIN;

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

  /** {@code host:port}, the port made explicit, so that one server has one gate. */
  static String key(URI url) {
    int port = url.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
    return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }
}
