package io.invito.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Derives an event's stable identifier, the store's key: from its canonical URL when it has one,
 * else from the source's UID, else from its title and start date. The same event read again next
 * week gets the same id, so the store can tell new from known.
 */
final class IdDeriver {
  private static final int LENGTH = 16;

  private IdDeriver() {}

  static String derive(
      Optional<URI> url, Optional<String> uid, String title, Optional<LocalDate> startDate) {
    if (url.isPresent()) {
      return hash("url:" + UrlCanonicalizer.canonicalize(url.get()));
    }
    Optional<String> usableUid = uid.map(String::strip).filter(text -> !text.isEmpty());
    if (usableUid.isPresent()) {
      return hash("uid:" + usableUid.get());
    }
    // A recording with neither address nor UID is known by its title alone.
    return hash(
        "title:"
            + TextFolder.foldTitle(title)
            + startDate.map(date -> "@" + date).orElse("@on-demand"));
  }

  /** The first 16 hex digits of the SHA-256 of the text: short, stable, and collision-safe here. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", impossible);
    }
  }
}
