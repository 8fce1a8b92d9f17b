package io.invito.testing;

import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium as the browser tests start it. */
public final class Chromium {
  public static final Path BINARY = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /**
   * Headless, in a profile of its own, and quiet on the network: without the background-networking
   * flags Chromium reaches for Google's hosts at every start, which this machine's closed network
   * refuses many at a time.
   */
  public static List<String> headless(Path profile) {
    return List.of(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
  }
}
