package io.invito.fetch;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the fetcher keeps the pauses hosts asked for ({@code Retry-After}) beyond its own memory,
 * so that other processes and the next run honour them too. Keys are {@code host:port}.
 */
public interface HostPauses {
  /** Pauses known to this process only: what a fetcher without a store has. */
  HostPauses NONE =
      new HostPauses() {
        @Override
        public Optional<Instant> find(String host, Instant now) {
          return Optional.empty();
        }

        @Override
        public void pause(String host, Instant until) {
          // nothing beyond the fetcher's own memory
        }
      };

  /**
   * Counts one more 5xx in a row from the host where every process sees it, and returns the streak;
   * zero when nothing beyond this process keeps count.
   */
  default int countServerError(String host, Instant now) {
    return 0;
  }

  /** The host answered without a server error: the shared streak is over. */
  default void clearServerErrors(String host) {
    // nothing kept beyond the fetcher's own memory
  }

  /** Until when the host is paused, when that is after now. */
  Optional<Instant> find(String host, Instant now);

  /** Pauses the host until then (a later pause already known stays). */
  void pause(String host, Instant until);
}
