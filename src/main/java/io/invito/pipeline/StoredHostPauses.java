package io.invito.pipeline;

import io.invito.fetch.HostPauses;
import io.invito.store.HostPauseStore;
import java.time.Instant;
import java.util.Optional;

/** The fetcher's host pauses kept in the store, shared by every process that uses it. */
final class StoredHostPauses implements HostPauses {
  private final HostPauseStore store;

  StoredHostPauses(HostPauseStore store) {
    this.store = store;
  }

  @Override
  public Optional<Instant> find(String host, Instant now) {
    return store.find(host, now);
  }

  @Override
  public void pause(String host, Instant until) {
    store.pause(host, until);
  }

  @Override
  public int countServerError(String host, Instant now) {
    return store.countServerError(host, now);
  }

  @Override
  public void clearServerErrors(String host) {
    store.clearServerErrors(host);
  }
}
