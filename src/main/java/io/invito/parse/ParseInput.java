package io.invito.parse;

import io.invito.config.SelectorRules;
import io.invito.config.SourceType;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one feed, calendar or page and what is known about where they came from. The body
 * array becomes the input's own: whoever makes an input does not write to the array afterwards.
 *
 * @param sourceId the configured source (or the file path for {@code invito extract})
 * @param baseUrl the URL the bytes came from, against which relative links resolve
 * @param contentType the HTTP Content-Type, a hint only
 * @param declaredType the type the configuration declares, a hint only
 * @param zone the source's zone, for times written without one
 * @param language the source's language, for dates written in words
 * @param selectors the source's rules for pages that mark no events up
 */
public record ParseInput(
    String sourceId,
    URI baseUrl,
    byte[] body,
    Optional<String> contentType,
    Optional<SourceType> declaredType,
    Optional<ZoneId> zone,
    Optional<String> language,
    Optional<SelectorRules> selectors,
    Optional<Instant> lastModified) {

  public ParseInput {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(baseUrl, "baseUrl");
    // Not copied: a large feed would be copied again for every input made from it (withZone,
    // withSelectors). Callers hand over an array they no longer write to; body() returns a copy.
    body = body == null ? new byte[0] : body;
    contentType = Objects.requireNonNullElse(contentType, Optional.empty());
    declaredType = Objects.requireNonNullElse(declaredType, Optional.empty());
    zone = Objects.requireNonNullElse(zone, Optional.empty());
    language = Objects.requireNonNullElse(language, Optional.empty());
    selectors = Objects.requireNonNullElse(selectors, Optional.empty());
    lastModified = Objects.requireNonNullElse(lastModified, Optional.empty());
  }

  /** An input whose server said nothing of when it last changed. */
  public ParseInput(
      String sourceId,
      URI baseUrl,
      byte[] body,
      Optional<String> contentType,
      Optional<SourceType> declaredType,
      Optional<ZoneId> zone,
      Optional<String> language,
      Optional<SelectorRules> selectors) {
    this(
        sourceId,
        baseUrl,
        body,
        contentType,
        declaredType,
        zone,
        language,
        selectors,
        Optional.empty());
  }

  /** An input without selector rules. */
  public ParseInput(
      String sourceId,
      URI baseUrl,
      byte[] body,
      Optional<String> contentType,
      Optional<SourceType> declaredType,
      Optional<ZoneId> zone,
      Optional<String> language) {
    this(sourceId, baseUrl, body, contentType, declaredType, zone, language, Optional.empty());
  }

  /** The bytes with no hints: a convenience for tests and {@code invito extract}. */
  public static ParseInput of(String sourceId, URI baseUrl, byte[] body) {
    return new ParseInput(
        sourceId,
        baseUrl,
        body,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The same input with the source's zone set. */
  public ParseInput withZone(ZoneId sourceZone) {
    return new ParseInput(
        sourceId,
        baseUrl,
        body,
        contentType,
        declaredType,
        Optional.of(sourceZone),
        language,
        selectors,
        lastModified);
  }

  /** The same input with selector rules for a page without event markup. */
  public ParseInput withSelectors(SelectorRules rules) {
    return new ParseInput(
        sourceId,
        baseUrl,
        body,
        contentType,
        declaredType,
        zone,
        language,
        Optional.of(rules),
        lastModified);
  }

  /**
   * The same input with the time its server says it last changed (HTTP {@code Last-Modified}),
   * which places a page's year-less dates when the page itself gives no day.
   */
  public ParseInput withLastModified(Optional<Instant> changed) {
    return new ParseInput(
        sourceId, baseUrl, body, contentType, declaredType, zone, language, selectors, changed);
  }

  /** Reads the body without copying it; only this package may, as it never writes to it. */
  byte[] bytes() {
    return body;
  }
}
