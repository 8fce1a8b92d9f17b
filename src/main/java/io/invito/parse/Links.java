package io.invito.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Resolves the links sources write (relative, with spaces, half-escaped) against a base. */
final class Links {
  private Links() {}

  /** The link as an absolute http(s) URI, or nothing when it is not one. */
  static Optional<URI> resolve(URI base, String href) {
    return resolveAny(base, href).filter(Links::web);
  }

  /** The link resolved against the base, whatever its scheme (for xml:base and {@code @id}). */
  static Optional<URI> resolveAny(URI base, String href) {
    if (href == null || href.isBlank()) {
      return Optional.empty();
    }
    String clean =
        href.strip()
            .replace(" ", "%20")
            .replace("\"", "%22")
            .replace("<", "%3C")
            .replace(">", "%3E")
            .replace("|", "%7C");
    try {
      URI link = new URI(clean);
      return Optional.of(
          base != null && base.isAbsolute() && !base.isOpaque() ? base.resolve(link) : link);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty(); // not a link we can follow; the text keeps it
    }
  }

  static boolean web(URI uri) {
    String scheme = uri.getScheme();
    return scheme != null
        && uri.getHost() != null
        && (scheme.toLowerCase(Locale.ROOT).equals("https")
            || scheme.toLowerCase(Locale.ROOT).equals("http"));
  }
}
