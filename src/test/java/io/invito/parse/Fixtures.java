package io.invito.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

/** Reads test fixtures from the classpath into parse inputs. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParseInput input(String path, String baseUrl) {
    return new ParseInput(
        path,
        URI.create(baseUrl),
        bytes(path),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A document written in the test itself, as if fetched from the URL. */
  static ParseInput text(String body, String url) {
    return ParseInput.of("test", URI.create(url), body.getBytes(StandardCharsets.UTF_8));
  }

  static ParseInput input(String path, String baseUrl, String zone) {
    return input(path, baseUrl).withZone(ZoneId.of(zone));
  }
}
